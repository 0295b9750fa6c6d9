SELECT queued, running, done, failed, dead, cancelled,
       extract(epoch FROM oldest_queued_age) AS oldest_queued_seconds,
       done_last_minute, done_last_hour, failed_last_minute, failed_last_hour,
       mean_processing_ms, p95_processing_ms, mean_wait_ms, p95_wait_ms, mean_prefetch_and_commit_ms
FROM newsdesk.queue_status

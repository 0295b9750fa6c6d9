-- The status view splits a job's time: queue wait (due to claimed: started_at - run_at, so a
-- retry's backoff is not counted as waiting), processing (the processor's own time, reported
-- by the worker) and the rest (waiting in the worker's prefetch, plus recording the result).
-- Same columns as before, in the same order, so grants on the view survive; the processing
-- columns now mean processing alone, and the new ones come last.
CREATE OR REPLACE VIEW newsdesk.queue_status AS
WITH counts AS (
    SELECT count(*) FILTER (WHERE state = 'queued')    AS queued,
           count(*) FILTER (WHERE state = 'running')   AS running,
           count(*) FILTER (WHERE state = 'done')      AS done,
           count(*) FILTER (WHERE state = 'failed')    AS failed,
           count(*) FILTER (WHERE state = 'dead')      AS dead,
           count(*) FILTER (WHERE state = 'cancelled') AS cancelled
    FROM newsdesk.jobs
), recent AS (
    SELECT count(*) FILTER (WHERE state = 'done' AND finished_at > now() - interval '1 minute') AS done_last_minute,
           count(*) FILTER (WHERE state = 'done')                                               AS done_last_hour,
           count(*) FILTER (WHERE state IN ('failed', 'dead') AND finished_at > now() - interval '1 minute') AS failed_last_minute,
           count(*) FILTER (WHERE state IN ('failed', 'dead'))                                  AS failed_last_hour,
           avg(processing_ms) FILTER (WHERE state = 'done') AS mean_processing_ms,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY processing_ms) FILTER (WHERE state = 'done') AS p95_processing_ms,
           avg(extract(epoch FROM started_at - run_at) * 1000) FILTER (WHERE state = 'done') AS mean_wait_ms,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM started_at - run_at) * 1000)
               FILTER (WHERE state = 'done') AS p95_wait_ms,
           avg(extract(epoch FROM finished_at - started_at) * 1000 - coalesce(processing_ms, 0))
               FILTER (WHERE state = 'done') AS mean_other_ms
    FROM newsdesk.jobs
    WHERE finished_at > now() - interval '1 hour'
)
SELECT counts.*,
       (SELECT now() - min(enqueued_at) FROM newsdesk.jobs WHERE state = 'queued') AS oldest_queued_age,
       recent.done_last_minute, recent.done_last_hour,
       recent.failed_last_minute, recent.failed_last_hour,
       round(recent.mean_processing_ms::numeric, 1) AS mean_processing_ms,
       round(recent.p95_processing_ms::numeric, 1) AS p95_processing_ms,
       round(recent.mean_wait_ms::numeric, 1) AS mean_wait_ms,
       round(recent.p95_wait_ms::numeric, 1) AS p95_wait_ms,
       round(recent.mean_other_ms::numeric, 1) AS mean_prefetch_and_commit_ms
FROM counts, recent;

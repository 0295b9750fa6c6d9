-- Backlog for the workers' gauges: how many jobs are queued and how long the oldest has
-- waited. Reads only the claimable-jobs index (queued rows), never the whole table.
SELECT count(*) AS queued, extract(epoch FROM now() - min(enqueued_at)) AS oldest_queued_seconds
FROM newsdesk.jobs
WHERE state = 'queued'

-- Claims up to $1 jobs for worker $2 with a lease of $3 seconds, in one statement.
-- SKIP LOCKED lets any number of workers run this at once without sharing a job.
-- attempts is counted here, at claim time, so an input that crashes the worker still
-- uses up its attempts and ends dead instead of crash-looping the daemon forever.
-- Payloads over $4 bytes are not sent; the worker fails them by their size alone.
WITH next AS (
    SELECT id
    FROM newsdesk.jobs
    WHERE state = 'queued' AND run_at <= now()
    ORDER BY priority DESC, run_at, id
    LIMIT $1
    FOR UPDATE SKIP LOCKED
)
UPDATE newsdesk.jobs j
SET state = 'running',
    attempts = j.attempts + 1,
    lease_owner = $2,
    lease_expires_at = now() + make_interval(secs => $3),
    started_at = now()
FROM next
WHERE j.id = next.id
RETURNING j.id, j.attempts, j.max_attempts, j.source_url, j.content_type,
          coalesce(octet_length(j.raw), octet_length(j.raw_bytes)) AS payload_bytes,
          CASE WHEN octet_length(j.raw) <= $4 THEN j.raw END AS raw,
          CASE WHEN octet_length(j.raw_bytes) <= $4 THEN j.raw_bytes END AS raw_bytes

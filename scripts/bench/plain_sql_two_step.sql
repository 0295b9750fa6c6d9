-- Plain-SQL baseline for scripts/bench-queue, shaped like a real worker: claim a batch
-- under a lease (one statement), then complete what this client holds (a second statement
-- in its own transaction), with no processing between them.
WITH next AS (
    SELECT id FROM newsdesk.jobs
    WHERE state = 'queued' AND run_at <= now()
    ORDER BY priority DESC, run_at, id
    LIMIT :batch
    FOR UPDATE SKIP LOCKED
)
UPDATE newsdesk.jobs j
SET state = 'running', attempts = j.attempts + 1, lease_owner = 'pgbench-' || :client_id,
    lease_expires_at = now() + interval '30 seconds', started_at = now()
FROM next WHERE j.id = next.id;

WITH done AS (
    UPDATE newsdesk.jobs
    SET state = 'done', finished_at = clock_timestamp(), lease_owner = NULL, lease_expires_at = NULL
    WHERE state = 'running' AND lease_owner = 'pgbench-' || :client_id
    RETURNING id, source_url
)
INSERT INTO newsdesk.articles (job_id, word_count, source_url, schema_version, result)
SELECT id, 0, source_url, 1, '{"schema_version":1,"word_count":0}'::jsonb FROM done;

-- Plain-SQL baseline for scripts/bench-queue: one pgbench transaction claims up to :batch
-- jobs and completes them with a result row, in a single statement. No application, no
-- round trip between claim and completion: the floor any worker's queue overhead sits on.
WITH next AS (
    SELECT id FROM newsdesk.jobs
    WHERE state = 'queued' AND run_at <= now()
    ORDER BY priority DESC, run_at, id
    LIMIT :batch
    FOR UPDATE SKIP LOCKED
), done AS (
    UPDATE newsdesk.jobs j
    SET state = 'done', attempts = j.attempts + 1, started_at = now(), finished_at = clock_timestamp()
    FROM next WHERE j.id = next.id
    RETURNING j.id, j.source_url
)
INSERT INTO newsdesk.articles (job_id, word_count, source_url, schema_version, result)
SELECT id, 0, source_url, 1, '{"schema_version":1,"word_count":0}'::jsonb FROM done;

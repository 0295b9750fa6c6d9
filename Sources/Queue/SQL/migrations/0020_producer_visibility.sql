-- Producers see the state of the jobs they queued, and nothing of anyone else's: each job
-- records the login role that queued it, and newsdesk.my_jobs shows a producer its own jobs
-- without their payloads (deploy/roles.sql grants it to newsdesk_producer).

-- The login role, not the current one: it stays the producer's inside newsdesk.enqueue(),
-- which runs as its owner. Jobs queued before this migration have none.
ALTER TABLE newsdesk.jobs ADD COLUMN enqueued_by text;
ALTER TABLE newsdesk.jobs ALTER COLUMN enqueued_by SET DEFAULT session_user;

-- A security barrier: conditions a producer adds (WHERE id = 42, WHERE idempotency_key = ...)
-- still use the indexes, but no function of theirs ever sees another producer's row.
CREATE VIEW newsdesk.my_jobs WITH (security_barrier) AS
SELECT id, state, priority, run_at, attempts, max_attempts, enqueued_at, started_at, finished_at,
       last_error, idempotency_key, source_url, content_type
FROM newsdesk.jobs
WHERE enqueued_by = session_user;

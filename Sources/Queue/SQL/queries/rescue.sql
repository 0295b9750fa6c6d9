-- Puts jobs whose lease expired (worker killed, host lost, connection gone) straight back in
-- the queue, or marks them dead when they have used all their attempts. No backoff: the job
-- did not fail, its worker vanished, and attempts (counted at claim) already bound a job
-- that keeps killing its workers.
-- Handles at most $1 jobs per call; SKIP LOCKED keeps concurrent rescuers apart.
WITH expired AS (
    SELECT id
    FROM newsdesk.jobs
    WHERE state = 'running' AND lease_expires_at < now()
    ORDER BY lease_expires_at
    LIMIT $1
    FOR UPDATE SKIP LOCKED
)
UPDATE newsdesk.jobs j
SET state = CASE WHEN j.attempts >= j.max_attempts THEN 'dead' ELSE 'queued' END::newsdesk.job_state,
    run_at = now(),
    finished_at = CASE WHEN j.attempts >= j.max_attempts THEN now() END,
    last_error = format('lease held by %s expired during attempt %s of %s: the worker stopped (killed, crashed or cut off)',
                        j.lease_owner, j.attempts, j.max_attempts),
    lease_owner = NULL,
    lease_expires_at = NULL
FROM expired
WHERE j.id = expired.id
RETURNING j.id, j.state::text AS state

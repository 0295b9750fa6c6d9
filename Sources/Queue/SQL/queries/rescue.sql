-- Puts jobs whose lease expired (worker killed, host lost, connection gone) straight back in
-- the queue. No backoff and no attempt used: the job did not fail, its worker vanished, so
-- the attempt its claim counted is given back; the expiry is counted instead. A job that has
-- lost $2 workers this way ends dead (it may be what takes them down). The bound is apart from
-- max_attempts: a job held by a worker killed from outside is innocent, and jobs are held (and
-- claimed again first after a rescue) in groups, so random kills charge the same jobs often.
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
SET state = CASE WHEN j.lease_expiries + 1 >= $2 THEN 'dead' ELSE 'queued' END::newsdesk.job_state,
    attempts = CASE WHEN j.lease_expiries + 1 >= $2 THEN j.attempts ELSE greatest(j.attempts - 1, 0) END,
    lease_expiries = j.lease_expiries + 1,
    run_at = now(),
    finished_at = CASE WHEN j.lease_expiries + 1 >= $2 THEN now() END,
    last_error = format('the lease held by %s expired (%s of %s times for this job): the worker stopped (killed, crashed or cut off)',
                        j.lease_owner, j.lease_expiries + 1, $2),
    lease_owner = NULL,
    lease_expires_at = NULL
FROM expired
WHERE j.id = expired.id
RETURNING j.id, j.state::text AS state

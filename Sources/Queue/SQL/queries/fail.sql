-- Records failures for a batch of jobs held by worker $2 (fenced like complete.sql).
-- $1: jsonb array of {id, attempt, error, retryable}. Bad input is not retryable and fails
-- at once; a retryable failure goes back to the queue after a backoff, or dies when the job
-- has used all its attempts.
WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id bigint, attempt integer, error text, retryable boolean)
)
UPDATE newsdesk.jobs j
SET state = CASE
        WHEN NOT i.retryable THEN 'failed'
        WHEN j.attempts >= j.max_attempts THEN 'dead'
        ELSE 'queued' END::newsdesk.job_state,
    run_at = CASE WHEN i.retryable AND j.attempts < j.max_attempts
                  THEN now() + newsdesk.retry_delay(j.attempts) ELSE j.run_at END,
    finished_at = CASE WHEN i.retryable AND j.attempts < j.max_attempts THEN NULL ELSE now() END,
    last_error = i.error,
    lease_owner = NULL,
    lease_expires_at = NULL
FROM input i
WHERE j.id = i.id AND j.state = 'running' AND j.lease_owner = $2 AND j.attempts = i.attempt
RETURNING j.id, j.state::text AS state

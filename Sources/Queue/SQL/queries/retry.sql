-- Operator's retry: requeues the given jobs ($1: bigint[], or NULL) or every job in state $2,
-- with a fresh set of attempts. Running and done jobs are left alone.
UPDATE newsdesk.jobs
SET state = 'queued', attempts = 0, run_at = now(), finished_at = NULL, last_error = NULL
WHERE state IN ('failed', 'dead', 'cancelled')
  AND ($1::bigint[] IS NULL OR id = ANY($1::bigint[]))
  AND ($2::newsdesk.job_state IS NULL OR state = $2::newsdesk.job_state)
RETURNING id

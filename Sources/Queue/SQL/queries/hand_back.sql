-- Returns jobs this worker ($2) claimed but will not finish (shutdown) to the queue at once,
-- giving back the attempt the claim counted: the job did nothing wrong.
UPDATE newsdesk.jobs
SET state = 'queued', attempts = greatest(attempts - 1, 0), lease_owner = NULL, lease_expires_at = NULL,
    started_at = NULL, run_at = now()
WHERE id = ANY($1::bigint[]) AND lease_owner = $2 AND state = 'running'
RETURNING id

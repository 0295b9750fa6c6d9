-- Extends the leases of the jobs worker $2 is still working on ($1: bigint[]) by $3 seconds.
-- Returns the ids still held; a missing id was rescued and belongs to someone else now.
UPDATE newsdesk.jobs
SET lease_expires_at = now() + make_interval(secs => $3)
WHERE id = ANY($1::bigint[]) AND lease_owner = $2 AND state = 'running'
RETURNING id

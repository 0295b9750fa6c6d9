-- Retention: deletes up to $3 jobs in the states $1 (done, failed, dead, cancelled) that
-- finished more than $2 seconds ago, with their articles and article history, in one short
-- transaction that skips rows others hold. The statement itself is newsdesk.delete_finished_jobs
-- (migration 0022): it runs as the schema owner, so the worker and operator roles need no
-- DELETE privilege on the table. Returns the ids deleted.
SELECT id FROM newsdesk.delete_finished_jobs($1::newsdesk.job_state[], $2::float8, $3::integer) AS id

-- Which workers hold jobs right now, for operators ("is anyone working? is someone stuck?").
CREATE VIEW newsdesk.workers AS
SELECT lease_owner AS worker,
       count(*) AS running,
       min(started_at) AS oldest_claim,
       min(lease_expires_at) AS next_lease_expiry,
       count(*) FILTER (WHERE lease_expires_at < now()) AS expired_leases
FROM newsdesk.jobs
WHERE state = 'running'
GROUP BY lease_owner;

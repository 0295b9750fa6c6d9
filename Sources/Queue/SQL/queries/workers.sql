SELECT worker, running, extract(epoch FROM now() - oldest_claim) AS oldest_claim_seconds,
       extract(epoch FROM next_lease_expiry - now()) AS next_expiry_seconds, expired_leases
FROM newsdesk.workers
ORDER BY worker

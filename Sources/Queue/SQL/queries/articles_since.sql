-- The consumer feed (`newsdesk follow`): up to $2 articles after the cursor $1 (text
-- "XID:JOB_ID"; NULL reads from the beginning), in (transaction id, job id) order, each with
-- its own cursor.
-- newsdesk.articles_since (migration 0023) holds back rows of transactions that may still be
-- running, so reading after the last cursor returned never skips a row committed later.
-- processed_at as JSON renders it (ISO 8601 with a T), whatever the session's DateStyle.
SELECT cursor, job_id, to_json(processed_at) #>> '{}' AS processed_at, source_url, result::text AS result
FROM newsdesk.articles_since($1::text, $2::integer)

-- Requests created before workflows existed get the step that put them in their current status, dated
-- when the officer sent them (or created them), so the deadline engine has a trigger to count from.
INSERT INTO `request_events` (`request_id`, `action`, `from_status`, `to_status`, `occurred_at`, `occurred_on`, `time_zone`, `recorded_at`, `actor`, `note`, `payload`, `before`)
SELECT r.`id`, 'record', NULL, r.`status`,
  CASE WHEN r.`sent_on` IS NOT NULL THEN r.`sent_on` || 'T12:00:00.000Z' ELSE r.`created_at` END,
  COALESCE(r.`sent_on`, substr(r.`created_at`, 1, 10)),
  COALESCE((SELECT `time_zone` FROM `office` WHERE `id` = 1), 'UTC'),
  r.`created_at`, NULL, 'Recorded before workflow steps were kept', '{}', '{}'
FROM `requests` r
WHERE NOT EXISTS (SELECT 1 FROM `request_events` e WHERE e.`request_id` = r.`id`);

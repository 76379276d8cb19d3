ALTER TABLE `requests` ADD `outcome` text;--> statement-breakpoint
ALTER TABLE `requests` ADD `refusal_ground` text;--> statement-breakpoint
CREATE INDEX `requests_stats_date_idx` ON `requests` (coalesce("sent_on", substr("created_at", 1, 10)));--> statement-breakpoint
UPDATE `requests` SET `outcome` = (
  SELECT CASE e.to_status
    WHEN 'disclosed' THEN 'fulfilled' WHEN 'answered' THEN 'fulfilled' WHEN 'executed' THEN 'fulfilled'
    WHEN 'evidence_received' THEN 'fulfilled' WHEN 'returned' THEN 'fulfilled' WHEN 'received' THEN 'fulfilled'
    WHEN 'partially_disclosed' THEN 'partial' WHEN 'partially_answered' THEN 'partial' WHEN 'partially_executed' THEN 'partial'
    WHEN 'rejected' THEN 'refused' WHEN 'declined' THEN 'refused' WHEN 'refused' THEN 'refused'
    WHEN 'no_data' THEN 'no_data' WHEN 'preserved' THEN 'preserved' WHEN 'extended' THEN 'preserved'
    WHEN 'withdrawn' THEN 'withdrawn' END
  FROM `request_events` e
  WHERE e.request_id = `requests`.id AND e.undone_by_event_id IS NULL AND e.undoes_event_id IS NULL
    AND e.to_status IN ('disclosed', 'answered', 'executed', 'evidence_received', 'returned', 'received',
      'partially_disclosed', 'partially_answered', 'partially_executed', 'rejected', 'declined', 'refused',
      'no_data', 'preserved', 'extended', 'withdrawn')
  ORDER BY e.id DESC LIMIT 1
);

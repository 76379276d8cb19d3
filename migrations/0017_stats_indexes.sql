DROP INDEX `request_deadlines_request_idx`;--> statement-breakpoint
CREATE INDEX `request_deadlines_request_kind_idx` ON `request_deadlines` (`request_id`,`deadline_kind`,`due_at`,`met_at`);--> statement-breakpoint
DROP INDEX `requests_stats_date_idx`;--> statement-breakpoint
CREATE INDEX `requests_stats_idx` ON `requests` (coalesce("sent_on", substr("created_at", 1, 10)),`channel`,`direction`,`counterpart_country`,`urgency`,`kind`,`outcome`,`provider`,`data_categories`,`sent_on`,`responded_on`,`case_id`);
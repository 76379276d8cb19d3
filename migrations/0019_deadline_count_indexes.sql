DROP INDEX `request_deadlines_due_idx`;--> statement-breakpoint
DROP INDEX `request_deadlines_open_date_idx`;--> statement-breakpoint
CREATE INDEX `request_deadlines_open_due_idx` ON `request_deadlines` (`met_at`,`due_at`,`case_id`,`key`);--> statement-breakpoint
CREATE INDEX `request_deadlines_open_day_idx` ON `request_deadlines` (`met_at`,`due_date`,`due_at`,`case_id`,`key`);
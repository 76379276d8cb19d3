CREATE INDEX `cases_archived_updated_idx` ON `cases` (`archived_at`,`updated_at`);--> statement-breakpoint
CREATE INDEX `cases_archived_status_idx` ON `cases` (`archived_at`,`status`);--> statement-breakpoint
CREATE INDEX `contacts_archived_name_idx` ON `contacts` (`archived_at`,"name" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `contacts_archived_kind_idx` ON `contacts` (`archived_at`,`kind`);--> statement-breakpoint
CREATE INDEX `requests_updated_idx` ON `requests` (`updated_at`);--> statement-breakpoint
CREATE INDEX `requests_finished_updated_idx` ON `requests` (`finished`,`updated_at`);--> statement-breakpoint
CREATE INDEX `requests_finished_urgency_idx` ON `requests` (`finished`,`urgency`,`case_id`);--> statement-breakpoint
CREATE INDEX `requests_due_sort_idx` ON `requests` ("due_on" IS NULL,`due_on`);
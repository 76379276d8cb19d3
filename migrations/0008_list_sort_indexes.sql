CREATE INDEX `cases_archived_reference_idx` ON `cases` (`archived_at`,`reference`);--> statement-breakpoint
CREATE INDEX `cases_archived_title_idx` ON `cases` (`archived_at`,"title" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `cases_archived_opened_idx` ON `cases` (`archived_at`,`opened_on`);--> statement-breakpoint
CREATE INDEX `cases_archived_country_idx` ON `cases` (`archived_at`,`counterpart_country`);--> statement-breakpoint
CREATE INDEX `requests_country_updated_idx` ON `requests` (`counterpart_country`,`updated_at`);
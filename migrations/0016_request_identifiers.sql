CREATE TABLE `request_identifiers` (
	`request_id` integer NOT NULL,
	`identifier_id` integer NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`request_id`, `identifier_id`),
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`identifier_id`) REFERENCES `identifiers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `request_identifiers_identifier_idx` ON `request_identifiers` (`identifier_id`);--> statement-breakpoint
ALTER TABLE `requests` ADD `identifier_selection` text DEFAULT 'all' NOT NULL;
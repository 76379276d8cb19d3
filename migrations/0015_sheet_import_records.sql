CREATE TABLE `import_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`source_key` text NOT NULL,
	`case_id` integer NOT NULL,
	`request_id` integer,
	`content_hash` text NOT NULL,
	`file_sha256` text NOT NULL,
	`imported_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_records_key_idx` ON `import_records` (`kind`,`source_key`);--> statement-breakpoint
CREATE TABLE `import_value_maps` (
	`field` text NOT NULL,
	`source` text NOT NULL,
	`target` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`field`, `source`)
);

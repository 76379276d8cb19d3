CREATE TABLE `draft_outputs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`draft_id` integer NOT NULL,
	`attachment_id` integer NOT NULL,
	`format` text NOT NULL,
	`language` text NOT NULL,
	`generated_at` text NOT NULL,
	`generated_by` text,
	`overridden` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`draft_id`) REFERENCES `drafts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `draft_outputs_draft_idx` ON `draft_outputs` (`draft_id`,`format`,`id`);--> statement-breakpoint
CREATE TABLE `draft_overrides` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`draft_id` integer NOT NULL,
	`finding_key` text NOT NULL,
	`reason` text NOT NULL,
	`actor` text,
	`at` text NOT NULL,
	FOREIGN KEY (`draft_id`) REFERENCES `drafts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `draft_overrides_unique` ON `draft_overrides` (`draft_id`,`finding_key`);--> statement-breakpoint
CREATE TABLE `drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text,
	`request_id` integer NOT NULL,
	`doc_type` text NOT NULL,
	`language` text NOT NULL,
	`fields` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `drafts_uuid_unique` ON `drafts` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `drafts_request_doc_unique` ON `drafts` (`request_id`,`doc_type`);--> statement-breakpoint
CREATE TABLE `template_overrides` (
	`doc_type` text NOT NULL,
	`section_id` text NOT NULL,
	`language` text NOT NULL,
	`heading` text NOT NULL,
	`body` text NOT NULL,
	`shipped_body` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text,
	PRIMARY KEY(`doc_type`, `section_id`, `language`)
);

CREATE TABLE `deadline_marks` (
	`key` text PRIMARY KEY NOT NULL,
	`state` text NOT NULL,
	`snoozed_until` text,
	`reason` text DEFAULT '' NOT NULL,
	`actor` text,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `deadline_rules` (
	`id` text PRIMARY KEY NOT NULL,
	`definition` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `manual_deadlines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`request_id` integer,
	`title` text NOT NULL,
	`due_at` text NOT NULL,
	`due_date` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`actor` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `manual_deadlines_due_idx` ON `manual_deadlines` (`due_at`);--> statement-breakpoint
CREATE TABLE `notification_log` (
	`item_key` text NOT NULL,
	`day` text NOT NULL,
	`notified_at` text NOT NULL,
	PRIMARY KEY(`item_key`, `day`)
);
--> statement-breakpoint
CREATE TABLE `request_deadlines` (
	`key` text PRIMARY KEY NOT NULL,
	`request_id` integer NOT NULL,
	`case_id` integer NOT NULL,
	`rule_id` text NOT NULL,
	`title` text NOT NULL,
	`deadline_kind` text NOT NULL,
	`due_at` text NOT NULL,
	`due_date` text NOT NULL,
	`met_at` text,
	`detail` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `request_deadlines_due_idx` ON `request_deadlines` (`met_at`,`due_at`);--> statement-breakpoint
CREATE INDEX `request_deadlines_request_idx` ON `request_deadlines` (`request_id`);--> statement-breakpoint
CREATE TABLE `request_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`action` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`occurred_at` text NOT NULL,
	`occurred_on` text NOT NULL,
	`time_zone` text NOT NULL,
	`recorded_at` text NOT NULL,
	`actor` text,
	`note` text DEFAULT '' NOT NULL,
	`payload` text NOT NULL,
	`before` text NOT NULL,
	`undoes_event_id` integer,
	`undone_by_event_id` integer,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `request_events_request_idx` ON `request_events` (`request_id`,`id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);

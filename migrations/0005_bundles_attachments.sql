CREATE TABLE `attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`case_id` integer NOT NULL,
	`request_id` integer,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`original_name` text NOT NULL,
	`media_type` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`supersedes_id` integer,
	`added_at` text NOT NULL,
	`added_by` text,
	`origin` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attachments_uuid_unique` ON `attachments` (`uuid`);--> statement-breakpoint
CREATE INDEX `attachments_case_idx` ON `attachments` (`case_id`,`added_at`);--> statement-breakpoint
CREATE INDEX `attachments_request_idx` ON `attachments` (`request_id`);--> statement-breakpoint
CREATE INDEX `attachments_supersedes_idx` ON `attachments` (`supersedes_id`);--> statement-breakpoint
CREATE TABLE `sync_bases` (
	`uuid` text PRIMARY KEY NOT NULL,
	`entity` text NOT NULL,
	`hash` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `trusted_keys` (
	`fingerprint` text PRIMARY KEY NOT NULL,
	`public_key` text NOT NULL,
	`office_name` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`trusted_at` text NOT NULL,
	`trusted_by` text
);
--> statement-breakpoint
ALTER TABLE `cases` ADD `uuid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `cases_uuid_unique` ON `cases` (`uuid`);--> statement-breakpoint
ALTER TABLE `contacts` ADD `uuid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `contacts_uuid_unique` ON `contacts` (`uuid`);--> statement-breakpoint
ALTER TABLE `identifiers` ADD `uuid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `identifiers_uuid_unique` ON `identifiers` (`uuid`);--> statement-breakpoint
ALTER TABLE `manual_deadlines` ADD `uuid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `manual_deadlines_uuid_unique` ON `manual_deadlines` (`uuid`);--> statement-breakpoint
ALTER TABLE `request_events` ADD `uuid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `request_events_uuid_unique` ON `request_events` (`uuid`);--> statement-breakpoint
ALTER TABLE `requests` ADD `uuid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `requests_uuid_unique` ON `requests` (`uuid`);--> statement-breakpoint
ALTER TABLE `subjects` ADD `uuid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `subjects_uuid_unique` ON `subjects` (`uuid`);--> statement-breakpoint
ALTER TABLE `timeline_events` ADD `uuid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `timeline_events_uuid_unique` ON `timeline_events` (`uuid`);--> statement-breakpoint
-- Records made before bundles existed get a random version-4 UUID; raw SQL inserts (the seed, old
-- code paths) get one from a trigger. The app itself always supplies one on insert.
UPDATE `cases` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `uuid` IS NULL;--> statement-breakpoint
UPDATE `subjects` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `uuid` IS NULL;--> statement-breakpoint
UPDATE `identifiers` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `uuid` IS NULL;--> statement-breakpoint
UPDATE `contacts` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `uuid` IS NULL;--> statement-breakpoint
UPDATE `requests` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `uuid` IS NULL;--> statement-breakpoint
UPDATE `timeline_events` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `uuid` IS NULL;--> statement-breakpoint
UPDATE `request_events` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `uuid` IS NULL;--> statement-breakpoint
UPDATE `manual_deadlines` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `uuid` IS NULL;--> statement-breakpoint
CREATE TRIGGER `cases_uuid_fill` AFTER INSERT ON `cases` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `cases` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `subjects_uuid_fill` AFTER INSERT ON `subjects` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `subjects` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `identifiers_uuid_fill` AFTER INSERT ON `identifiers` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `identifiers` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `contacts_uuid_fill` AFTER INSERT ON `contacts` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `contacts` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `requests_uuid_fill` AFTER INSERT ON `requests` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `requests` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `timeline_events_uuid_fill` AFTER INSERT ON `timeline_events` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `timeline_events` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `request_events_uuid_fill` AFTER INSERT ON `request_events` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `request_events` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `manual_deadlines_uuid_fill` AFTER INSERT ON `manual_deadlines` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `manual_deadlines` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;

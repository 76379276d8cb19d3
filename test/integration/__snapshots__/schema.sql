CREATE TABLE `affiliations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text,
	`contact_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`from_on` text,
	`to_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE restrict
);

CREATE INDEX `affiliations_contact_idx` ON `affiliations` (`contact_id`,`from_on`);

CREATE UNIQUE INDEX `affiliations_one_current_idx` ON `affiliations` (`contact_id`) WHERE "affiliations"."to_on" IS NULL;

CREATE INDEX `affiliations_organisation_idx` ON `affiliations` (`organisation_id`,`to_on`);

CREATE TRIGGER `affiliations_uuid_fill` AFTER INSERT ON `affiliations` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `affiliations` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;

CREATE UNIQUE INDEX `affiliations_uuid_unique` ON `affiliations` (`uuid`);

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

CREATE INDEX `attachments_case_idx` ON `attachments` (`case_id`,`added_at`);

CREATE INDEX `attachments_request_idx` ON `attachments` (`request_id`);

CREATE INDEX `attachments_supersedes_idx` ON `attachments` (`supersedes_id`);

CREATE UNIQUE INDEX `attachments_uuid_unique` ON `attachments` (`uuid`);

CREATE INDEX `audit_action_idx` ON `audit_log` (`action`,`id`);

CREATE INDEX `audit_actor_idx` ON `audit_log` (`actor`,`id`);

CREATE INDEX `audit_case_idx` ON `audit_log` (`case_id`,`id`);

CREATE TABLE `audit_chain_head` (
	`id` integer PRIMARY KEY NOT NULL,
	`last_id` integer NOT NULL,
	`last_hash` text NOT NULL
);

CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`);

CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`details` text NOT NULL
, `case_id` integer, `prev_hash` text, `hash` text);

CREATE TABLE `cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`title` text NOT NULL,
	`offence_category` text NOT NULL,
	`counterpart_country` text,
	`status` text NOT NULL,
	`priority` text NOT NULL,
	`lead_officer_id` integer,
	`opened_on` text NOT NULL,
	`closed_on` text,
	`summary` text DEFAULT '' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL, `uuid` text,
	FOREIGN KEY (`lead_officer_id`) REFERENCES `officers`(`id`) ON UPDATE no action ON DELETE no action
);

CREATE INDEX `cases_archived_country_idx` ON `cases` (`archived_at`,`counterpart_country`);

CREATE INDEX `cases_archived_opened_idx` ON `cases` (`archived_at`,`opened_on`);

CREATE INDEX `cases_archived_reference_idx` ON `cases` (`archived_at`,`reference`);

CREATE INDEX `cases_archived_status_idx` ON `cases` (`archived_at`,`status`);

CREATE INDEX `cases_archived_title_idx` ON `cases` (`archived_at`,"title" COLLATE NOCASE);

CREATE INDEX `cases_archived_updated_idx` ON `cases` (`archived_at`,`updated_at`);

CREATE INDEX `cases_id_archived_idx` ON `cases` (`id`,`archived_at`);

CREATE UNIQUE INDEX `cases_reference_unique` ON `cases` (`reference`);

CREATE INDEX `cases_status_idx` ON `cases` (`status`);

CREATE INDEX `cases_updated_idx` ON `cases` (`updated_at`);

CREATE TRIGGER `cases_uuid_fill` AFTER INSERT ON `cases` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `cases` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;

CREATE UNIQUE INDEX `cases_uuid_unique` ON `cases` (`uuid`);

CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`organisation` text DEFAULT '' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`country` text NOT NULL,
	`phones` text DEFAULT '[]' NOT NULL,
	`emails` text DEFAULT '[]' NOT NULL,
	`secure_channels` text DEFAULT '[]' NOT NULL,
	`languages` text DEFAULT '[]' NOT NULL,
	`time_zone` text,
	`last_verified_on` text,
	`notes` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
, `uuid` text);

CREATE INDEX `contacts_archived_kind_idx` ON `contacts` (`archived_at`,`kind`);

CREATE INDEX `contacts_archived_name_idx` ON `contacts` (`archived_at`,"name" COLLATE NOCASE);

CREATE INDEX `contacts_country_idx` ON `contacts` (`country`);

CREATE INDEX `contacts_name_idx` ON `contacts` (`name`);

CREATE TRIGGER `contacts_uuid_fill` AFTER INSERT ON `contacts` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `contacts` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;

CREATE UNIQUE INDEX `contacts_uuid_unique` ON `contacts` (`uuid`);

CREATE TABLE `deadline_marks` (
	`key` text PRIMARY KEY NOT NULL,
	`state` text NOT NULL,
	`snoozed_until` text,
	`reason` text DEFAULT '' NOT NULL,
	`actor` text,
	`at` text NOT NULL
);

CREATE TABLE `deadline_rules` (
	`id` text PRIMARY KEY NOT NULL,
	`definition` text NOT NULL,
	`updated_at` text NOT NULL
);

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

CREATE INDEX `draft_outputs_draft_idx` ON `draft_outputs` (`draft_id`,`format`,`id`);

CREATE TABLE `draft_overrides` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`draft_id` integer NOT NULL,
	`finding_key` text NOT NULL,
	`reason` text NOT NULL,
	`actor` text,
	`at` text NOT NULL,
	FOREIGN KEY (`draft_id`) REFERENCES `drafts`(`id`) ON UPDATE no action ON DELETE cascade
);

CREATE UNIQUE INDEX `draft_overrides_unique` ON `draft_overrides` (`draft_id`,`finding_key`);

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

CREATE UNIQUE INDEX `drafts_request_doc_unique` ON `drafts` (`request_id`,`doc_type`);

CREATE UNIQUE INDEX `drafts_uuid_unique` ON `drafts` (`uuid`);

CREATE TABLE `identifiers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`subject_id` integer,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	`observed_at` text,
	`time_zone` text,
	`platform` text,
	`asset` text,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL, `uuid` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE set null
);

CREATE INDEX `identifiers_case_idx` ON `identifiers` (`case_id`);

CREATE TRIGGER `identifiers_uuid_fill` AFTER INSERT ON `identifiers` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `identifiers` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;

CREATE UNIQUE INDEX `identifiers_uuid_unique` ON `identifiers` (`uuid`);

CREATE INDEX `identifiers_value_idx` ON `identifiers` (`kind`,`value`);

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

CREATE UNIQUE INDEX `import_records_key_idx` ON `import_records` (`kind`,`source_key`);

CREATE TABLE `import_value_maps` (
	`field` text NOT NULL,
	`source` text NOT NULL,
	`target` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`field`, `source`)
);

CREATE TABLE `knowledge_overlays` (
	`kind` text NOT NULL,
	`key` text NOT NULL,
	`field` text NOT NULL,
	`value` text,
	`note` text DEFAULT '' NOT NULL,
	`edited_at` text NOT NULL,
	`edited_by` text,
	PRIMARY KEY(`kind`, `key`, `field`)
);

CREATE TABLE `knowledge_packs` (
	`id` integer PRIMARY KEY NOT NULL,
	`pack_id` text NOT NULL,
	`version` integer NOT NULL,
	`body` text NOT NULL,
	`sha256` text NOT NULL,
	`signed_by` text NOT NULL,
	`imported_at` text NOT NULL,
	`imported_by` text
);

CREATE TABLE `knowledge_publisher_keys` (
	`fingerprint` text PRIMARY KEY NOT NULL,
	`public_key` text NOT NULL,
	`name` text NOT NULL,
	`added_at` text NOT NULL,
	`added_by` text
);

CREATE TABLE `manual_deadlines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`request_id` integer,
	`title` text NOT NULL,
	`due_at` text NOT NULL,
	`due_date` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`actor` text, `uuid` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade
);

CREATE INDEX `manual_deadlines_due_idx` ON `manual_deadlines` (`due_at`);

CREATE TRIGGER `manual_deadlines_uuid_fill` AFTER INSERT ON `manual_deadlines` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `manual_deadlines` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;

CREATE UNIQUE INDEX `manual_deadlines_uuid_unique` ON `manual_deadlines` (`uuid`);

CREATE TABLE `notification_log` (
	`item_key` text NOT NULL,
	`day` text NOT NULL,
	`notified_at` text NOT NULL,
	PRIMARY KEY(`item_key`, `day`)
);

CREATE TABLE `office` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`home_country` text NOT NULL,
	`host_country` text NOT NULL,
	`time_zone` text NOT NULL,
	`reference_prefix` text NOT NULL,
	`is_sample` integer DEFAULT false NOT NULL,
	`current_officer_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);

CREATE TABLE `officers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
, `language` text);

CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`country` text NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`phones` text DEFAULT '[]' NOT NULL,
	`emails` text DEFAULT '[]' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);

CREATE INDEX `organisations_archived_name_idx` ON `organisations` (`archived_at`,"name" COLLATE NOCASE);

CREATE INDEX `organisations_country_idx` ON `organisations` (`country`);

CREATE INDEX `organisations_kind_idx` ON `organisations` (`kind`);

CREATE TRIGGER `organisations_uuid_fill` AFTER INSERT ON `organisations` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `organisations` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;

CREATE UNIQUE INDEX `organisations_uuid_unique` ON `organisations` (`uuid`);

CREATE TABLE `reference_counters` (
	`year` integer PRIMARY KEY NOT NULL,
	`last` integer NOT NULL
);

CREATE TABLE `request_contacts` (
	`request_id` integer NOT NULL,
	`contact_id` integer NOT NULL,
	`role` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`request_id`, `contact_id`),
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE restrict
);

CREATE INDEX `request_contacts_contact_idx` ON `request_contacts` (`contact_id`);

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

CREATE INDEX `request_deadlines_open_day_idx` ON `request_deadlines` (`met_at`,`due_date`,`due_at`,`case_id`,`key`);

CREATE INDEX `request_deadlines_open_due_idx` ON `request_deadlines` (`met_at`,`due_at`,`case_id`,`key`);

CREATE INDEX `request_deadlines_request_kind_idx` ON `request_deadlines` (`request_id`,`deadline_kind`,`due_at`,`met_at`);

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
	`undone_by_event_id` integer, `uuid` text,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade
);

CREATE INDEX `request_events_request_idx` ON `request_events` (`request_id`,`id`);

CREATE TRIGGER `request_events_uuid_fill` AFTER INSERT ON `request_events` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `request_events` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;

CREATE UNIQUE INDEX `request_events_uuid_unique` ON `request_events` (`uuid`);

CREATE TABLE `request_identifiers` (
	`request_id` integer NOT NULL,
	`identifier_id` integer NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`request_id`, `identifier_id`),
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`identifier_id`) REFERENCES `identifiers`(`id`) ON UPDATE no action ON DELETE cascade
);

CREATE INDEX `request_identifiers_identifier_idx` ON `request_identifiers` (`identifier_id`);

CREATE TABLE `request_links` (
	`request_id` integer NOT NULL,
	`linked_request_id` integer NOT NULL,
	`relation` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`request_id`, `linked_request_id`),
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`linked_request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade
);

CREATE INDEX `request_links_linked_idx` ON `request_links` (`linked_request_id`);

CREATE TABLE `requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`channel` text NOT NULL,
	`direction` text NOT NULL,
	`kind` text,
	`title` text NOT NULL,
	`counterpart_country` text NOT NULL,
	`counterpart_authority` text DEFAULT '' NOT NULL,
	`provider` text DEFAULT '' NOT NULL,
	`legal_basis` text DEFAULT '' NOT NULL,
	`assistance_types` text DEFAULT '[]' NOT NULL,
	`data_categories` text DEFAULT '[]' NOT NULL,
	`urgency` text NOT NULL,
	`status` text NOT NULL,
	`finished` integer DEFAULT false NOT NULL,
	`our_reference` text DEFAULT '' NOT NULL,
	`their_reference` text DEFAULT '' NOT NULL,
	`sent_on` text,
	`due_on` text,
	`preservation_until` text,
	`responded_on` text,
	`closed_on` text,
	`handling_code` text,
	`usable_in_court` integer,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL, `uuid` text, `directly_accessible` integer, `outcome` text, `refusal_ground` text, `identifier_selection` text DEFAULT 'all' NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE restrict
);

CREATE INDEX `requests_case_idx` ON `requests` (`case_id`);

CREATE INDEX `requests_channel_status_idx` ON `requests` (`channel`,`status`);

CREATE INDEX `requests_country_updated_idx` ON `requests` (`counterpart_country`,`updated_at`);

CREATE INDEX `requests_due_sort_idx` ON `requests` ("due_on" IS NULL,`due_on`);

CREATE INDEX `requests_finished_channel_status_idx` ON `requests` (`finished`,`channel`,`status`);

CREATE INDEX `requests_finished_updated_idx` ON `requests` (`finished`,`updated_at`);

CREATE INDEX `requests_finished_urgency_idx` ON `requests` (`finished`,`urgency`,`case_id`);

CREATE INDEX `requests_open_due_idx` ON `requests` (`finished`,`due_on`);

CREATE INDEX `requests_open_preservation_idx` ON `requests` (`finished`,`preservation_until`);

CREATE INDEX `requests_stats_idx` ON `requests` (coalesce("sent_on", substr("created_at", 1, 10)),`channel`,`direction`,`counterpart_country`,`urgency`,`kind`,`outcome`,`provider`,`data_categories`,`sent_on`,`responded_on`,`case_id`);

CREATE INDEX `requests_updated_idx` ON `requests` (`updated_at`);

CREATE TRIGGER `requests_uuid_fill` AFTER INSERT ON `requests` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `requests` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;

CREATE UNIQUE INDEX `requests_uuid_unique` ON `requests` (`uuid`);

CREATE TRIGGER `search_attachments_ad` AFTER DELETE ON `attachments` BEGIN
	DELETE FROM `search_index` WHERE rowid = CASE WHEN OLD.`request_id` IS NULL THEN OLD.`case_id` * 4 ELSE OLD.`request_id` * 4 + 1 END;
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_cases` WHERE OLD.`request_id` IS NULL AND `row_id` = OLD.`case_id`
		UNION ALL
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_requests` WHERE `row_id` = OLD.`request_id`;
END;

CREATE TRIGGER `search_attachments_ai` AFTER INSERT ON `attachments` BEGIN
	DELETE FROM `search_index` WHERE rowid = CASE WHEN NEW.`request_id` IS NULL THEN NEW.`case_id` * 4 ELSE NEW.`request_id` * 4 + 1 END;
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_cases` WHERE NEW.`request_id` IS NULL AND `row_id` = NEW.`case_id`
		UNION ALL
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_requests` WHERE `row_id` = NEW.`request_id`;
END;

CREATE TRIGGER `search_attachments_au` AFTER UPDATE OF `original_name`, `description`, `case_id`, `request_id` ON `attachments` BEGIN
	DELETE FROM `search_index` WHERE rowid IN (
		CASE WHEN OLD.`request_id` IS NULL THEN OLD.`case_id` * 4 ELSE OLD.`request_id` * 4 + 1 END,
		CASE WHEN NEW.`request_id` IS NULL THEN NEW.`case_id` * 4 ELSE NEW.`request_id` * 4 + 1 END);
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_cases`
			WHERE (OLD.`request_id` IS NULL AND `row_id` = OLD.`case_id`) OR (NEW.`request_id` IS NULL AND `row_id` = NEW.`case_id`)
		UNION
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_requests`
			WHERE `row_id` IN (OLD.`request_id`, NEW.`request_id`);
END;

CREATE TRIGGER `search_cases_ad` AFTER DELETE ON `cases` BEGIN
	DELETE FROM `search_index` WHERE rowid = OLD.`id` * 4;
END;

CREATE TRIGGER `search_cases_ai` AFTER INSERT ON `cases` BEGIN
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_cases` WHERE `row_id` = NEW.`id`;
END;

CREATE TRIGGER `search_cases_au` AFTER UPDATE OF `reference`, `title`, `summary`, `tags` ON `cases` BEGIN
	DELETE FROM `search_index` WHERE rowid = OLD.`id` * 4;
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_cases` WHERE `row_id` = NEW.`id`;
END;

CREATE TRIGGER `search_contacts_ad` AFTER DELETE ON `contacts` BEGIN
	DELETE FROM `search_index` WHERE rowid = OLD.`id` * 4 + 2;
END;

CREATE TRIGGER `search_contacts_ai` AFTER INSERT ON `contacts` BEGIN
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_contacts` WHERE `row_id` = NEW.`id`;
END;

CREATE TRIGGER `search_contacts_au` AFTER UPDATE OF `name`, `organisation`, `title`, `emails`, `phones`, `notes` ON `contacts` BEGIN
	DELETE FROM `search_index` WHERE rowid = OLD.`id` * 4 + 2;
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_contacts` WHERE `row_id` = NEW.`id`;
END;

CREATE TRIGGER `search_identifiers_ad` AFTER DELETE ON `identifiers` BEGIN
	DELETE FROM `search_index` WHERE rowid = OLD.`id` * 4 + 3;
END;

CREATE TRIGGER `search_identifiers_ai` AFTER INSERT ON `identifiers` BEGIN
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_identifiers` WHERE `row_id` = NEW.`id`;
END;

CREATE TRIGGER `search_identifiers_au` AFTER UPDATE OF `case_id`, `kind`, `value`, `platform`, `note` ON `identifiers` BEGIN
	DELETE FROM `search_index` WHERE rowid = OLD.`id` * 4 + 3;
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_identifiers` WHERE `row_id` = NEW.`id`;
END;

CREATE VIRTUAL TABLE `search_index` USING fts5(
	type UNINDEXED, row_id UNINDEXED, case_id UNINDEXED, title, body,
	tokenize = "unicode61 remove_diacritics 2"
);

CREATE TABLE 'search_index_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'search_index_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3, c4);

CREATE TABLE 'search_index_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'search_index_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'search_index_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TRIGGER `search_requests_ad` AFTER DELETE ON `requests` BEGIN
	DELETE FROM `search_index` WHERE rowid = OLD.`id` * 4 + 1;
END;

CREATE TRIGGER `search_requests_ai` AFTER INSERT ON `requests` BEGIN
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_requests` WHERE `row_id` = NEW.`id`;
END;

CREATE TRIGGER `search_requests_au` AFTER UPDATE OF `case_id`, `title`, `our_reference`, `their_reference`, `provider`, `counterpart_authority`, `legal_basis`, `notes` ON `requests` BEGIN
	DELETE FROM `search_index` WHERE rowid = OLD.`id` * 4 + 1;
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_requests` WHERE `row_id` = NEW.`id`;
END;

CREATE VIEW `search_source_cases` AS
SELECT c.`id` * 4 AS `rid`, 'case' AS `type`, c.`id` AS `row_id`, c.`id` AS `case_id`,
	c.`reference` || ' ' || c.`title` AS `title`,
	concat_ws(' ', nullif(c.`summary`, ''),
		(SELECT group_concat(t.`value`, ' ') FROM json_each(CASE WHEN json_valid(c.`tags`) THEN c.`tags` ELSE '[]' END) t),
		(SELECT group_concat(concat_ws(' ', s.`name`, nullif(s.`notes`, '')), ' ') FROM `subjects` s WHERE s.`case_id` = c.`id`),
		(SELECT group_concat(concat_ws(' ', a.`original_name`, nullif(a.`description`, '')), ' ') FROM `attachments` a
			WHERE a.`case_id` = c.`id` AND a.`request_id` IS NULL)) AS `body`
FROM `cases` c;

CREATE VIEW `search_source_contacts` AS
SELECT k.`id` * 4 + 2 AS `rid`, 'contact' AS `type`, k.`id` AS `row_id`, NULL AS `case_id`,
	k.`name` AS `title`,
	concat_ws(' ', nullif(k.`organisation`, ''), nullif(k.`title`, ''),
		(SELECT group_concat(e.`value`, ' ') FROM json_each(CASE WHEN json_valid(k.`emails`) THEN k.`emails` ELSE '[]' END) e),
		(SELECT group_concat(concat_ws(' ', p.`value`, substr(p.`value`, 3), substr(p.`value`, 4), substr(p.`value`, 5)), ' ')
			FROM json_each(CASE WHEN json_valid(k.`phones`) THEN k.`phones` ELSE '[]' END) p),
		nullif(k.`notes`, '')) AS `body`
FROM `contacts` k;

CREATE VIEW `search_source_identifiers` AS
SELECT i.`id` * 4 + 3 AS `rid`, 'identifier' AS `type`, i.`id` AS `row_id`, i.`case_id` AS `case_id`,
	i.`value` AS `title`,
	concat_ws(' ', nullif(i.`note`, ''), nullif(i.`platform`, ''),
		CASE WHEN i.`kind` = 'phone' THEN concat_ws(' ', substr(i.`value`, 3), substr(i.`value`, 4), substr(i.`value`, 5)) END) AS `body`
FROM `identifiers` i;

CREATE VIEW `search_source_requests` AS
SELECT r.`id` * 4 + 1 AS `rid`, 'request' AS `type`, r.`id` AS `row_id`, r.`case_id` AS `case_id`,
	r.`title` AS `title`,
	concat_ws(' ', nullif(r.`our_reference`, ''), nullif(r.`their_reference`, ''), nullif(r.`provider`, ''),
		nullif(r.`counterpart_authority`, ''), nullif(r.`legal_basis`, ''), nullif(r.`notes`, ''),
		(SELECT group_concat(concat_ws(' ', a.`original_name`, nullif(a.`description`, '')), ' ') FROM `attachments` a
			WHERE a.`request_id` = r.`id`)) AS `body`
FROM `requests` r;

CREATE TRIGGER `search_subjects_ad` AFTER DELETE ON `subjects` BEGIN
	DELETE FROM `search_index` WHERE rowid = OLD.`case_id` * 4;
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_cases` WHERE `row_id` = OLD.`case_id`;
END;

CREATE TRIGGER `search_subjects_ai` AFTER INSERT ON `subjects` BEGIN
	DELETE FROM `search_index` WHERE rowid = NEW.`case_id` * 4;
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_cases` WHERE `row_id` = NEW.`case_id`;
END;

CREATE TRIGGER `search_subjects_au` AFTER UPDATE OF `case_id`, `name`, `notes` ON `subjects` BEGIN
	DELETE FROM `search_index` WHERE rowid IN (OLD.`case_id` * 4, NEW.`case_id` * 4);
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_cases` WHERE `row_id` IN (OLD.`case_id`, NEW.`case_id`);
END;

CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);

CREATE TABLE `subjects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`nationality` text,
	`date_of_birth` text,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL, `uuid` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);

CREATE INDEX `subjects_case_idx` ON `subjects` (`case_id`);

CREATE TRIGGER `subjects_uuid_fill` AFTER INSERT ON `subjects` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `subjects` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;

CREATE UNIQUE INDEX `subjects_uuid_unique` ON `subjects` (`uuid`);

CREATE TABLE `sync_bases` (
	`uuid` text PRIMARY KEY NOT NULL,
	`entity` text NOT NULL,
	`hash` text NOT NULL,
	`at` text NOT NULL
);

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

CREATE INDEX `timeline_case_at_idx` ON `timeline_events` (`case_id`,`at`);

CREATE TABLE `timeline_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`request_id` integer,
	`at` text NOT NULL,
	`kind` text NOT NULL,
	`actor` text,
	`params` text NOT NULL, `uuid` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE set null
);

CREATE TRIGGER `timeline_events_uuid_fill` AFTER INSERT ON `timeline_events` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `timeline_events` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;

CREATE UNIQUE INDEX `timeline_events_uuid_unique` ON `timeline_events` (`uuid`);

CREATE TABLE `trusted_keys` (
	`fingerprint` text PRIMARY KEY NOT NULL,
	`public_key` text NOT NULL,
	`office_name` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`trusted_at` text NOT NULL,
	`trusted_by` text
);

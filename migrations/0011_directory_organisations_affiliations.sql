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
--> statement-breakpoint
CREATE UNIQUE INDEX `affiliations_uuid_unique` ON `affiliations` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `affiliations_one_current_idx` ON `affiliations` (`contact_id`) WHERE "affiliations"."to_on" IS NULL;--> statement-breakpoint
CREATE INDEX `affiliations_contact_idx` ON `affiliations` (`contact_id`,`from_on`);--> statement-breakpoint
CREATE INDEX `affiliations_organisation_idx` ON `affiliations` (`organisation_id`,`to_on`);--> statement-breakpoint
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
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_uuid_unique` ON `organisations` (`uuid`);--> statement-breakpoint
CREATE INDEX `organisations_archived_name_idx` ON `organisations` (`archived_at`,"name" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `organisations_country_idx` ON `organisations` (`country`);--> statement-breakpoint
CREATE INDEX `organisations_kind_idx` ON `organisations` (`kind`);--> statement-breakpoint
-- Raw SQL inserts get a UUID from a trigger, as for every other table that travels (see 0005).
CREATE TRIGGER `organisations_uuid_fill` AFTER INSERT ON `organisations` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `organisations` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `affiliations_uuid_fill` AFTER INSERT ON `affiliations` WHEN NEW.`uuid` IS NULL BEGIN
  UPDATE `affiliations` SET `uuid` = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
-- Backfill: each distinct free-text organisation (same name ignoring case and outer spaces, same
-- country) becomes one organisation, its kind guessed from its first contact's kind; every contact
-- with an organisation gets a current membership with an unknown start. contacts.organisation stays
-- as the mirror of the current membership, so nothing the user typed is lost.
INSERT INTO `organisations` (`kind`, `name`, `country`, `created_at`, `updated_at`)
SELECT
  CASE k.`kind`
    WHEN 'central_authority' THEN 'central_authority'
    WHEN 'court' THEN 'court'
    WHEN 'interpol_ncb' THEN 'interpol_ncb'
    WHEN 'europol_bureau' THEN 'europol_liaison_bureau'
    WHEN 'embassy' THEN 'embassy'
    WHEN 'legal_attache' THEN 'embassy'
    WHEN 'provider_le_team' THEN 'provider_le_team'
    WHEN 'prosecutor' THEN 'prosecution'
    ELSE 'other'
  END,
  trim(k.`organisation`),
  k.`country`,
  g.`created_at`,
  g.`updated_at`
FROM (
  SELECT min(`id`) AS `first_id`, min(`created_at`) AS `created_at`, max(`updated_at`) AS `updated_at`
  FROM `contacts`
  WHERE trim(`organisation`) <> ''
  GROUP BY lower(trim(`organisation`)), `country`
) g
JOIN `contacts` k ON k.`id` = g.`first_id`
ORDER BY k.`id`;--> statement-breakpoint
INSERT INTO `affiliations` (`contact_id`, `organisation_id`, `title`, `from_on`, `to_on`, `created_at`, `updated_at`)
SELECT c.`id`, o.`id`, c.`title`, NULL, NULL, c.`created_at`, c.`updated_at`
FROM `contacts` c
JOIN `organisations` o ON lower(o.`name`) = lower(trim(c.`organisation`)) AND o.`country` = c.`country`
WHERE trim(c.`organisation`) <> ''
ORDER BY c.`id`;

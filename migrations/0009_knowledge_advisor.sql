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
--> statement-breakpoint
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
--> statement-breakpoint
CREATE TABLE `knowledge_publisher_keys` (
	`fingerprint` text PRIMARY KEY NOT NULL,
	`public_key` text NOT NULL,
	`name` text NOT NULL,
	`added_at` text NOT NULL,
	`added_by` text
);
--> statement-breakpoint
CREATE TABLE `request_links` (
	`request_id` integer NOT NULL,
	`linked_request_id` integer NOT NULL,
	`relation` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`request_id`, `linked_request_id`),
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`linked_request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `request_links_linked_idx` ON `request_links` (`linked_request_id`);--> statement-breakpoint
-- The publisher that signed the knowledge pack shipped with the app is trusted by default
-- (resources/knowledge/publisher-key.json); the office may remove it in Settings.
INSERT OR IGNORE INTO `knowledge_publisher_keys` (`fingerprint`, `public_key`, `name`, `added_at`, `added_by`)
VALUES ('F00A D11F CC9A 5605 6F79 7301 206E F4B8', 'OP2sl7OCeQV5+eDWDW7JYPmLoOiLRMZUjVN+kqR779g=', 'Legat reference data (development publisher)', '2026-11-30T00:00:00.000Z', NULL);

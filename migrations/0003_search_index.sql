-- Global search. One FTS5 table holds the searchable text of cases (with their subjects), requests,
-- contacts and identifiers; triggers keep it in step, so the write that changes a row changes its
-- index entry in the same transaction.
--
-- Contentful rather than external-content: a case's entry is composed from the case and all of its
-- subjects, which no single content table holds, and external-content deletes must repeat the old
-- text exactly. The index's rowid is row_id * 4 + type code (case 0, request 1, contact 2,
-- identifier 3), so every trigger replaces an entry by rowid instead of scanning the UNINDEXED columns.
-- Phones are E.164; the extra forms without a one-to-three-digit country code let a national number
-- typed without it (2025550143) still match by prefix.
CREATE VIRTUAL TABLE `search_index` USING fts5(
	type UNINDEXED, row_id UNINDEXED, case_id UNINDEXED, title, body,
	tokenize = "unicode61 remove_diacritics 2"
);
--> statement-breakpoint
CREATE VIEW `search_source_cases` AS
SELECT c.`id` * 4 AS `rid`, 'case' AS `type`, c.`id` AS `row_id`, c.`id` AS `case_id`,
	c.`reference` || ' ' || c.`title` AS `title`,
	concat_ws(' ', nullif(c.`summary`, ''),
		(SELECT group_concat(t.`value`, ' ') FROM json_each(CASE WHEN json_valid(c.`tags`) THEN c.`tags` ELSE '[]' END) t),
		(SELECT group_concat(concat_ws(' ', s.`name`, nullif(s.`notes`, '')), ' ') FROM `subjects` s WHERE s.`case_id` = c.`id`)) AS `body`
FROM `cases` c;
--> statement-breakpoint
CREATE VIEW `search_source_requests` AS
SELECT r.`id` * 4 + 1 AS `rid`, 'request' AS `type`, r.`id` AS `row_id`, r.`case_id` AS `case_id`,
	r.`title` AS `title`,
	concat_ws(' ', nullif(r.`our_reference`, ''), nullif(r.`their_reference`, ''), nullif(r.`provider`, ''),
		nullif(r.`counterpart_authority`, ''), nullif(r.`legal_basis`, ''), nullif(r.`notes`, '')) AS `body`
FROM `requests` r;
--> statement-breakpoint
CREATE VIEW `search_source_contacts` AS
SELECT k.`id` * 4 + 2 AS `rid`, 'contact' AS `type`, k.`id` AS `row_id`, NULL AS `case_id`,
	k.`name` AS `title`,
	concat_ws(' ', nullif(k.`organisation`, ''), nullif(k.`title`, ''),
		(SELECT group_concat(e.`value`, ' ') FROM json_each(CASE WHEN json_valid(k.`emails`) THEN k.`emails` ELSE '[]' END) e),
		(SELECT group_concat(concat_ws(' ', p.`value`, substr(p.`value`, 3), substr(p.`value`, 4), substr(p.`value`, 5)), ' ')
			FROM json_each(CASE WHEN json_valid(k.`phones`) THEN k.`phones` ELSE '[]' END) p),
		nullif(k.`notes`, '')) AS `body`
FROM `contacts` k;
--> statement-breakpoint
CREATE VIEW `search_source_identifiers` AS
SELECT i.`id` * 4 + 3 AS `rid`, 'identifier' AS `type`, i.`id` AS `row_id`, i.`case_id` AS `case_id`,
	i.`value` AS `title`,
	concat_ws(' ', nullif(i.`note`, ''), nullif(i.`platform`, ''),
		CASE WHEN i.`kind` = 'phone' THEN concat_ws(' ', substr(i.`value`, 3), substr(i.`value`, 4), substr(i.`value`, 5)) END) AS `body`
FROM `identifiers` i;
--> statement-breakpoint
CREATE TRIGGER `search_cases_ai` AFTER INSERT ON `cases` BEGIN
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_cases` WHERE `row_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_cases_au` AFTER UPDATE OF `reference`, `title`, `summary`, `tags` ON `cases` BEGIN
	DELETE FROM `search_index` WHERE rowid = OLD.`id` * 4;
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_cases` WHERE `row_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_cases_ad` AFTER DELETE ON `cases` BEGIN
	DELETE FROM `search_index` WHERE rowid = OLD.`id` * 4;
END;
--> statement-breakpoint
CREATE TRIGGER `search_subjects_ai` AFTER INSERT ON `subjects` BEGIN
	DELETE FROM `search_index` WHERE rowid = NEW.`case_id` * 4;
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_cases` WHERE `row_id` = NEW.`case_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_subjects_au` AFTER UPDATE OF `case_id`, `name`, `notes` ON `subjects` BEGIN
	DELETE FROM `search_index` WHERE rowid IN (OLD.`case_id` * 4, NEW.`case_id` * 4);
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_cases` WHERE `row_id` IN (OLD.`case_id`, NEW.`case_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_subjects_ad` AFTER DELETE ON `subjects` BEGIN
	DELETE FROM `search_index` WHERE rowid = OLD.`case_id` * 4;
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_cases` WHERE `row_id` = OLD.`case_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_requests_ai` AFTER INSERT ON `requests` BEGIN
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_requests` WHERE `row_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_requests_au` AFTER UPDATE OF `case_id`, `title`, `our_reference`, `their_reference`, `provider`, `counterpart_authority`, `legal_basis`, `notes` ON `requests` BEGIN
	DELETE FROM `search_index` WHERE rowid = OLD.`id` * 4 + 1;
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_requests` WHERE `row_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_requests_ad` AFTER DELETE ON `requests` BEGIN
	DELETE FROM `search_index` WHERE rowid = OLD.`id` * 4 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_ai` AFTER INSERT ON `contacts` BEGIN
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_contacts` WHERE `row_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_au` AFTER UPDATE OF `name`, `organisation`, `title`, `emails`, `phones`, `notes` ON `contacts` BEGIN
	DELETE FROM `search_index` WHERE rowid = OLD.`id` * 4 + 2;
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_contacts` WHERE `row_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_ad` AFTER DELETE ON `contacts` BEGIN
	DELETE FROM `search_index` WHERE rowid = OLD.`id` * 4 + 2;
END;
--> statement-breakpoint
CREATE TRIGGER `search_identifiers_ai` AFTER INSERT ON `identifiers` BEGIN
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_identifiers` WHERE `row_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_identifiers_au` AFTER UPDATE OF `case_id`, `kind`, `value`, `platform`, `note` ON `identifiers` BEGIN
	DELETE FROM `search_index` WHERE rowid = OLD.`id` * 4 + 3;
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_identifiers` WHERE `row_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_identifiers_ad` AFTER DELETE ON `identifiers` BEGIN
	DELETE FROM `search_index` WHERE rowid = OLD.`id` * 4 + 3;
END;
--> statement-breakpoint
-- Backfill what existed before the index.
INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
	SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_cases`
	UNION ALL SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_requests`
	UNION ALL SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_contacts`
	UNION ALL SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_identifiers`;

-- Global search finds files by name and description. A file has no index entry of its own: its words
-- join the entry of what it is attached to (the case for a case's own files, the request for a
-- request's), so a hit opens the case or request that holds the file. The two source views gain the
-- files' words; triggers on attachments refresh the owner's entry in the same transaction.
DROP VIEW `search_source_cases`;
--> statement-breakpoint
CREATE VIEW `search_source_cases` AS
SELECT c.`id` * 4 AS `rid`, 'case' AS `type`, c.`id` AS `row_id`, c.`id` AS `case_id`,
	c.`reference` || ' ' || c.`title` AS `title`,
	concat_ws(' ', nullif(c.`summary`, ''),
		(SELECT group_concat(t.`value`, ' ') FROM json_each(CASE WHEN json_valid(c.`tags`) THEN c.`tags` ELSE '[]' END) t),
		(SELECT group_concat(concat_ws(' ', s.`name`, nullif(s.`notes`, '')), ' ') FROM `subjects` s WHERE s.`case_id` = c.`id`),
		(SELECT group_concat(concat_ws(' ', a.`original_name`, nullif(a.`description`, '')), ' ') FROM `attachments` a
			WHERE a.`case_id` = c.`id` AND a.`request_id` IS NULL)) AS `body`
FROM `cases` c;
--> statement-breakpoint
DROP VIEW `search_source_requests`;
--> statement-breakpoint
CREATE VIEW `search_source_requests` AS
SELECT r.`id` * 4 + 1 AS `rid`, 'request' AS `type`, r.`id` AS `row_id`, r.`case_id` AS `case_id`,
	r.`title` AS `title`,
	concat_ws(' ', nullif(r.`our_reference`, ''), nullif(r.`their_reference`, ''), nullif(r.`provider`, ''),
		nullif(r.`counterpart_authority`, ''), nullif(r.`legal_basis`, ''), nullif(r.`notes`, ''),
		(SELECT group_concat(concat_ws(' ', a.`original_name`, nullif(a.`description`, '')), ' ') FROM `attachments` a
			WHERE a.`request_id` = r.`id`)) AS `body`
FROM `requests` r;
--> statement-breakpoint
-- The entry of a file's owner is rebuilt whole: the case's when the file sits on the case, the request's otherwise.
CREATE TRIGGER `search_attachments_ai` AFTER INSERT ON `attachments` BEGIN
	DELETE FROM `search_index` WHERE rowid = CASE WHEN NEW.`request_id` IS NULL THEN NEW.`case_id` * 4 ELSE NEW.`request_id` * 4 + 1 END;
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_cases` WHERE NEW.`request_id` IS NULL AND `row_id` = NEW.`case_id`
		UNION ALL
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_requests` WHERE `row_id` = NEW.`request_id`;
END;
--> statement-breakpoint
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
--> statement-breakpoint
CREATE TRIGGER `search_attachments_ad` AFTER DELETE ON `attachments` BEGIN
	DELETE FROM `search_index` WHERE rowid = CASE WHEN OLD.`request_id` IS NULL THEN OLD.`case_id` * 4 ELSE OLD.`request_id` * 4 + 1 END;
	INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_cases` WHERE OLD.`request_id` IS NULL AND `row_id` = OLD.`case_id`
		UNION ALL
		SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_requests` WHERE `row_id` = OLD.`request_id`;
END;
--> statement-breakpoint
-- Files registered before this migration (none in a normal install, but bundles may have brought some).
DELETE FROM `search_index` WHERE rowid IN (
	SELECT DISTINCT CASE WHEN `request_id` IS NULL THEN `case_id` * 4 ELSE `request_id` * 4 + 1 END FROM `attachments`);
--> statement-breakpoint
INSERT INTO `search_index` (rowid, type, row_id, case_id, title, body)
	SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_cases`
		WHERE `row_id` IN (SELECT `case_id` FROM `attachments` WHERE `request_id` IS NULL)
	UNION ALL
	SELECT `rid`, `type`, `row_id`, `case_id`, `title`, `body` FROM `search_source_requests`
		WHERE `row_id` IN (SELECT `request_id` FROM `attachments`);

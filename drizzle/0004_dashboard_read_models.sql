-- Dashboard read models, kept by triggers in the transaction of every write to a register or to an
-- event's status, start or body, whoever writes (docs/decisions/006-attendance-rate-rules.md).
-- Per event: how many organisations were invited, recorded, present, absent, excused; people who came
-- (sum of people_count over the present lines). Lines of every event, whatever its status.
CREATE TABLE `event_attendance_totals` (
	`event_id` integer PRIMARY KEY NOT NULL,
	`invited` integer DEFAULT 0 NOT NULL,
	`recorded` integer DEFAULT 0 NOT NULL,
	`present` integer DEFAULT 0 NOT NULL,
	`absent` integer DEFAULT 0 NOT NULL,
	`excused` integer DEFAULT 0 NOT NULL,
	`people` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- The register lines of held events only, with the event's start and body copied, stored in the order
-- the dashboard reads them: per organisation, by start (alerts, trends, per-organisation figures).
CREATE TABLE `held_attendance` (
	`organization_id` integer NOT NULL,
	`starts_at` text NOT NULL,
	`event_id` integer NOT NULL,
	`body_id` integer,
	`status` text,
	`people_count` integer,
	PRIMARY KEY (`organization_id`, `starts_at`, `event_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `held_attendance_event` ON `held_attendance` (`event_id`, `organization_id`);
--> statement-breakpoint
-- Filled first from the registers already there.
INSERT INTO `event_attendance_totals` (`event_id`, `invited`, `recorded`, `present`, `absent`, `excused`, `people`)
SELECT `event_id`, count(*), count(`status`),
  count(CASE WHEN `status` = 'present' THEN 1 END),
  count(CASE WHEN `status` = 'absent' THEN 1 END),
  count(CASE WHEN `status` = 'excused' THEN 1 END),
  coalesce(sum(CASE WHEN `status` = 'present' THEN `people_count` END), 0)
FROM `attendance` GROUP BY `event_id`;
--> statement-breakpoint
INSERT INTO `held_attendance` (`event_id`, `organization_id`, `starts_at`, `body_id`, `status`, `people_count`)
SELECT a.`event_id`, a.`organization_id`, e.`starts_at`, e.`body_id`, a.`status`, a.`people_count`
FROM `attendance` a JOIN `events` e ON e.`id` = a.`event_id` WHERE e.`status` = 'held';
--> statement-breakpoint
CREATE TRIGGER `attendance_read_models_insert` AFTER INSERT ON `attendance` BEGIN
  INSERT INTO `event_attendance_totals` (`event_id`, `invited`, `recorded`, `present`, `absent`, `excused`, `people`)
  VALUES (NEW.`event_id`, 1, NEW.`status` IS NOT NULL,
    coalesce(NEW.`status` = 'present', 0), coalesce(NEW.`status` = 'absent', 0), coalesce(NEW.`status` = 'excused', 0),
    CASE WHEN NEW.`status` = 'present' THEN coalesce(NEW.`people_count`, 0) ELSE 0 END)
  ON CONFLICT (`event_id`) DO UPDATE SET
    `invited` = `invited` + 1, `recorded` = `recorded` + excluded.`recorded`, `present` = `present` + excluded.`present`,
    `absent` = `absent` + excluded.`absent`, `excused` = `excused` + excluded.`excused`, `people` = `people` + excluded.`people`;
  INSERT OR REPLACE INTO `held_attendance` (`event_id`, `organization_id`, `starts_at`, `body_id`, `status`, `people_count`)
  SELECT e.`id`, NEW.`organization_id`, e.`starts_at`, e.`body_id`, NEW.`status`, NEW.`people_count`
  FROM `events` e WHERE e.`id` = NEW.`event_id` AND e.`status` = 'held';
END;
--> statement-breakpoint
CREATE TRIGGER `attendance_read_models_delete` AFTER DELETE ON `attendance` BEGIN
  UPDATE `event_attendance_totals` SET
    `invited` = `invited` - 1, `recorded` = `recorded` - (OLD.`status` IS NOT NULL),
    `present` = `present` - coalesce(OLD.`status` = 'present', 0), `absent` = `absent` - coalesce(OLD.`status` = 'absent', 0),
    `excused` = `excused` - coalesce(OLD.`status` = 'excused', 0),
    `people` = `people` - CASE WHEN OLD.`status` = 'present' THEN coalesce(OLD.`people_count`, 0) ELSE 0 END
  WHERE `event_id` = OLD.`event_id`;
  DELETE FROM `held_attendance` WHERE `event_id` = OLD.`event_id` AND `organization_id` = OLD.`organization_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `attendance_read_models_update` AFTER UPDATE OF `event_id`, `organization_id`, `status`, `people_count` ON `attendance`
WHEN OLD.`event_id` IS NOT NEW.`event_id` OR OLD.`organization_id` IS NOT NEW.`organization_id`
  OR OLD.`status` IS NOT NEW.`status` OR OLD.`people_count` IS NOT NEW.`people_count` BEGIN
  UPDATE `event_attendance_totals` SET
    `invited` = `invited` - 1, `recorded` = `recorded` - (OLD.`status` IS NOT NULL),
    `present` = `present` - coalesce(OLD.`status` = 'present', 0), `absent` = `absent` - coalesce(OLD.`status` = 'absent', 0),
    `excused` = `excused` - coalesce(OLD.`status` = 'excused', 0),
    `people` = `people` - CASE WHEN OLD.`status` = 'present' THEN coalesce(OLD.`people_count`, 0) ELSE 0 END
  WHERE `event_id` = OLD.`event_id`;
  INSERT INTO `event_attendance_totals` (`event_id`, `invited`, `recorded`, `present`, `absent`, `excused`, `people`)
  VALUES (NEW.`event_id`, 1, NEW.`status` IS NOT NULL,
    coalesce(NEW.`status` = 'present', 0), coalesce(NEW.`status` = 'absent', 0), coalesce(NEW.`status` = 'excused', 0),
    CASE WHEN NEW.`status` = 'present' THEN coalesce(NEW.`people_count`, 0) ELSE 0 END)
  ON CONFLICT (`event_id`) DO UPDATE SET
    `invited` = `invited` + 1, `recorded` = `recorded` + excluded.`recorded`, `present` = `present` + excluded.`present`,
    `absent` = `absent` + excluded.`absent`, `excused` = `excused` + excluded.`excused`, `people` = `people` + excluded.`people`;
  DELETE FROM `held_attendance` WHERE `event_id` = OLD.`event_id` AND `organization_id` = OLD.`organization_id`;
  INSERT OR REPLACE INTO `held_attendance` (`event_id`, `organization_id`, `starts_at`, `body_id`, `status`, `people_count`)
  SELECT e.`id`, NEW.`organization_id`, e.`starts_at`, e.`body_id`, NEW.`status`, NEW.`people_count`
  FROM `events` e WHERE e.`id` = NEW.`event_id` AND e.`status` = 'held';
END;
--> statement-breakpoint
CREATE TRIGGER `events_read_models_update` AFTER UPDATE OF `status`, `starts_at`, `body_id` ON `events`
WHEN OLD.`status` IS NOT NEW.`status` OR OLD.`starts_at` IS NOT NEW.`starts_at` OR OLD.`body_id` IS NOT NEW.`body_id` BEGIN
  DELETE FROM `held_attendance` WHERE `event_id` = OLD.`id`;
  INSERT INTO `held_attendance` (`event_id`, `organization_id`, `starts_at`, `body_id`, `status`, `people_count`)
  SELECT NEW.`id`, a.`organization_id`, NEW.`starts_at`, NEW.`body_id`, a.`status`, a.`people_count`
  FROM `attendance` a WHERE a.`event_id` = NEW.`id` AND NEW.`status` = 'held';
END;

ALTER TABLE `events` ADD `date_precision` text DEFAULT 'day' NOT NULL;--> statement-breakpoint
-- The two seeded events whose sources give only the month (docs/decisions/020-event-figures-and-dates.md).
UPDATE `events` SET `date_precision` = 'month' WHERE `slug` IN ('2022-03-incontri-emdr-salemi-fulgatore', '2022-05-convegno-governo-regionale-migrazione');

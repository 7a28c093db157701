ALTER TABLE `sites` ADD `hours_it` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `sites` ADD `hours_en` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `sites` ADD `access_it` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `sites` ADD `access_en` text DEFAULT '' NOT NULL;
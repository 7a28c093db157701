CREATE TABLE `activity_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`position` integer NOT NULL,
	`title_it` text NOT NULL,
	`title_en` text NOT NULL,
	`description_it` text NOT NULL,
	`description_en` text NOT NULL,
	`sources` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activity_lines_project_position` ON `activity_lines` (`project_id`,`position`);--> statement-breakpoint
CREATE TABLE `contact_points` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`site_id` integer,
	`kind` text DEFAULT 'office' NOT NULL,
	`label` text NOT NULL,
	`function` text,
	`email` text,
	`phone` text,
	`pec` text,
	`url` text,
	`visibility` text NOT NULL,
	`source` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contact_points_organization` ON `contact_points` (`organization_id`);--> statement-breakpoint
CREATE INDEX `contact_points_visibility` ON `contact_points` (`visibility`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`role` text NOT NULL,
	`responsibilities_it` text DEFAULT '' NOT NULL,
	`responsibilities_en` text DEFAULT '' NOT NULL,
	`start_date` text,
	`end_date` text,
	`status` text DEFAULT 'active' NOT NULL,
	`end_reason_it` text,
	`end_reason_en` text,
	`sources` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `memberships_organization` ON `memberships` (`organization_id`);--> statement-breakpoint
CREATE INDEX `memberships_project_role` ON `memberships` (`project_id`,`role`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text NOT NULL,
	`type` text NOT NULL,
	`province` text NOT NULL,
	`city` text NOT NULL,
	`address` text,
	`lat` real,
	`lng` real,
	`coordinate_precision` text,
	`website` text,
	`pec` text,
	`ipa_code` text,
	`istat_code` text,
	`fiscal_code` text,
	`description_it` text DEFAULT '' NOT NULL,
	`description_en` text DEFAULT '' NOT NULL,
	`sources` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_slug_unique` ON `organizations` (`slug`);--> statement-breakpoint
CREATE INDEX `organizations_type` ON `organizations` (`type`);--> statement-breakpoint
CREATE INDEX `organizations_province` ON `organizations` (`province`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`acronym` text NOT NULL,
	`title` text NOT NULL,
	`title_variant` text,
	`code` text NOT NULL,
	`fund` text NOT NULL,
	`fund_en` text NOT NULL,
	`managing_authority` text NOT NULL,
	`objectives` text DEFAULT '[]' NOT NULL,
	`aim_it` text NOT NULL,
	`aim_en` text NOT NULL,
	`activity_start` text,
	`activity_start_confidence` text,
	`activity_end` text,
	`activity_end_confidence` text,
	`notes_it` text,
	`notes_en` text,
	`sources` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `projects_slug_unique` ON `projects` (`slug`);--> statement-breakpoint
CREATE TABLE `sites` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`organization_id` integer NOT NULL,
	`kind` text NOT NULL,
	`name_it` text NOT NULL,
	`name_en` text NOT NULL,
	`province` text NOT NULL,
	`city` text NOT NULL,
	`address` text,
	`lat` real,
	`lng` real,
	`coordinate_precision` text,
	`description_it` text DEFAULT '' NOT NULL,
	`description_en` text DEFAULT '' NOT NULL,
	`sources` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sites_slug_unique` ON `sites` (`slug`);--> statement-breakpoint
CREATE INDEX `sites_organization` ON `sites` (`organization_id`);
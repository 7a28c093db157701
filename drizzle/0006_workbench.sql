CREATE TABLE `action_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`decision_id` integer,
	`title_it` text NOT NULL,
	`title_en` text DEFAULT '' NOT NULL,
	`owner_organization_id` integer NOT NULL,
	`due_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	`closed_at` text,
	`closed_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`owner_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `action_items_owner` ON `action_items` (`owner_organization_id`,`status`);--> statement-breakpoint
CREATE INDEX `action_items_event` ON `action_items` (`event_id`);--> statement-breakpoint
CREATE INDEX `action_items_due` ON `action_items` (`status`,`due_date`);--> statement-breakpoint
CREATE TABLE `attendance_people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`name` text NOT NULL,
	`role` text,
	`email` text,
	`legal_basis` text NOT NULL,
	`erase_after` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attendance_people_event` ON `attendance_people` (`event_id`,`organization_id`);--> statement-breakpoint
CREATE INDEX `attendance_people_erase` ON `attendance_people` (`erase_after`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`text_it` text NOT NULL,
	`text_en` text DEFAULT '' NOT NULL,
	`decided_on` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `decisions_event` ON `decisions` (`event_id`);--> statement-breakpoint
CREATE TABLE `event_minutes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`text_it` text DEFAULT '' NOT NULL,
	`text_en` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`approved_by` integer,
	`approved_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`approved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `event_minutes_event_id_unique` ON `event_minutes` (`event_id`);--> statement-breakpoint
CREATE TABLE `organization_email_domains` (
	`domain` text PRIMARY KEY NOT NULL,
	`organization_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `organization_email_domains_organization` ON `organization_email_domains` (`organization_id`);--> statement-breakpoint
ALTER TABLE `attendance_imports` ADD `content` blob;--> statement-breakpoint
ALTER TABLE `attendance_imports` ADD `byte_size` integer;--> statement-breakpoint
ALTER TABLE `attendance_imports` ADD `media_type` text;--> statement-breakpoint
ALTER TABLE `deliverables` ADD `evidence_url` text;--> statement-breakpoint
ALTER TABLE `events` ADD `online_url` text;--> statement-breakpoint
ALTER TABLE `events` ADD `total_organizations` integer;--> statement-breakpoint
ALTER TABLE `organizations` ADD `cadastral_code` text;--> statement-breakpoint
-- Counts of bodies were stored as participants: move them to their own figure (the seed's three tables).
UPDATE `events` SET `total_organizations` = `total_participants`, `total_participants` = NULL,
  `participants_note` = substr(`participants_note`, length('enti, non persone: ') + 1)
  WHERE `participants_note` LIKE 'enti, non persone: %';

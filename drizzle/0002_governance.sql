CREATE TABLE `activity_participants` (
	`activity_line_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`role` text NOT NULL,
	`sources` text DEFAULT '[]' NOT NULL,
	PRIMARY KEY(`activity_line_id`, `organization_id`),
	FOREIGN KEY (`activity_line_id`) REFERENCES `activity_lines`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `attendance` (
	`event_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`status` text,
	`people_count` integer,
	`delegate_name` text,
	`notes` text,
	`confirmed_at` text,
	`recorded_by` integer,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	PRIMARY KEY(`event_id`, `organization_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attendance_organization` ON `attendance` (`organization_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `attendance_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`file_hash` text NOT NULL,
	`file_name` text,
	`rows` integer NOT NULL,
	`imported_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`imported_by` integer,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`imported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attendance_imports_event_hash` ON `attendance_imports` (`event_id`,`file_hash`);--> statement-breakpoint
CREATE TABLE `body_members` (
	`body_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`since` text,
	`until` text,
	PRIMARY KEY(`body_id`, `organization_id`),
	FOREIGN KEY (`body_id`) REFERENCES `governance_bodies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `body_members_organization` ON `body_members` (`organization_id`);--> statement-breakpoint
CREATE TABLE `deliverables` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_line_id` integer,
	`organization_id` integer NOT NULL,
	`title_it` text NOT NULL,
	`title_en` text DEFAULT '' NOT NULL,
	`due_date` text NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`delivered_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`activity_line_id`) REFERENCES `activity_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deliverables_organization` ON `deliverables` (`organization_id`);--> statement-breakpoint
CREATE INDEX `deliverables_due` ON `deliverables` (`due_date`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`type` text NOT NULL,
	`title_it` text NOT NULL,
	`title_en` text DEFAULT '' NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text,
	`date_confidence` text DEFAULT 'confirmed' NOT NULL,
	`date_note` text,
	`mode` text,
	`place` text,
	`organizer_organization_id` integer,
	`organizer_note` text,
	`body_id` integer,
	`agenda_it` text DEFAULT '' NOT NULL,
	`agenda_en` text DEFAULT '' NOT NULL,
	`outcome_it` text DEFAULT '' NOT NULL,
	`outcome_en` text DEFAULT '' NOT NULL,
	`total_participants` integer,
	`participants_note` text,
	`status` text NOT NULL,
	`is_public` integer DEFAULT true NOT NULL,
	`sources` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organizer_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`body_id`) REFERENCES `governance_bodies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_slug_unique` ON `events` (`slug`);--> statement-breakpoint
CREATE INDEX `events_starts_at` ON `events` (`starts_at`);--> statement-breakpoint
CREATE INDEX `events_body` ON `events` (`body_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `governance_bodies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`name_it` text NOT NULL,
	`name_en` text NOT NULL,
	`description_it` text DEFAULT '' NOT NULL,
	`description_en` text DEFAULT '' NOT NULL,
	`coordinator_organization_id` integer,
	`quorum_share` real,
	`sources` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`coordinator_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `governance_bodies_slug_unique` ON `governance_bodies` (`slug`);
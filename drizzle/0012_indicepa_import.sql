CREATE TABLE `indicepa_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_hash` text NOT NULL,
	`file_name` text NOT NULL,
	`file_date` text NOT NULL,
	`rows` integer NOT NULL,
	`organizations` integer NOT NULL,
	`imported_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`imported_by` integer,
	FOREIGN KEY (`imported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `contact_points` ADD `verified_on` text;
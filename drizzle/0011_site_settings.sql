CREATE TABLE `site_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`accessibility_email` text,
	`accessibility_statement_url` text,
	`privacy_controller` text,
	`privacy_dpo` text,
	`privacy_email` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
-- The one row, empty: the lead partner fills it in through the app.
INSERT INTO `site_settings` (`id`) VALUES (1);

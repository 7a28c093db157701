-- Full-text search over service points, so that a search finds the partner of a help desk or team by
-- the service's name, town or description ("sportello", "Licata"). Same settings and triggers as
-- organizations_search (0009); drizzle's schema cannot describe virtual tables.
CREATE VIRTUAL TABLE `sites_search` USING fts5(
	name_it, name_en, city, description_it, description_en,
	content='sites', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2', prefix='2 3 4'
);
--> statement-breakpoint
INSERT INTO `sites_search` (rowid, name_it, name_en, city, description_it, description_en)
	SELECT id, name_it, name_en, city, description_it, description_en FROM `sites`;
--> statement-breakpoint
CREATE TRIGGER `sites_search_insert` AFTER INSERT ON `sites` BEGIN
	INSERT INTO `sites_search` (rowid, name_it, name_en, city, description_it, description_en)
	VALUES (new.id, new.name_it, new.name_en, new.city, new.description_it, new.description_en);
END;
--> statement-breakpoint
CREATE TRIGGER `sites_search_delete` AFTER DELETE ON `sites` BEGIN
	INSERT INTO `sites_search` (`sites_search`, rowid, name_it, name_en, city, description_it, description_en)
	VALUES ('delete', old.id, old.name_it, old.name_en, old.city, old.description_it, old.description_en);
END;
--> statement-breakpoint
CREATE TRIGGER `sites_search_update` AFTER UPDATE OF name_it, name_en, city, description_it, description_en ON `sites` BEGIN
	INSERT INTO `sites_search` (`sites_search`, rowid, name_it, name_en, city, description_it, description_en)
	VALUES ('delete', old.id, old.name_it, old.name_en, old.city, old.description_it, old.description_en);
	INSERT INTO `sites_search` (rowid, name_it, name_en, city, description_it, description_en)
	VALUES (new.id, new.name_it, new.name_en, new.city, new.description_it, new.description_en);
END;

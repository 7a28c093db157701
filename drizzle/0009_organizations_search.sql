-- Full-text search over organisations (partners.page): names, town and descriptions, accents folded
-- ("Canicattì" = "canicatti"), prefixes indexed for search as you type. An external-content FTS5
-- table kept in step by triggers: drizzle's schema cannot describe virtual tables.
CREATE VIRTUAL TABLE `organizations_search` USING fts5(
	name, short_name, city, description_it, description_en,
	content='organizations', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2', prefix='2 3 4'
);
--> statement-breakpoint
INSERT INTO `organizations_search` (rowid, name, short_name, city, description_it, description_en)
	SELECT id, name, short_name, city, description_it, description_en FROM `organizations`;
--> statement-breakpoint
CREATE TRIGGER `organizations_search_insert` AFTER INSERT ON `organizations` BEGIN
	INSERT INTO `organizations_search` (rowid, name, short_name, city, description_it, description_en)
	VALUES (new.id, new.name, new.short_name, new.city, new.description_it, new.description_en);
END;
--> statement-breakpoint
CREATE TRIGGER `organizations_search_delete` AFTER DELETE ON `organizations` BEGIN
	INSERT INTO `organizations_search` (`organizations_search`, rowid, name, short_name, city, description_it, description_en)
	VALUES ('delete', old.id, old.name, old.short_name, old.city, old.description_it, old.description_en);
END;
--> statement-breakpoint
CREATE TRIGGER `organizations_search_update` AFTER UPDATE OF name, short_name, city, description_it, description_en ON `organizations` BEGIN
	INSERT INTO `organizations_search` (`organizations_search`, rowid, name, short_name, city, description_it, description_en)
	VALUES ('delete', old.id, old.name, old.short_name, old.city, old.description_it, old.description_en);
	INSERT INTO `organizations_search` (rowid, name, short_name, city, description_it, description_en)
	VALUES (new.id, new.name, new.short_name, new.city, new.description_it, new.description_en);
END;

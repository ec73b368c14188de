import GRDB

extension ClaimDatabase {
    /// The schema's history. Never edit a shipped migration: add a new one, so that
    /// databases created by earlier versions are migrated in place.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, claims, quantities, flags, reviews") { db in
            try db.create(table: "article") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("source", .text).notNull()
                t.column("title", .text)
                t.column("contentHash", .text).notNull().unique()
                t.column("text", .text).notNull()
                t.column("addedAt", .datetime).notNull()
            }
            try db.create(table: "claim") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("article", onDelete: .cascade).notNull()
                t.column("position", .integer).notNull()
                t.column("paragraph", .integer).notNull()
                t.column("sentenceIndex", .integer).notNull()
                t.column("sentence", .text).notNull()
                t.column("spanStart", .integer).notNull()
                t.column("spanEnd", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("speaker", .text)
                t.column("outlet", .text)
                t.column("hedge", .text)
                t.column("worthiness", .integer).notNull()
            }
            try db.create(table: "quantity") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("claim", onDelete: .cascade).notNull()
                t.column("position", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("spanStart", .integer).notNull()
                t.column("spanEnd", .integer).notNull()
                t.column("low", .double).notNull()
                t.column("high", .double).notNull()
                t.column("unit", .text)
                t.column("normalizedUnit", .text)
                t.column("change", .text).notNull()
                t.column("concept", .text).notNull()
                t.column("kind", .text).notNull()
            }
            try db.create(table: "flag") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("claim", onDelete: .cascade).notNull()
                t.column("kind", .text).notNull().indexed()
                t.column("text", .text).notNull()
                t.column("message", .text).notNull()
                t.column("details", .text)
            }
            try db.create(table: "review") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("claim", onDelete: .cascade).notNull()
                t.column("status", .text).notNull()
                t.column("reviewer", .text)
                t.column("note", .text)
                t.column("evidenceURL", .text)
                t.column("evidenceQuote", .text)
                t.column("createdAt", .datetime).notNull()
            }
            // Reviews are a history: refuse updates and deletes at the database level too.
            try db.execute(sql: """
                CREATE TRIGGER review_no_update BEFORE UPDATE ON review
                BEGIN SELECT RAISE(ABORT, 'reviews are history and cannot be changed'); END;
                CREATE TRIGGER review_no_delete BEFORE DELETE ON review
                WHEN (SELECT COUNT(*) FROM claim WHERE id = OLD.claimId) > 0
                BEGIN SELECT RAISE(ABORT, 'reviews are history and cannot be deleted'); END;
                """)
        }
        migrator.registerMigration(v2) { db in
            try createSearchIndex(db)
            // Repeats (ClaimDatabase+Repeats.swift) look figures up by value, then compare unit
            // and concept within the index; figures without a concept by their sentence.
            try db.execute(sql: """
                CREATE INDEX quantity_on_value ON quantity(low, high, normalizedUnit, concept);
                CREATE INDEX claim_on_sentence ON claim(sentence COLLATE NOCASE);
                """)
        }
        return migrator
    }

    /// The registered migrations' identifiers, so that tests can build a database the way an
    /// older version left it (`migrator.migrate(writer, upTo: v1)`).
    static let v1 = "v1: articles, claims, quantities, flags, reviews"
    static let v2 = "v2: full-text search over claims, figure index for repeats"

    /// v2's search index: one FTS5 row per claim, whose rowid is the claim's id, holding the
    /// sentence, the attribution and the claim's figures ("1.2 million containers container",
    /// i.e. each figure's text, normalized unit and concept words).
    ///
    /// The index stores its own copy of the text (a few hundred bytes a claim) instead of
    /// being an external-content table, because its `figures` column is gathered from another
    /// table: triggers keep it in step with `claim` and `quantity`, so every way a row is
    /// written (`add`, a cascade from a deleted article, raw SQL) updates the index, and the
    /// rows that exist when a v1 database is migrated are indexed here.
    private static func createSearchIndex(_ db: Database) throws {
        try db.create(virtualTable: "claim_fts", using: FTS5()) { t in
            // unicode61 with remove_diacritics 2: "cafe" finds "Café", "zofia" finds "Žofia".
            t.tokenizer = .unicode61(diacritics: .remove)
            // Prefix indexes make "harb*" as fast as a whole word.
            t.prefixes = [2, 3]
            t.column("sentence")
            t.column("speaker")
            t.column("outlet")
            t.column("figures")
        }
        // A claim's figures as indexed text, in reading order.
        let figures = { (claimId: String) in
            """
            (SELECT COALESCE(group_concat(words, ' '), '') FROM (
                SELECT text || COALESCE(' ' || normalizedUnit, '') || CASE concept WHEN '' THEN '' ELSE ' ' || concept END AS words
                FROM quantity WHERE claimId = \(claimId) ORDER BY position))
            """
        }
        try db.execute(sql: """
            CREATE TRIGGER claim_fts_after_insert AFTER INSERT ON claim BEGIN
                INSERT INTO claim_fts(rowid, sentence, speaker, outlet, figures)
                VALUES (NEW.id, NEW.sentence, NEW.speaker, NEW.outlet, \(figures("NEW.id")));
            END;
            CREATE TRIGGER claim_fts_after_update AFTER UPDATE ON claim BEGIN
                DELETE FROM claim_fts WHERE rowid = OLD.id;
                INSERT INTO claim_fts(rowid, sentence, speaker, outlet, figures)
                VALUES (NEW.id, NEW.sentence, NEW.speaker, NEW.outlet, \(figures("NEW.id")));
            END;
            CREATE TRIGGER claim_fts_after_delete AFTER DELETE ON claim BEGIN
                DELETE FROM claim_fts WHERE rowid = OLD.id;
            END;
            CREATE TRIGGER quantity_fts_after_insert AFTER INSERT ON quantity BEGIN
                UPDATE claim_fts SET figures = \(figures("NEW.claimId")) WHERE rowid = NEW.claimId;
            END;
            CREATE TRIGGER quantity_fts_after_update AFTER UPDATE ON quantity BEGIN
                UPDATE claim_fts SET figures = \(figures("OLD.claimId")) WHERE rowid = OLD.claimId;
                UPDATE claim_fts SET figures = \(figures("NEW.claimId")) WHERE rowid = NEW.claimId;
            END;
            CREATE TRIGGER quantity_fts_after_delete AFTER DELETE ON quantity BEGIN
                UPDATE claim_fts SET figures = \(figures("OLD.claimId")) WHERE rowid = OLD.claimId;
            END;
            INSERT INTO claim_fts(rowid, sentence, speaker, outlet, figures)
            SELECT id, sentence, speaker, outlet, \(figures("claim.id")) FROM claim;
            """)
    }
}

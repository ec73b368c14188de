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
        return migrator
    }
}

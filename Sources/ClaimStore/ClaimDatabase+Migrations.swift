import ClaimModel
import ClaimAnalysis
import GRDB

extension ClaimDatabase {
    /// The schema's history, in order. Never edit a shipped migration: add a new one, so that
    /// databases created by earlier versions are migrated in place.
    ///
    /// From v3 on, every migration sets `PRAGMA user_version` to its number, so that an older
    /// ClaimDesk can tell a newer schema from its own even before reading `grdb_migrations`.
    /// A new review status, flag kind, claim kind or figure kind is a schema change too: an
    /// older version would read the new value as damage (or, for a status, as in-progress).
    static let migrations: [(identifier: String, migrate: @Sendable (Database) throws -> Void)] = [
        (v1, migrateV1),
        (v2, migrateV2),
        (v3, migrateV3),
        (v4, migrateV4),
        (v5, migrateV5),
    ]

    /// The schema this version writes: the number of its migrations.
    public static var schemaVersion: Int { migrations.count }

    /// The migrations as GRDB's migrator, for tests that build a database the way an older
    /// version left it (`migrator.migrate(queue, upTo: v1)`) and to read what was applied.
    /// Opening a database does not run it: `migrate(_:)` applies the same migrations under one
    /// write lock, which GRDB's migrator does not hold between reading what is applied and
    /// applying the rest.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (identifier, migrate) in migrations {
            migrator.registerMigration(identifier, migrate: migrate)
        }
        return migrator
    }

    /// The registered migrations' identifiers, so that tests can build a database the way an
    /// older version left it (`migrator.migrate(writer, upTo: v1)`).
    static let v1 = "v1: articles, claims, quantities, flags, reviews"
    static let v2 = "v2: full-text search over claims, figure index for repeats"
    static let v3 = "v3: search rows written once per claim, repeats looked up by concept key, application id"
    static let v4 = "v4: article text is the text claim spans index"
    static let v5 = "v5: audit record of deleted articles' reviews"

    private static func migrateV1(_ db: Database) throws {
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

    private static func migrateV2(_ db: Database) throws {
        try createSearchIndex(db)
        // Repeats (ClaimDatabase+Repeats.swift) look figures up by value, then compare unit
        // and concept within the index; figures without a concept by their sentence.
        try db.execute(sql: """
            CREATE INDEX quantity_on_value ON quantity(low, high, normalizedUnit, concept);
            CREATE INDEX claim_on_sentence ON claim(sentence COLLATE NOCASE);
            """)
    }

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

    /// v3: storing a claim costs the same for each of its figures, a repeat look-up touches
    /// only earlier articles, and the file says it is ClaimDesk's.
    ///
    /// - v2's triggers rebuilt a claim's whole figure text on every figure inserted, quadratic
    ///   in the figures of one claim (10,000 figures in one sentence took a minute). Now `add`
    ///   writes each claim's search row once, after its figures (`searchRowSQL`). The delete
    ///   triggers stay, so a cascade from a deleted article still cleans the index; a figure
    ///   edited or deleted on its own (not by a cascade) still rebuilds its claim's figure text.
    /// - `quantity.conceptKey` is the concept as repeats compare it (`RepeatKey.concept`), and
    ///   `quantity_on_concept` finds a figure's earlier occurrences by concept, unit and value
    ///   in claim order, so a look-up stops at the earliest ones instead of reading every
    ///   figure with the same value (see `ClaimDatabase.repeats(of:)`). It replaces
    ///   `quantity_on_value`.
    /// - `PRAGMA application_id` marks the file as ClaimDesk's, and `user_version` is 3.
    private static func migrateV3(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER claim_fts_after_insert;
            DROP TRIGGER quantity_fts_after_insert;
            DROP TRIGGER quantity_fts_after_update;
            DROP TRIGGER quantity_fts_after_delete;
            DROP INDEX quantity_on_value;
            ALTER TABLE quantity ADD COLUMN conceptKey TEXT NOT NULL DEFAULT '';
            """)
        // Swift computes the key (SQL's lower() folds ASCII only). A concept that is not text is
        // damage, reported when its claim is read; it gets no key.
        let update = try db.makeStatement(sql: "UPDATE quantity SET conceptKey = ? WHERE id = ?")
        let rows = try Row.fetchCursor(db, sql: "SELECT id, concept FROM quantity WHERE concept <> ''")
        var keys: [(Int64, String)] = []
        while let row = try rows.next() {
            guard let id = Int64.fromDatabaseValue(row["id"]), let concept = String.fromDatabaseValue(row["concept"]) else { continue }
            keys.append((id, RepeatKey.concept(concept)))
        }
        for (id, key) in keys {
            try update.execute(arguments: [key, id])
        }
        let figures = { (claimId: String) in
            """
            (SELECT COALESCE(group_concat(words, ' '), '') FROM (
                SELECT text || COALESCE(' ' || normalizedUnit, '') || CASE concept WHEN '' THEN '' ELSE ' ' || concept END AS words
                FROM quantity WHERE claimId = \(claimId) ORDER BY position))
            """
        }
        try db.execute(sql: """
            CREATE INDEX quantity_on_concept ON quantity(conceptKey, normalizedUnit, low, claimId) WHERE conceptKey <> '';
            CREATE TRIGGER quantity_fts_after_update AFTER UPDATE OF claimId, position, text, normalizedUnit, concept ON quantity BEGIN
                UPDATE claim_fts SET figures = \(figures("OLD.claimId")) WHERE rowid = OLD.claimId;
                UPDATE claim_fts SET figures = \(figures("NEW.claimId")) WHERE rowid = NEW.claimId AND NEW.claimId IS NOT OLD.claimId;
            END;
            CREATE TRIGGER quantity_fts_after_delete AFTER DELETE ON quantity
            WHEN EXISTS (SELECT 1 FROM claim WHERE id = OLD.claimId) BEGIN
                UPDATE claim_fts SET figures = \(figures("OLD.claimId")) WHERE rowid = OLD.claimId;
            END;
            PRAGMA application_id = \(applicationID);
            PRAGMA user_version = 3;
            """)
    }

    /// v4: `article.text` holds the text the claim spans index, the article with its page
    /// furniture dropped and paragraphs joined by blank lines (`Document.text`).
    ///
    /// Earlier versions stored the text as read, furniture and all, while `claim.spanStart`
    /// and `spanEnd` were offsets into the cleaned text: a span sliced from the stored text
    /// landed on the wrong bytes. The stored text is cleaned here the way the claims' own
    /// analysis cleaned it, so old spans index it too. `contentHash` stays the hash of the
    /// text as read, so the same file added again is still found.
    private static func migrateV4(_ db: Database) throws {
        let update = try db.makeStatement(sql: "UPDATE article SET text = ? WHERE id = ?")
        let rows = try Row.fetchCursor(db, sql: "SELECT id, text FROM article")
        var cleaned: [(Int64, String)] = []
        while let row = try rows.next() {
            // A text that is not text is damage, reported when the article is read.
            guard let id = Int64.fromDatabaseValue(row["id"]), let text = String.fromDatabaseValue(row["text"]) else { continue }
            let document = Document(parsing: text).text
            if document != text { cleaned.append((id, document)) }
        }
        for (id, text) in cleaned {
            try update.execute(arguments: [text, id])
        }
        try db.execute(sql: "PRAGMA user_version = 4")
    }

    /// v5: `deletedReview`, the audit record. Deleting an article deletes its claims, whose
    /// reviews are the desk's history; a forced deletion copies each review here first, with
    /// the article and claim it was about, so who decided what survives the deletion. The
    /// rows are only ever inserted.
    private static func migrateV5(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE deletedReview (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                articleId INTEGER NOT NULL,
                articleSource TEXT NOT NULL,
                articleTitle TEXT,
                articleContentHash TEXT NOT NULL,
                claimPosition INTEGER NOT NULL,
                claimSentence TEXT NOT NULL,
                status TEXT NOT NULL,
                reviewer TEXT,
                note TEXT,
                evidenceURL TEXT,
                evidenceQuote TEXT,
                reviewedAt DATETIME NOT NULL,
                deletedAt DATETIME NOT NULL
            );
            CREATE TRIGGER deletedReview_no_update BEFORE UPDATE ON deletedReview
            BEGIN SELECT RAISE(ABORT, 'the audit record cannot be changed'); END;
            CREATE TRIGGER deletedReview_no_delete BEFORE DELETE ON deletedReview
            BEGIN SELECT RAISE(ABORT, 'the audit record cannot be deleted'); END;
            PRAGMA user_version = 5;
            """)
    }

    /// A claim's figures as the search index holds them: each figure's text, normalized unit
    /// and concept, in reading order, joined by spaces. The same text v2's SQL gathers
    /// (`createSearchIndex`), which the update trigger still uses; `add` builds it here, one
    /// figure at a time as it stores them, instead of querying the rows it has just written.
    struct SearchFigures {
        private(set) var text = ""

        /// Adds the next figure in reading order.
        mutating func append(_ q: QuantityRecord) {
            if !text.isEmpty { text += " " }
            text += q.text
            if let unit = q.normalizedUnit {
                text += " "
                text += unit
            }
            if !q.concept.isEmpty {
                text += " "
                text += q.concept
            }
        }
    }

    /// Writes a claim's search row (rowid, sentence, speaker, outlet, figures), once, after
    /// its figures are stored.
    static let searchRowSQL = "INSERT INTO claim_fts(rowid, sentence, speaker, outlet, figures) VALUES (?, ?, ?, ?, ?)"

    // MARK: - Applying migrations

    /// Brings the database to the current schema, or refuses it, under one write lock.
    ///
    /// GRDB's migrator reads which migrations are applied before it takes the lock, so two
    /// processes opening a new file at once both ran v1 and one failed ("table article already
    /// exists"). Here the state is read again inside `BEGIN IMMEDIATE`, every pending migration
    /// runs in that one transaction (a database is upgraded whole or not at all), and the
    /// identifiers go into `grdb_migrations` as GRDB writes them, so earlier versions and
    /// GRDB's migrator agree about what is applied. Returns the schema the file had when
    /// this call upgraded it (0 for a new file), nil when there was nothing to do.
    ///
    /// Foreign keys stay on, as the connection has them: the migrations so far create tables,
    /// add a column and make or drop indexes and triggers, none of which they stop. A future
    /// migration that rebuilds a table must turn them off around the transaction (PRAGMA
    /// foreign_keys has no effect inside one), as GRDB's migrator does.
    static func migrate(_ db: Database, path: String?) throws -> Int? {
        // Without the lock first: the common case, a current file, costs one read and no lock.
        let before = try SchemaState.read(db)
        if case .claimDesk(let schema) = try before.verdict(path: path), schema == schemaVersion,
            before.applicationID == applicationID
        {
            return nil
        }
        var upgradedFrom: Int?
        try db.inTransaction(.immediate) {
            let state = try SchemaState.read(db)
            let applied: Set<String>
            switch try state.verdict(path: path) {
            case .empty:
                applied = []
                upgradedFrom = 0
            case .claimDesk(let schema):
                applied = state.appliedIdentifiers ?? []
                if schema < schemaVersion { upgradedFrom = schema }
            }
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            for (identifier, migrate) in migrations where !applied.contains(identifier) {
                try migrate(db)
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [identifier])
            }
            // A file from an earlier version, or one whose mark was lost, is marked when written.
            if try Int32.fetchOne(db, sql: "PRAGMA application_id") != applicationID {
                try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            }
            return .commit
        }
        return upgradedFrom
    }
}

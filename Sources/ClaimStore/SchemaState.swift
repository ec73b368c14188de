import Foundation
import GRDB

/// What a database holds, as far as telling whose it is and which schema it has.
struct SchemaState: Equatable {
    /// `PRAGMA application_id`: `ClaimDatabase.applicationID` once ClaimDesk (v3 on) wrote it.
    var applicationID: Int32
    /// `PRAGMA user_version`: the schema number, set by migrations from v3 on.
    var userVersion: Int
    /// Whether the schema holds anything at all (tables, indexes, triggers, views).
    var hasObjects: Bool
    /// The rows of `grdb_migrations`, or nil without that table.
    var appliedIdentifiers: Set<String>?

    /// The state in one snapshot: read piecemeal, another process creating the schema
    /// between two statements would make a half-made file look like someone else's.
    static func read(_ db: Database) throws -> SchemaState {
        guard db.isInsideTransaction else {
            var state: SchemaState?
            try db.inTransaction(.deferred) {
                state = try readInTransaction(db)
                return .commit
            }
            return state!
        }
        return try readInTransaction(db)
    }

    private static func readInTransaction(_ db: Database) throws -> SchemaState {
        let identifiers: Set<String>?
        // sqlite_master itself, not GRDB's cached schema, which another process may just have
        // changed.
        if try Bool.fetchOne(db, sql: "SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'grdb_migrations'") == true {
            identifiers = Set(try DatabaseValue.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations").compactMap(String.fromDatabaseValue))
        } else {
            identifiers = nil
        }
        return SchemaState(
            applicationID: try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
            userVersion: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
            hasObjects: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'") ?? 0 > 0,
            appliedIdentifiers: identifiers)
    }

    /// What ClaimDesk may do with the file.
    enum Verdict: Equatable {
        /// Nothing in it yet (a new file, or one another `claimdesk` is creating this moment):
        /// it becomes a workspace when written.
        case empty
        /// A ClaimDesk database at `schema` (the number of migrations applied), at most the
        /// current one.
        case claimDesk(schema: Int)
    }

    /// Whether the file is ClaimDesk's and of a schema this version can use; throws
    /// `StoreError.notClaimDesk` or `StoreError.newerSchema` otherwise.
    ///
    /// A file is ClaimDesk's when its application_id is ClaimDesk's, or when it is 0 (files of
    /// ClaimDesk before v3 were not marked) and `grdb_migrations` holds ClaimDesk's first
    /// migration. Its schema is newer when `user_version` is above this version's or when
    /// `grdb_migrations` names migrations this version does not have.
    func verdict(path: String?) throws -> Verdict {
        let path = path ?? ":memory:"
        if applicationID != 0 && applicationID != ClaimDatabase.applicationID {
            throw StoreError.notClaimDesk(
                path: path, reason: "SQLite application_id \(Self.hex(applicationID)): another application's file")
        }
        guard hasObjects else { return .empty }
        let applied = appliedIdentifiers ?? []
        guard applied.contains(ClaimDatabase.v1) else {
            throw StoreError.notClaimDesk(
                path: path,
                reason: applicationID == 0
                    ? "another application's tables, no ClaimDesk schema"
                    : "marked as ClaimDesk's, but without ClaimDesk tables")
        }
        let known = ClaimDatabase.migrations.map(\.identifier)
        let appliedKnown = known.filter(applied.contains).count
        let unknown = applied.subtracting(known).count
        if unknown > 0 || userVersion > ClaimDatabase.schemaVersion {
            throw StoreError.newerSchema(path: path, schema: max(userVersion, appliedKnown + unknown))
        }
        return .claimDesk(schema: appliedKnown)
    }

    static func hex(_ id: Int32) -> String {
        let digits = String(UInt32(bitPattern: id), radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }
}

/// A look at a database file before SQLite opens it for real, so that a file which is not
/// ClaimDesk's is refused without anything written to it or beside it.
///
/// Opening a WAL-mode file, even read-only, makes SQLite create `-wal` and `-shm` files next
/// to it. So the header is read as plain bytes first (magic and application_id), and a
/// file that might still be someone else's (application_id 0) is looked into with SQLite's
/// `immutable` mode, which reads the file as it is and creates nothing, unless a `-wal` file
/// shows that a connection has it open (its last commits may be in the WAL; a read-only
/// open then creates nothing new either).
enum DatabaseFile {
    enum Inspection: Equatable {
        case missing
        /// Zero bytes: what SQLite leaves when it creates a file, before the first write.
        case emptyFile
        case sqlite(SchemaState.Verdict)
    }

    static let magic = Array("SQLite format 3\0".utf8)

    static func inspect(_ path: String) throws -> Inspection {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
        if isDirectory.boolValue { throw StoreError.cannotOpen(path: path, reason: "it is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.cannotOpen(path: path, reason: "it cannot be read (permission denied?)")
        }
        let header = Array((try? handle.read(upToCount: 100)) ?? Data())
        try? handle.close()
        if header.isEmpty { return .emptyFile }
        guard header.count == 100, Array(header[0..<16]) == magic else {
            throw StoreError.notClaimDesk(path: path, reason: "not an SQLite file")
        }
        let applicationID = Int32(bitPattern: header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        if applicationID != 0 && applicationID != ClaimDatabase.applicationID {
            // Refused on the header alone: SQLite never opens another application's file.
            throw StoreError.notClaimDesk(
                path: path, reason: "SQLite application_id \(SchemaState.hex(applicationID)): another application's file")
        }
        return .sqlite(try probe(path))
    }

    /// The schema state read through a connection that writes nothing.
    private static func probe(_ path: String) throws -> SchemaState.Verdict {
        let manager = FileManager.default
        let inUse = manager.fileExists(atPath: path + "-wal") || manager.fileExists(atPath: path + "-journal")
        var config = Configuration()
        config.readonly = true
        // Another process may be creating or upgrading the file this moment.
        config.busyMode = .timeout(10)
        func read(_ parameter: String) throws -> SchemaState {
            try DatabaseQueue(path: uri(path, parameter: parameter), configuration: config).read(SchemaState.read)
        }
        let state: SchemaState
        do {
            state = try read(inUse ? "mode=ro" : "immutable=1")
        } catch let error as DatabaseError {
            // A journal left by a crashed writer needs a rollback a read-only connection cannot
            // make; the file as it is still says whose it is (a writer opening it rolls back).
            guard inUse, let fallback = try? read("immutable=1") else {
                throw StoreError.cannotOpen(path: path, reason: error.message ?? error.description)
            }
            state = fallback
        }
        return try state.verdict(path: path)
    }

    /// An SQLite URI for `path` (which GRDB passes on as is): absolute, with the characters
    /// a URI gives meaning to escaped.
    static func uri(_ path: String, parameter: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var escaped = ""
        for character in absolute {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3F"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        return "file://" + escaped + "?" + parameter
    }
}

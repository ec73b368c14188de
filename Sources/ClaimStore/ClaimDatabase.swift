import ClaimModel
import Foundation
import GRDB

/// The workspace's store: one SQLite file holding articles, their claims, and the review
/// history. The only type that talks to the database; everything else gets value types.
///
/// Keeping storage behind this facade is what lets a shared server database come later
/// without touching extraction or reports.
///
/// Only ClaimDesk's own files are opened: one marked with ClaimDesk's application_id, or an
/// unmarked one from an earlier ClaimDesk (its `grdb_migrations` holds ClaimDesk's
/// migrations), which is marked when next written. Any other file is refused before SQLite
/// writes anything to it or beside it, and so is a schema newer than this version's.
public final class ClaimDatabase: Sendable {
    /// The file name used when no path is given: a database in the working directory.
    public static let defaultFileName = "claimdesk.sqlite"
    /// SQLite's `PRAGMA application_id` of a ClaimDesk database: "CLMD" in ASCII.
    public static let applicationID: Int32 = 0x434C_4D44

    /// How a file is opened.
    public enum Access: Sendable, Equatable {
        /// Created when missing, upgraded to the current schema, switched to WAL, written.
        case readWrite
        /// An existing file, through SQLite's read-only mode: nothing is written and the
        /// journal mode is left as it is. Writing throws `StoreError.readOnly`. A file made by
        /// an earlier ClaimDesk is upgraded first (the one write a read-only open makes, to
        /// a file that is ClaimDesk's), since this version cannot read an older schema.
        case readOnly
        /// Opened as `readOnly`; the first write opens the file for writing as `readWrite`
        /// does (it is never created). For commands that mostly read and may write, such as
        /// a review session.
        case readOnlyUntilWrite
    }

    /// The connection reads go through (read-only in the read-only modes); tests use it to
    /// look at the tables directly.
    let writer: any DatabaseWriter
    /// Where the file is, for messages; nil in memory.
    let path: String?
    private let writes: WritePath
    /// The schema the file had when this open upgraded it (made by an earlier ClaimDesk); nil
    /// when it was current, or new.
    public let upgradedFrom: Int?

    /// Opens (creating if needed) the database at `path` and migrates it to the current schema.
    public convenience init(path: String) throws {
        try self.init(path: path, access: .readWrite)
    }

    /// Opens the database at `path` for `access`. Throws `StoreError.notClaimDesk` for a file
    /// that is not a ClaimDesk database (left untouched), `StoreError.newerSchema` for one
    /// made by a newer ClaimDesk, `StoreError.emptyDatabase` for an empty file opened
    /// read-only, `StoreError.cannotOpen` when SQLite cannot open it.
    public init(path: String, access: Access) throws {
        let inspection = try DatabaseFile.inspect(path)
        self.path = path
        switch access {
        case .readWrite:
            let (queue, upgradedFrom) = try Self.openForWriting(path)
            writer = queue
            writes = .same
            self.upgradedFrom = upgradedFrom
        case .readOnly, .readOnlyUntilWrite:
            var upgradedFrom: Int?
            switch inspection {
            case .missing:
                throw StoreError.cannotOpen(path: path, reason: "no such file")
            case .emptyFile, .sqlite(.empty):
                throw StoreError.emptyDatabase(path: path)
            case .sqlite(.claimDesk(let schema)):
                if schema < Self.schemaVersion {
                    upgradedFrom = try Self.openForWriting(path).upgradedFrom
                }
            }
            do {
                writer = try Self.openForReading(path)
            } catch NeedsRecovery.rollback {
                // A writer was killed mid-transaction and left its journal: the first read through
                // a read-write connection rolls that back to the last commit (the file is
                // ClaimDesk's, checked above), which a read-only connection cannot do. Nothing
                // else is written; the journal mode stays.
                try Self.rollBackHotJournal(path)
                writer = try Self.openForReading(path)
            }
            writes = access == .readOnly ? .refused : .onDemand(OnDemandWriter(path: path))
            self.upgradedFrom = upgradedFrom
        }
    }

    /// An empty database in memory, for tests and dry runs.
    public static func inMemory() throws -> ClaimDatabase {
        var config = Configuration()
        config.foreignKeysEnabled = true
        return try ClaimDatabase(writer: DatabaseQueue(configuration: config))
    }

    init(writer: any DatabaseWriter) throws {
        self.writer = writer
        path = nil
        writes = .same
        upgradedFrom = try writer.writeWithoutTransaction { try Self.migrate($0, path: nil) }
    }

    /// The connection writes go through, opened on the first write for `readOnlyUntilWrite`.
    func writeConnection() throws -> any DatabaseWriter {
        switch writes {
        case .same: return writer
        case .refused: throw StoreError.readOnly(path: path ?? ":memory:")
        case .onDemand(let opener): return try opener.queue()
        }
    }

    /// Runs `updates` in a write transaction.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        try writeConnection().write(updates)
    }

    // MARK: - Opening

    static let busyTimeout: TimeInterval = 10

    /// A read-write connection to a ClaimDesk file (or a new one), upgraded, in WAL mode.
    private static func openForWriting(_ path: String) throws -> (queue: DatabaseQueue, upgradedFrom: Int?) {
        var config = Configuration()
        // A second process marking a claim waits for the first instead of failing.
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            let upgradedFrom = try queue.writeWithoutTransaction { db in
                // Refuse a file that is not ours, or too new, before changing its journal mode.
                _ = try SchemaState.read(db).verdict(path: path)
                try useWriteAheadLog(db, path: path)
                return try migrate(db, path: path)
            }
            return (queue, upgradedFrom.flatMap { $0 == 0 ? nil : $0 })
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? error.description)
        }
    }

    /// A read-only connection to a current ClaimDesk file, checked again now that it is open.
    private static func openForReading(_ path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            switch try queue.read({ try SchemaState.read($0).verdict(path: path) }) {
            case .empty: throw StoreError.emptyDatabase(path: path)
            case .claimDesk(let schema) where schema < schemaVersion:
                // Replaced by an older file since it was upgraded a moment ago.
                throw StoreError.cannotOpen(path: path, reason: "it changed while it was being opened; try again")
            case .claimDesk: return queue
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_READONLY_ROLLBACK {
            throw NeedsRecovery.rollback
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? error.description)
        }
    }

    /// Rolls back the journal a killed writer left, with one read through a read-write
    /// connection that changes nothing else (no WAL switch, no migration).
    private static func rollBackHotJournal(_ path: String) throws {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        do {
            try DatabaseQueue(path: path, configuration: config).read { db in
                _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master")
            }
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? error.description)
        }
    }

    /// Why a read-only connection could not open a file a read-write one can.
    private enum NeedsRecovery: Error {
        /// A hot journal: a rollback is due before anyone reads.
        case rollback
    }

    /// Write-ahead logging: readers never block the writer, a second writer waits on the busy
    /// timeout, and a process killed mid-write leaves the last commit intact.
    ///
    /// Switching needs the file to itself for a moment, and another process opening the same
    /// new database can be holding it: a switch that comes back busy is retried until the busy
    /// timeout instead of failing the open.
    private static func useWriteAheadLog(_ db: Database, path: String) throws {
        let deadline = Date().addingTimeInterval(busyTimeout)
        while true {
            do {
                let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                guard mode?.lowercased() == "wal" else {
                    throw StoreError.cannotOpen(path: path, reason: "SQLite would not switch it to WAL mode (it stayed '\(mode ?? "?")')")
                }
                return
            } catch let error as DatabaseError
                where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) && Date() < deadline
            {
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
    }
}

/// How writes reach the file.
private enum WritePath: Sendable {
    /// Through the one connection (read-write and in-memory databases).
    case same
    /// Not at all: opened read-only.
    case refused
    /// Through a read-write connection opened at the first write.
    case onDemand(OnDemandWriter)
}

/// The read-write connection of a database opened `readOnlyUntilWrite`, made once, when the
/// first write needs it.
private final class OnDemandWriter: @unchecked Sendable {
    private let path: String
    private let lock = NSLock()
    // Guarded by `lock`.
    private var opened: ClaimDatabase?

    init(path: String) { self.path = path }

    func queue() throws -> any DatabaseWriter {
        lock.lock()
        defer { lock.unlock() }
        if let opened { return opened.writer }
        // The file was there when it was opened for reading; never create an empty one now.
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.cannotOpen(path: path, reason: "no such file") }
        // Opened as any writer opens it: checked again, in case the file was replaced meanwhile.
        let database = try ClaimDatabase(path: path, access: .readWrite)
        opened = database
        return database.writer
    }
}

/// Failures a user can act on, each with a message that names the problem.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case unknownClaim(Int64)
    case unknownArticle(String)
    /// The file is not a ClaimDesk database; it was left as it was.
    case notClaimDesk(path: String, reason: String)
    /// The file was made by a newer ClaimDesk, whose schema this version cannot read.
    case newerSchema(path: String, schema: Int)
    /// An empty file, or an SQLite file with nothing in it, opened for reading.
    case emptyDatabase(path: String)
    /// A stored row that does not decode: `owner` names its claim or article ("claim 12"),
    /// `detail` the column and what it holds.
    case damaged(String, String)
    /// A write through a database opened read-only.
    case readOnly(path: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open database '\(path)': \(reason)"
        case .unknownClaim(let id): "no claim with id \(id) in this database (list them with 'claimdesk claims')"
        case .unknownArticle(let ref): "no article '\(ref)' in this database (give an article id or the path it was added from)"
        case .notClaimDesk(let path, let reason):
            "cannot open database '\(path)': it is not a ClaimDesk database (\(reason)); it was left as it is"
        case .newerSchema(let path, let schema):
            "cannot open database '\(path)': it was made by a newer ClaimDesk (schema \(schema); this one knows up to schema \(ClaimDatabase.schemaVersion)); upgrade ClaimDesk"
        case .emptyDatabase(let path): "'\(path)' holds no claims yet: add an article first with 'claimdesk check FILE'"
        case .damaged(let owner, let detail): "\(owner) is damaged in the database: \(detail)"
        case .readOnly(let path): "the database '\(path)' was opened read-only, and this needs to write to it"
        }
    }
}

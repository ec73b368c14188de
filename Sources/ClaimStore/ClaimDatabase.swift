import Foundation
import GRDB

/// The workspace's store: one SQLite file holding articles, their claims, and the review
/// history. The only type that talks to the database; everything else gets value types.
///
/// Keeping storage behind this facade is what lets a shared server database come later
/// without touching extraction or reports.
public final class ClaimDatabase: Sendable {
    /// The file name used when no path is given: a database in the working directory.
    public static let defaultFileName = "claimdesk.sqlite"
    /// SQLite's `PRAGMA application_id` of a ClaimDesk database: "CLMD" in ASCII.
    public static let applicationID: Int32 = 0x434C_4D44

    let writer: any DatabaseWriter

    /// Opens (creating if needed) the database at `path` and migrates it to the current schema.
    public convenience init(path: String) throws {
        var config = Configuration()
        // A second process marking a claim waits for the first instead of failing.
        config.busyMode = .timeout(10)
        config.foreignKeysEnabled = true
        // Write-ahead logging: readers never block the writer, a second writer waits on the
        // busy timeout, and a process killed mid-write leaves the last commit intact.
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            try self.init(writer: queue)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? error.description)
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
        try Self.migrator.migrate(writer)
    }
}

/// Failures a user can act on, each with a message that names the problem.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case unknownClaim(Int64)
    case unknownArticle(String)
    /// A stored row that does not decode: `owner` names its claim or article ("claim 12"),
    /// `detail` the column and what it holds.
    case damaged(String, String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open database '\(path)': \(reason)"
        case .unknownClaim(let id): "no claim with id \(id) in this database (list them with 'claimdesk claims')"
        case .unknownArticle(let ref): "no article '\(ref)' in this database (give an article id or the path it was added from)"
        case .damaged(let owner, let detail): "\(owner) is damaged in the database: \(detail)"
        }
    }
}

import ArgumentParser
import ClaimModel
import ClaimStore
import Foundation

/// Options every command shares: where the database is.
struct WorkspaceOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database file.",
            discussion: "Defaults to $CLAIMDESK_DB, or ./\(ClaimDatabase.defaultFileName) in the working directory.",
            valueName: "path"))
    var db: String?

    /// The path in force: the option, then the environment, then the default.
    var databasePath: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["CLAIMDESK_DB"], !env.isEmpty { return env }
        return ClaimDatabase.defaultFileName
    }

    /// Read-write, created when missing: for commands that add articles (check, add).
    func open() throws -> ClaimDatabase {
        try announced(ClaimDatabase(path: databasePath, access: .readWrite))
    }

    /// An existing database, opened read-only; the first write (a review session's first
    /// answer) opens it for writing. A command that only reads through it never writes to
    /// the file or changes its journal mode. Commands that read or mark must not create an
    /// empty file because of a typo in --db.
    func openExisting() throws -> ClaimDatabase {
        try requireFile()
        return try announced(ClaimDatabase(path: databasePath, access: .readOnlyUntilWrite))
    }

    /// An existing database, read-only through SQLite's own read-only mode: for commands
    /// that only read (status, claims, show, search, report, export). Nothing is written to
    /// the file and its journal mode stays as it is; a file made by an earlier ClaimDesk is
    /// first upgraded in place, once, with a note on stderr.
    func openReadOnly() throws -> ClaimDatabase {
        try requireFile()
        return try announced(ClaimDatabase(path: databasePath, access: .readOnly))
    }

    /// An existing database, opened for writing: for commands that write to what is there
    /// (mark).
    func openForWriting() throws -> ClaimDatabase {
        try requireFile()
        return try announced(ClaimDatabase(path: databasePath, access: .readWrite))
    }

    private func requireFile() throws {
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw CLIError("no database at '\(databasePath)': add an article first with 'claimdesk check FILE'")
        }
    }

    /// Says on stderr when opening upgraded a file made by an earlier ClaimDesk, since even
    /// a reading command then wrote to it.
    private func announced(_ database: ClaimDatabase) -> ClaimDatabase {
        if let schema = database.upgradedFrom {
            Diagnostics.note(
                "upgraded '\(databasePath)' from schema \(schema) to \(ClaimDatabase.schemaVersion) (it was made by an earlier ClaimDesk); claims and reviews are kept")
        }
        return database
    }
}

/// Lines on stderr that are not errors: the command goes on, and its exit status is unchanged.
enum Diagnostics {
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("claimdesk: note: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("claimdesk: warning: \(message)\n".utf8))
    }
}

/// An error whose description is the whole message shown to the user.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// "Now", overridable with SOURCE_DATE_EPOCH (seconds since 1970) for reproducible output,
/// the same convention reproducible-build tools use.
enum Clock {
    static var now: Date {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Double(epoch) {
            return Date(timeIntervalSince1970: seconds)
        }
        return Date()
    }
}

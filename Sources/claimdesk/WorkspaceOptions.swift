import ArgumentParser
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

    func open() throws -> ClaimDatabase {
        try ClaimDatabase(path: databasePath)
    }

    /// An existing database only: commands that read or mark must not create an empty file
    /// because of a typo in --db.
    func openExisting() throws -> ClaimDatabase {
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw CLIError("no database at '\(databasePath)': add an article first with 'claimdesk check FILE'")
        }
        return try open()
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

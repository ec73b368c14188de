import ClaimModel
import GRDB

/// Reads the columns of one stored row without trusting them.
///
/// SQLite keeps whatever a column is given (text in an integer column, a blob for a kind), and
/// GRDB's plain `row[column]` subscripts stop the process when a value does not convert. A
/// damaged or hand-edited database must give an error a reviewer can act on instead, naming
/// the claim (or article) the row belongs to, so every read of stored values goes through here.
struct StoredValues {
    let row: Row
    /// The table the row comes from, for the message.
    let table: String
    /// Who the row belongs to, as the message names it: "claim 12", "article 3".
    let owner: String

    /// A value that must be present and convert.
    func value<T: DatabaseValueConvertible>(_ column: String, _ expected: String, as type: T.Type = T.self) throws -> T {
        let stored = try databaseValue(column)
        guard let value = T.fromDatabaseValue(stored) else { throw damage(column, stored, expected) }
        return value
    }

    /// A value that may be NULL, and must convert otherwise.
    func optional<T: DatabaseValueConvertible>(_ column: String, _ expected: String, as type: T.Type = T.self) throws -> T? {
        let stored = try databaseValue(column)
        if stored.isNull { return nil }
        guard let value = T.fromDatabaseValue(stored) else { throw damage(column, stored, expected) }
        return value
    }

    /// The raw value of a column that must exist.
    func databaseValue(_ column: String) throws -> DatabaseValue {
        // A missing column is what a database reshaped by another program looks like.
        guard row.hasColumn(column) else {
            throw StoreError.damaged(owner, "table \(table) has no column \(column)")
        }
        return row[column]
    }

    func damage(_ column: String, _ stored: DatabaseValue, _ expected: String) -> StoreError {
        .damaged(owner, "column \(column) (table \(table)) holds \(Self.describe(stored)), not \(expected)")
    }

    /// A stored value as a message shows it: `12`, `1.5`, `'opinion'`, `NULL`, `a 3-byte blob`.
    static func describe(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return "NULL"
        case .int64(let n): return String(n)
        case .double(let d): return String(d)
        case .string(let s):
            let shown = s.count > 40 ? String(s.prefix(40)) + "…" : s
            return "'" + shown.replacingOccurrences(of: "\n", with: " ") + "'"
        case .blob(let data): return "a \(data.count)-byte blob"
        }
    }
}

extension StoredValues {
    /// The reader for a row of a claim's child table (quantity, flag, review): the owner is
    /// the claim its `claimId` names.
    static func child(_ row: Row, table: String) throws -> (values: StoredValues, claimId: Int64) {
        let id: Int64? = Int64.fromDatabaseValue(row.hasColumn("id") ? row["id"] : .null)
        let provisional = StoredValues(row: row, table: table, owner: "a \(table) row" + (id.map { " (id \($0))" } ?? ""))
        let claimId: Int64 = try provisional.value("claimId", "a claim id")
        return (StoredValues(row: row, table: table, owner: "claim \(claimId)"), claimId)
    }
}

/// What an expected value is called in a damage message.
enum Expected {
    static let integer = "an integer"
    static let number = "a number"
    static let text = "text"
    static let date = "a date"
    /// Enumerations: a newer ClaimDesk may have added a value this one does not know.
    static func known(_ what: String) -> String { "a \(what) this ClaimDesk knows" }
}

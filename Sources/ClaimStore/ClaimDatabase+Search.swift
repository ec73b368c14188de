import ClaimModel
import Foundation
import GRDB

extension ClaimDatabase {
    /// Claims whose sentence, speaker, outlet or figures match `query`, best match first
    /// (bm25), restricted by `filter`, at most `limit` of them.
    ///
    /// The query is read as words, all of which must occur, in any case and with or without
    /// accents. A word ending in `*` is a prefix ("harb*" finds "harbour"), and words in
    /// double quotes must occur together, in that order ("\"port budget\""). Nothing else is
    /// syntax: every word is quoted before it reaches FTS5, so `AND`, `-`, `:` or an unbalanced
    /// quote never cause a syntax error. A query with no letter or digit throws
    /// `SearchError.nothingToSearch`.
    public func search(_ query: String, filter: ClaimFilter, limit: Int?) throws -> [SearchHit] {
        let match = try SearchQuery.match(query)
        var conditions = ["claim_fts MATCH ?"]
        var arguments: StatementArguments = [match]
        if let articleId = filter.articleId {
            conditions.append("claim.articleId = ?")
            arguments += [articleId]
        }
        if let status = filter.status {
            conditions.append("\(SearchQuery.currentStatus) = ?")
            arguments += [status.rawValue]
        }
        if let flag = filter.flag {
            conditions.append("claim.id IN (SELECT claimId FROM flag WHERE kind = ?)")
            arguments += [flag.rawValue]
        }
        if let speaker = filter.speaker {
            conditions.append(SearchQuery.speakerCondition(column: "claim.id"))
            arguments += [try SearchQuery.speakerMatch(speaker)]
        }
        let marks = "'\(SearchQuery.rawOpen)', '\(SearchQuery.rawClose)', '…', \(SearchQuery.snippetTokens)"
        var sql = """
            SELECT claim.id, claim.articleId, claim.sentence, claim.speaker, claim.outlet,
                \(SearchQuery.currentStatus) AS status,
                bm25(claim_fts, \(SearchQuery.weights)) AS score,
                snippet(claim_fts, 0, \(marks)) AS inSentence,
                snippet(claim_fts, 1, \(marks)) AS inSpeaker,
                snippet(claim_fts, 2, \(marks)) AS inOutlet,
                snippet(claim_fts, 3, \(marks)) AS inFigures
            FROM claim_fts JOIN claim ON claim.id = claim_fts.rowid
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY score, claim.id
            """
        if let limit {
            sql += " LIMIT ?"
            arguments += [max(limit, 0)]
        }
        return try writer.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let id = try StoredValues(row: row, table: "claim", owner: "a claim row").value("id", Expected.integer, as: Int64.self)
                let v = StoredValues(row: row, table: "claim", owner: "claim \(id)")
                // Snippets come from the index's own copy, which FTS5 always holds as text.
                func snippet(_ column: String) -> String? { String.fromDatabaseValue(row[column]) }
                return SearchHit(
                    claimId: id, articleId: try v.value("articleId", "an article id"),
                    status: ReviewStatus(rawValue: try v.value("status", Expected.text)) ?? .inProgress,
                    snippet: SearchQuery.snippet(
                        sentence: snippet("inSentence") ?? "",
                        others: [("speaker", snippet("inSpeaker")), ("outlet", snippet("inOutlet")), ("figures", snippet("inFigures"))]),
                    sentence: try v.value("sentence", Expected.text), speaker: try v.optional("speaker", Expected.text),
                    outlet: try v.optional("outlet", Expected.text), score: try v.value("score", Expected.number))
            }
        }
    }
}

/// Turns what a user typed into an FTS5 query that cannot be a syntax error.
enum SearchQuery {
    /// How a match is marked in a snippet.
    static let open = "«"
    static let close = "»"
    /// What SQLite marks matches with: private-use characters, which no article contains,
    /// so that a sentence quoting with «guillemets» is not mistaken for a match.
    static let rawOpen = "\u{E000}"
    static let rawClose = "\u{E001}"
    static let snippetTokens = 16
    /// Column weights for bm25, in column order (sentence, speaker, outlet, figures): a
    /// name matters most where it is the speaker or the outlet; figure words already occur
    /// in the sentence, so their own column only nudges figure matches up.
    static let weights = "1.0, 2.0, 2.0, 0.5"
    /// A claim's current status in SQL: its newest review, or unreviewed (an unknown status
    /// is in-progress, as everywhere).
    static let currentStatus = ReviewStatus.currentSQL(claimColumn: "claim.id")

    /// The FTS5 expression for a user's query: every term quoted, the terms ANDed.
    static func match(_ query: String) throws -> String {
        let phrases = terms(query).map(\.fts5)
        guard !phrases.isEmpty else { throw SearchError.nothingToSearch(query) }
        return phrases.joined(separator: " AND ")
    }

    /// The FTS5 expression matching a speaker whose name holds every word of `name`.
    static func speakerMatch(_ name: String) throws -> String {
        let phrases = terms(name).map(\.fts5)
        guard !phrases.isEmpty else { throw SearchError.nothingToMatchSpeaker(name) }
        return "speaker : (" + phrases.joined(separator: " AND ") + ")"
    }

    /// SQL true when the claim whose id is `column` has a speaker matching the argument
    /// (an expression from `speakerMatch`).
    static func speakerCondition(column: String) -> String {
        "\(column) IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH ?)"
    }

    struct Term: Equatable {
        var text: String
        var isPrefix: Bool

        /// `"text"`, or `"text"*` for a prefix; a double quote inside is doubled, as FTS5 wants.
        var fts5: String {
            "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (isPrefix ? "*" : "")
        }
    }

    /// The query's terms: runs of non-space characters, or the text between double quotes;
    /// a trailing `*` makes a prefix. Terms with no letter or digit are dropped, since the
    /// tokenizer would find no word in them.
    static func terms(_ query: String) -> [Term] {
        var terms: [Term] = []
        var current = ""
        var quoted = false
        func flush() {
            var text = current
            current = ""
            var isPrefix = false
            while text.hasSuffix("*") {
                text.removeLast()
                isPrefix = true
            }
            guard text.contains(where: { $0.isLetter || $0.isNumber }) else { return }
            terms.append(Term(text: text, isPrefix: isPrefix))
        }
        for character in query {
            if character == "\"" {
                flush()
                quoted.toggle()
            } else if character.isWhitespace && !quoted {
                flush()
            } else {
                current.append(character)
            }
        }
        flush()
        return terms
    }

    /// The sentence's snippet when the sentence matched; otherwise the sentence's start and
    /// the snippet of the first other column that matched.
    static func snippet(sentence: String, others: [(name: String, snippet: String?)]) -> String {
        func marked(_ s: String) -> String {
            s.replacingOccurrences(of: rawOpen, with: open).replacingOccurrences(of: rawClose, with: close)
        }
        if sentence.contains(rawOpen) { return marked(sentence) }
        guard let other = others.first(where: { $0.snippet?.contains(rawOpen) == true }) else { return marked(sentence) }
        return marked(sentence) + " [\(other.name): \(marked(other.snippet!))]"
    }
}

import Foundation
import GRDB

/// An earlier occurrence of a claim's figure: a claim of an article added before, stating
/// the same figure about the same thing, with the verdict it got there.
public struct ClaimRepeat: Hashable, Sendable {
    /// The earlier claim.
    public var claimId: Int64
    public var articleId: Int64
    /// Where the earlier article was added from.
    public var articleSource: String
    /// The earlier claim's current status: its latest review, or unreviewed.
    public var status: ReviewStatus
    /// The figure as the earlier claim wrote it ("62%").
    public var figure: String

    /// Whether a reviewer has settled the earlier claim, so its verdict can be reused.
    public var hasVerdict: Bool { !status.isOpen }
}

extension ClaimDatabase {
    /// At most this many earlier occurrences are listed for one claim: the earliest ones.
    /// A figure wired to every paper can have thousands; the first few and their verdicts
    /// are what a reviewer uses, and listing them all would make every listing quadratic.
    public static let repeatLimit = 10

    /// Earlier occurrences of claim `id`'s figures, oldest article first, at most
    /// `repeatLimit` of them (the earliest). Throws `StoreError.unknownClaim` when there is no
    /// such claim.
    ///
    /// A claim repeats an earlier one when the earlier claim belongs to a different article
    /// added before this one (a lower article id: ids grow in the order articles are added)
    /// and the two share a figure with
    /// - the same value (both ends of a range; equal to within a part in 10⁹),
    /// - the same normalized unit (no unit matches no unit), and
    /// - the same concept, compared word for word ignoring case and the kind of apostrophe
    ///   ("of the port's running costs" = "of the Port’s running costs").
    /// The change cue is ignored: "about 1,300 jobs" repeats "1,300 jobs".
    ///
    /// Most figures carry no concept ("17 years", "$48.5 million"), and value and unit alone
    /// would link every "9" and "17 years" in the archive. So a figure without a concept is
    /// only a repeat when the whole sentence is the same, ignoring case: the same quote or
    /// wire copy reprinted.
    public func repeats(of id: Int64) throws -> [ClaimRepeat] {
        try writer.read { db in
            guard let record = try ClaimRecord.fetchOne(db, key: id) else { throw StoreError.unknownClaim(id) }
            let quantities = try QuantityRecord.filter(QuantityRecord.Columns.claimId == id)
                .order(QuantityRecord.Columns.position).fetchAll(db)
            return try Self.repeats(of: record, quantities: quantities, db)
        }
    }

    /// `repeats(of:)` for a claim already read, inside an open read.
    ///
    /// The work is bounded by the repeats found, not by the size of the archive: claims are
    /// numbered in the order they are added (an article's claims together, in reading
    /// order), so the claims of earlier articles are exactly those numbered below this
    /// article's first claim, and both look-ups walk an index in claim order below that
    /// number, stopping at the `limit`-th earlier claim. The claims of the same article (5,000
    /// identical sentences in one article made every claim read all the others) and of later
    /// ones are never read.
    static func repeats(of claim: ClaimRecord, quantities: [QuantityRecord], _ db: Database, limit: Int = repeatLimit) throws -> [ClaimRepeat] {
        guard !quantities.isEmpty, limit > 0 else { return [] }
        guard let firstOfArticle = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT MIN(id) FROM claim WHERE articleId = ?"), arguments: [claim.articleId])
        else { return [] }
        var found = RepeatCandidates(limit: limit)

        // Figures with a concept: by concept key, unit and value, through quantity_on_concept.
        var looked: Set<FigureKey> = []
        for mine in quantities where !mine.concept.isEmpty {
            let key = RepeatKey.concept(mine.concept)
            guard looked.insert(FigureKey(concept: key, unit: mine.normalizedUnit, low: mine.low, high: mine.high)).inserted else { continue }
            let high = Tolerance(mine.high)
            for low in try storedLows(near: mine.low, conceptKey: key, unit: mine.normalizedUnit, db) {
                let rows = try Row.fetchCursor(
                    db.cachedStatement(sql: """
                        SELECT claimId, position, text FROM quantity
                        WHERE conceptKey = ? AND conceptKey <> '' AND normalizedUnit IS ? AND low = ? AND claimId < ?
                            AND high BETWEEN ? AND ?
                        ORDER BY claimId, id
                        """),
                    arguments: [key, mine.normalizedUnit, low, firstOfArticle, high.low, high.high])
                var claims = RepeatCandidates(limit: limit)
                while let row = try rows.next() {
                    let (values, claimId) = try StoredValues.child(row, table: "quantity")
                    guard claims.wants(claimId) else { break }
                    let figure = Figure(position: try values.value("position", Expected.integer), text: try values.value("text", Expected.text))
                    claims.add(claimId, figure)
                    found.add(claimId, figure)
                }
            }
        }

        // Figures without one: only in a claim with the same sentence, through claim_on_sentence
        // (whose entries end with the claim id, so it also walks in claim order).
        var plain: [QuantityRecord] = []
        var plainKeys: Set<FigureKey> = []
        for mine in quantities where mine.concept.isEmpty
            && plainKeys.insert(FigureKey(concept: "", unit: mine.normalizedUnit, low: mine.low, high: mine.high)).inserted
        {
            plain.append(mine)
        }
        if !plain.isEmpty {
            let others = try Row.fetchCursor(
                db.cachedStatement(sql: "SELECT id FROM claim WHERE sentence = ? COLLATE NOCASE AND id < ? ORDER BY id"),
                arguments: [claim.sentence, firstOfArticle])
            var claims = RepeatCandidates(limit: limit)
            while let row = try others.next() {
                let other: Int64 = try StoredValues(row: row, table: "claim", owner: "a claim row").value("id", Expected.integer)
                guard claims.wants(other) else { break }
                if let figure = try firstPlainMatch(in: other, for: plain, db) {
                    claims.add(other, figure)
                    found.add(other, figure)
                }
            }
        }

        // The earliest, with their article and verdict: one query for all of them.
        let earliest = Array(found.earliest.prefix(limit))
        guard !earliest.isEmpty else { return [] }
        let figures = Dictionary(earliest, uniquingKeysWith: { first, _ in first })
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT claim.id, claim.articleId, claim.position, article.source, \(ReviewStatus.currentSQL(claimColumn: "claim.id")) AS status
                FROM claim JOIN article ON article.id = claim.articleId
                WHERE claim.id IN (\(earliest.map { _ in "?" }.joined(separator: ", "))) AND claim.articleId < ?
                ORDER BY claim.articleId, claim.position, claim.id
                """),
            arguments: StatementArguments(earliest.map(\.0)) + [claim.articleId])
        return try rows.map { row in
            let claimId: Int64 = try StoredValues(row: row, table: "claim", owner: "a claim row").value("id", Expected.integer)
            let values = StoredValues(row: row, table: "claim", owner: "claim \(claimId)")
            return ClaimRepeat(
                claimId: claimId, articleId: try values.value("articleId", "an article id"),
                articleSource: try values.value("source", Expected.text),
                status: ReviewStatus(rawValue: try values.value("status", Expected.text)) ?? .inProgress,
                figure: figures[claimId]!.text)
        }
    }

    /// The distinct stored values of figures with this concept key and unit within the
    /// tolerance of `value`, each found by one index seek past the previous one (usually
    /// there is one: the same number written the same way), so that the look-up by exact
    /// value that follows can walk in claim order.
    private static func storedLows(near value: Double, conceptKey: String, unit: String?, _ db: Database) throws -> [Double] {
        let range = Tolerance(value)
        var lows: [Double] = []
        var next = try Double.fetchOne(
            db.cachedStatement(sql: """
                SELECT MIN(low) FROM quantity
                WHERE conceptKey = ? AND conceptKey <> '' AND normalizedUnit IS ? AND low BETWEEN ? AND ?
                """),
            arguments: [conceptKey, unit, range.low, range.high])
        while let low = next {
            lows.append(low)
            next = try Double.fetchOne(
                db.cachedStatement(sql: """
                    SELECT MIN(low) FROM quantity
                    WHERE conceptKey = ? AND conceptKey <> '' AND normalizedUnit IS ? AND low > ? AND low <= ?
                    """),
                arguments: [conceptKey, unit, low, range.high])
        }
        return lows
    }

    /// Claim `claimId`'s first figure without a concept (in reading order) that has the value
    /// and unit of one of `mine`.
    private static func firstPlainMatch(in claimId: Int64, for mine: [QuantityRecord], _ db: Database) throws -> Figure? {
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT id, claimId, position, text, low, high, normalizedUnit FROM quantity WHERE claimId = ? AND concept = '' ORDER BY position, id"),
            arguments: [claimId])
        while let row = try rows.next() {
            let values = StoredValues(row: row, table: "quantity", owner: "claim \(claimId)")
            let low: Double = try values.value("low", Expected.number)
            let high: Double = try values.value("high", Expected.number)
            let unit: String? = try values.optional("normalizedUnit", Expected.text)
            if mine.contains(where: { $0.normalizedUnit == unit && Tolerance($0.low).contains(low) && Tolerance($0.high).contains(high) }) {
                return Figure(position: try values.value("position", Expected.integer), text: try values.value("text", Expected.text))
            }
        }
        return nil
    }
}

/// The values "the same" as one figure's: within a part in 10⁹, computed as SQL computed it
/// before (`x - abs(x) * 1e-9`), so a look-up matches what it always matched.
private struct Tolerance {
    var low: Double
    var high: Double

    init(_ value: Double) {
        low = value - abs(value) * 1e-9
        high = value + abs(value) * 1e-9
    }

    func contains(_ value: Double) -> Bool { low <= value && value <= high }
}

/// A figure looked up once per claim: two figures of one claim with the same concept, unit
/// and value find the same repeats.
private struct FigureKey: Hashable {
    var concept: String
    var unit: String?
    var low: Double
    var high: Double
}

/// An earlier claim's figure that matched: where it is in its sentence and how it is written.
private struct Figure {
    var position: Int
    var text: String
}

/// Earlier claims found so far, each with its first matching figure (lowest position), up
/// to `limit` claims in claim order per look-up.
private struct RepeatCandidates {
    let limit: Int
    private var figures: [Int64: Figure] = [:]
    private var last: Int64?

    init(limit: Int) { self.limit = limit }

    /// Whether a look-up walking in claim order should still read claim `claimId`: yes for
    /// one already found (another of its figures), and for a new one until `limit` are found.
    func wants(_ claimId: Int64) -> Bool {
        claimId == last || figures[claimId] != nil || figures.count < limit
    }

    mutating func add(_ claimId: Int64, _ figure: Figure) {
        last = claimId
        if let known = figures[claimId], known.position <= figure.position { return }
        figures[claimId] = figure
    }

    /// Every claim found, lowest number first.
    var earliest: [(Int64, Figure)] {
        figures.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

/// The form concepts are compared in.
enum RepeatKey {
    /// Concept words without case, with one kind of apostrophe: "Port’s costs" → "port's
    /// costs", "École" → "école".
    static func concept(_ concept: String) -> String {
        concept.lowercased().replacingOccurrences(of: "’", with: "'")
    }
}

import ClaimModel
import Foundation
import GRDB

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
            let quantities = try QuantityRecord.fetchAll(
                db.cachedStatement(sql: "SELECT * FROM quantity WHERE claimId = ? ORDER BY position, id"), arguments: [id])
            var errors: [Int64: any Error] = [:]
            let found = try Self.repeats(of: [(record, quantities)], db, errors: &errors)
            if let error = errors[id] { throw error }
            return found[0]
        }
    }

    /// `repeats(of:)` for claims already read, inside an open read: the repeats of each, in
    /// order, in a few queries for all of them (one for the articles' first claims, one per
    /// kind of look-up, one for the earlier claims' articles and verdicts; more only when the
    /// look-ups need more arguments than SQLite takes in one statement).
    ///
    /// The work is bounded by the repeats found, not by the size of the archive: claims are
    /// numbered in the order they are added (an article's claims together, in reading
    /// order), so the claims of earlier articles are exactly those numbered below this
    /// article's first claim, and both look-ups walk an index in claim order below that
    /// number, stopping at the `limit`-th earlier claim. The claims of the same article (5,000
    /// identical sentences in one article made every claim read all the others) and of later
    /// ones are never read. Claims that ask the same look-up (the same figure about the same
    /// thing in one article) share one.
    ///
    /// A stored value of an earlier claim that does not decode is the error of the claims
    /// whose look-up read it, in `errors` (the first per claim); their repeats are left out.
    static func repeats(
        of claims: [(claim: ClaimRecord, quantities: [QuantityRecord])], _ db: Database, errors: inout [Int64: any Error],
        limit: Int = repeatLimit
    ) throws -> [[ClaimRepeat]] {
        var result: [[ClaimRepeat]] = Array(repeating: [], count: claims.count)
        let wanted = claims.indices.filter { !claims[$0].quantities.isEmpty }
        guard !wanted.isEmpty, limit > 0 else { return result }
        let maxArguments = db.maximumStatementArgumentCount

        // Each article's first claim: earlier articles' claims are numbered below it.
        var firstOfArticle: [Int64: Int64] = [:]
        let articleIds = Array(Set(wanted.map { claims[$0].claim.articleId })).sorted()
        for chunk in articleIds.chunked(maxArguments) {
            let rows = try Row.fetchCursor(
                // A MIN per article, not a GROUP BY: each is one seek of the articleId index,
                // where GROUP BY reads every claim of the article.
                db.cachedStatement(sql: """
                    WITH a(articleId) AS (VALUES \(Array(repeating: "(?)", count: chunk.count).joined(separator: ", ")))
                    SELECT articleId, (SELECT MIN(id) FROM claim WHERE claim.articleId = a.articleId) AS first FROM a
                    """),
                arguments: StatementArguments(chunk))
            while let row = try rows.next() {
                if let article = Int64.fromDatabaseValue(row["articleId"]), let first = Int64.fromDatabaseValue(row["first"]) {
                    firstOfArticle[article] = first
                }
            }
        }
        var found = claims.map { _ in RepeatCandidates(limit: limit) }

        // Figures with a concept: by concept key, unit and value, through quantity_on_concept.
        var conceptLookups: [ConceptLookup] = []
        var conceptAskers: [[Int]] = []
        var conceptIndex: [ConceptLookup: Int] = [:]
        // Figures without one: only in a claim with the same sentence, through
        // claim_on_sentence (whose entries end with the claim id, so it also walks in claim order).
        var plainLookups: [PlainLookup] = []
        var plainAskers: [[Int]] = []
        var plainIndex: [PlainLookup: Int] = [:]
        // The claim whose stored figures a plain look-up compares with.
        var plainOwners: [Int64] = []
        for i in wanted {
            let (claim, quantities) = claims[i]
            guard let before = firstOfArticle[claim.articleId] else { continue }
            var looked: Set<FigureKey> = []
            var plainKeys: Set<FigureKey> = []
            for mine in quantities {
                if mine.concept.isEmpty {
                    plainKeys.insert(FigureKey(concept: "", unit: mine.normalizedUnit, low: mine.low, high: mine.high))
                    continue
                }
                let figure = FigureKey(concept: RepeatKey.concept(mine.concept), unit: mine.normalizedUnit, low: mine.low, high: mine.high)
                guard looked.insert(figure).inserted else { continue }
                let lookup = ConceptLookup(figure: figure, before: before)
                if let n = conceptIndex[lookup] {
                    conceptAskers[n].append(i)
                } else {
                    conceptIndex[lookup] = conceptLookups.count
                    conceptLookups.append(lookup)
                    conceptAskers.append([i])
                }
            }
            if !plainKeys.isEmpty {
                // The figures are read from the asking claim's own rows: claims of one sentence
                // with the same plain figures ask the same question.
                let lookup = PlainLookup(sentence: claim.sentence, before: before, figures: plainKeys)
                if let n = plainIndex[lookup] {
                    plainAskers[n].append(i)
                } else {
                    plainIndex[lookup] = plainLookups.count
                    plainLookups.append(lookup)
                    plainAskers.append([i])
                    plainOwners.append(claim.id!)
                }
            }
        }

        func take(_ row: Row, for askers: [Int]) {
            do {
                let (values, claimId) = try StoredValues.child(row, table: "quantity")
                let figure = Figure(position: try values.value("position", Expected.integer), text: try values.value("text", Expected.text))
                for i in askers { found[i].add(claimId, figure) }
            } catch {
                for i in askers where errors[claims[i].claim.id!] == nil { errors[claims[i].claim.id!] = error }
            }
        }

        for chunk in conceptLookups.indices.chunked((maxArguments - 1) / 8) {
            var arguments = StatementArguments()
            for n in chunk {
                let lookup = conceptLookups[n]
                let low = Tolerance(lookup.figure.low)
                let high = Tolerance(lookup.figure.high)
                arguments += [n, lookup.figure.concept, lookup.figure.unit, low.low, low.high, high.low, high.high, lookup.before]
            }
            arguments += [limit - 1]
            let rows = try Row.fetchCursor(db.makeStatement(sql: conceptSQL(chunk.count)), arguments: arguments)
            while let row = try rows.next() {
                guard let n = Int.fromDatabaseValue(row["n"]) else { continue }
                take(row, for: conceptAskers[n])
            }
        }

        for chunk in plainLookups.indices.chunked((maxArguments - 2) / 4) {
            var arguments: StatementArguments = [Tolerance.relative]
            for n in chunk {
                arguments += [n, plainOwners[n], plainLookups[n].sentence, plainLookups[n].before]
            }
            arguments += [limit]
            let rows = try Row.fetchCursor(db.makeStatement(sql: plainSQL(chunk.count)), arguments: arguments)
            var taken: Set<PlainMatch> = []
            while let row = try rows.next() {
                guard let n = Int.fromDatabaseValue(row["n"]), let claimId = Int64.fromDatabaseValue(row["claimId"]) else { continue }
                // Rows come in reading order: a claim's first matching figure is the one shown.
                guard taken.insert(PlainMatch(lookup: n, claimId: claimId)).inserted else { continue }
                take(row, for: plainAskers[n])
            }
        }

        // The earliest, with their article and verdict: one query for all of them.
        let earliest = found.map { Array($0.earliest.prefix(limit)) }
        let earlierIds = Array(Set(earliest.flatMap { $0.map(\.0) })).sorted()
        var earlier: [Int64: EarlierClaim] = [:]
        var earlierErrors: [Int64: any Error] = [:]
        for chunk in earlierIds.chunked(maxArguments) {
            let rows = try Row.fetchCursor(
                db.cachedStatement(sql: """
                    SELECT claim.id, claim.articleId, claim.position, article.source, \(ReviewStatus.currentSQL(claimColumn: "claim.id")) AS status
                    FROM claim JOIN article ON article.id = claim.articleId
                    WHERE claim.id IN (\(placeholders(chunk.count)))
                    """),
                arguments: StatementArguments(chunk))
            while let row = try rows.next() {
                do {
                    let claimId: Int64 = try StoredValues(row: row, table: "claim", owner: "a claim row").value("id", Expected.integer)
                    let values = StoredValues(row: row, table: "claim", owner: "claim \(claimId)")
                    do {
                        earlier[claimId] = EarlierClaim(
                            articleId: try values.value("articleId", "an article id"), position: try values.value("position", Expected.integer),
                            source: try values.value("source", Expected.text),
                            status: ReviewStatus(rawValue: try values.value("status", Expected.text)) ?? .inProgress)
                    } catch {
                        earlierErrors[claimId] = error
                    }
                } catch {
                    // A row without a readable id: the error of every claim that found one.
                    for i in wanted where errors[claims[i].claim.id!] == nil && !earliest[i].isEmpty { errors[claims[i].claim.id!] = error }
                }
            }
        }
        for i in wanted {
            let claim = claims[i].claim
            if let error = earliest[i].lazy.compactMap({ earlierErrors[$0.0] }).first {
                if errors[claim.id!] == nil { errors[claim.id!] = error }
                continue
            }
            result[i] = earliest[i]
                .compactMap { id, figure in earlier[id].map { (id, figure, $0) } }
                .filter { $0.2.articleId < claim.articleId }
                .sorted { a, b in (a.2.articleId, a.2.position, a.0) < (b.2.articleId, b.2.position, b.0) }
                .map { id, figure, other in
                    ClaimRepeat(claimId: id, articleId: other.articleId, articleSource: other.source, status: other.status, figure: figure.text)
                }
        }
        return result
    }

    /// The concept look-ups of `count` figures (`ConceptLookup`, eight arguments each, then
    /// `limit - 1`), as `(n, claimId, position, text)` rows: each look-up's earlier figures of
    /// its first `limit` claims, in claim order.
    ///
    /// A stored value within the tolerance of the figure's may be another double than the
    /// figure's own, so `lows` first finds the distinct stored values in the tolerance, each
    /// by one index seek past the previous one (usually there is one: the same number written
    /// the same way); then each walk by exact value runs along quantity_on_concept in claim
    /// order and stops at the `limit`-th earlier claim (`last`), found by the same walk.
    private static func conceptSQL(_ count: Int) -> String {
        let same = "conceptKey = lows.conceptKey AND conceptKey <> '' AND normalizedUnit IS lows.unit"
        return """
            WITH RECURSIVE
            look(n, conceptKey, unit, lo, hi, hlo, hhi, before) AS (VALUES \(Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?)", count: count).joined(separator: ", "))),
            lows(n, conceptKey, unit, hi, hlo, hhi, before, low) AS (
                SELECT n, conceptKey, unit, hi, hlo, hhi, before,
                    (SELECT MIN(low) FROM quantity WHERE conceptKey = look.conceptKey AND conceptKey <> '' AND normalizedUnit IS look.unit
                        AND low BETWEEN look.lo AND look.hi)
                FROM look
                UNION ALL
                SELECT n, conceptKey, unit, hi, hlo, hhi, before,
                    (SELECT MIN(low) FROM quantity WHERE conceptKey = lows.conceptKey AND conceptKey <> '' AND normalizedUnit IS lows.unit
                        AND low > lows.low AND low <= lows.hi)
                FROM lows WHERE low IS NOT NULL
            )
            SELECT lows.n AS n, q.claimId AS claimId, q.position AS position, q.text AS text
            FROM lows JOIN quantity AS q
                ON q.conceptKey = lows.conceptKey AND q.conceptKey <> '' AND q.normalizedUnit IS lows.unit AND q.low = lows.low
                AND q.claimId <= COALESCE(
                    (SELECT claimId FROM quantity WHERE \(same) AND low = lows.low AND claimId < lows.before
                        AND high BETWEEN lows.hlo AND lows.hhi
                     GROUP BY claimId ORDER BY claimId LIMIT 1 OFFSET ?),
                    lows.before - 1)
                AND q.high BETWEEN lows.hlo AND lows.hhi
            ORDER BY lows.n, q.claimId, q.id
            """
    }

    /// The plain look-ups of `count` claims (the tolerance, then `(n, claimId, sentence,
    /// before)` each, then `limit`), as `(n, claimId, position, text)` rows: the figures
    /// without a concept, in reading order, that match one of the asking claim's own, of the
    /// first `limit` earlier claims with the same sentence that have such a figure.
    ///
    /// A figure matches when its unit is the same and both ends are within the tolerance of
    /// the asking claim's figure's (`Tolerance`, computed here from the stored values).
    private static func plainSQL(_ count: Int) -> String {
        func matches(_ table: String) -> String {
            """
            EXISTS (SELECT 1 FROM quantity AS mine
                    WHERE mine.claimId = me.claimId AND mine.concept = '' AND \(table).normalizedUnit IS mine.normalizedUnit
                        AND \(table).low BETWEEN mine.low - abs(mine.low) * (SELECT t FROM tolerance) AND mine.low + abs(mine.low) * (SELECT t FROM tolerance)
                        AND \(table).high BETWEEN mine.high - abs(mine.high) * (SELECT t FROM tolerance) AND mine.high + abs(mine.high) * (SELECT t FROM tolerance))
            """
        }
        return """
            WITH tolerance(t) AS (VALUES (?)),
            me(n, claimId, sentence, before) AS (VALUES \(Array(repeating: "(?, ?, ?, ?)", count: count).joined(separator: ", ")))
            SELECT me.n AS n, q.claimId AS claimId, q.position AS position, q.text AS text
            FROM me JOIN quantity AS q
                ON q.claimId IN (
                    SELECT other.id FROM claim AS other
                    WHERE other.sentence = me.sentence COLLATE NOCASE AND other.id < me.before
                        AND EXISTS (SELECT 1 FROM quantity AS theirs WHERE theirs.claimId = other.id AND theirs.concept = '' AND \(matches("theirs")))
                    ORDER BY other.id LIMIT ?)
                AND q.concept = '' AND \(matches("q"))
            ORDER BY me.n, q.claimId, q.position, q.id
            """
    }
}

/// The values "the same" as one figure's: within a part in 10⁹, computed as SQL computed it
/// before (`x - abs(x) * 1e-9`), so a look-up matches what it always matched.
private struct Tolerance {
    /// The part of a value within which another is the same.
    static let relative = 1e-9

    var low: Double
    var high: Double

    init(_ value: Double) {
        low = value - abs(value) * Self.relative
        high = value + abs(value) * Self.relative
    }
}

/// A figure looked up once per claim: two figures of one claim with the same concept, unit
/// and value find the same repeats.
private struct FigureKey: Hashable {
    var concept: String
    var unit: String?
    var low: Double
    var high: Double
}

/// A concept look-up: earlier figures like `figure` in claims numbered below `before` (the
/// first claim of the asking claim's article).
private struct ConceptLookup: Hashable {
    var figure: FigureKey
    var before: Int64
}

/// A plain look-up: earlier claims numbered below `before` with the same sentence and a
/// figure without a concept that matches one of `figures`.
private struct PlainLookup: Hashable {
    var sentence: String
    var before: Int64
    var figures: Set<FigureKey>
}

/// An earlier claim found by a plain look-up, taken once with its first matching figure.
private struct PlainMatch: Hashable {
    var lookup: Int
    var claimId: Int64
}

/// What a repeat shows of the earlier claim besides its figure.
private struct EarlierClaim {
    var articleId: Int64
    var position: Int
    var source: String
    var status: ReviewStatus
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
        let lower = concept.lowercased()
        // Most concepts have no curly apostrophe; replacing goes through NSString on Linux.
        return lower.utf8.contains(0xE2) ? lower.replacingOccurrences(of: "’", with: "'") : lower
    }
}

extension Collection {
    /// The elements in runs of at most `size` (at least one), for statements whose
    /// arguments must stay within SQLite's limit.
    func chunked(_ size: Int) -> [SubSequence] {
        let size = Swift.max(1, size)
        var chunks: [SubSequence] = []
        var start = startIndex
        while start != endIndex {
            let end = index(start, offsetBy: size, limitedBy: endIndex) ?? endIndex
            chunks.append(self[start..<end])
            start = end
        }
        return chunks
    }
}

import ClaimModel
import GRDB

extension ClaimDatabase {
    /// How many claims are loaded together. Each page costs one query per table (figures,
    /// flags, reviews) and a few for its repeats, whatever its claims hold; the page bounds
    /// the `IN (…)` lists those queries carry.
    static let loadPageSize = 500

    /// Claims with their figures, flags, history and repeats, in the order of `records`,
    /// loaded a page at a time: per page one query for the figures of all its claims, one
    /// for their flags, one for their reviews, and the few of `repeats(of:_:)`, instead of
    /// several queries for each claim.
    ///
    /// A row that does not decode throws `StoreError.damaged` naming its claim, as loading
    /// the claims one by one did: the first claim in `records` order with damage, and for that
    /// claim its figures before its flags, its reviews and its repeats. Spans that do not fit
    /// are dropped and noted in `damage` (see `checkedSpans`), so that one bad offset never
    /// stops a report.
    static func load(_ records: [ClaimRecord], _ db: Database) throws -> [StoredClaim] {
        var loaded: [StoredClaim] = []
        loaded.reserveCapacity(records.count)
        var start = 0
        while start < records.count {
            let page = Array(records[start..<min(start + loadPageSize, records.count)])
            loaded += try loadPage(page, db)
            start += page.count
        }
        return loaded
    }

    private static func loadPage(_ records: [ClaimRecord], _ db: Database) throws -> [StoredClaim] {
        let ids = records.map { $0.id! }
        let list = placeholders(ids.count)
        let arguments = StatementArguments(ids)
        // The first error of each claim, per table; thrown in listing order below.
        var quantityErrors: [Int64: any Error] = [:]
        var flagErrors: [Int64: any Error] = [:]
        var reviewErrors: [Int64: any Error] = [:]

        let quantities = try rowsByClaim(
            db, sql: "SELECT * FROM quantity WHERE claimId IN (\(list)) ORDER BY claimId, position, id", arguments,
            errors: &quantityErrors, QuantityRecord.init(row:))
        let flags = try rowsByClaim(
            db, sql: "SELECT * FROM flag WHERE claimId IN (\(list)) ORDER BY claimId, id", arguments,
            errors: &flagErrors, FlagRecord.init(row:))
        let reviews = try rowsByClaim(
            db, sql: "SELECT * FROM review WHERE claimId IN (\(list)) ORDER BY claimId, id", arguments,
            errors: &reviewErrors, ReviewRecord.init(row:))

        // Claims whose own rows are damaged are not looked up: they throw first anyway.
        var claims: [StoredClaim] = []
        claims.reserveCapacity(records.count)
        for record in records {
            let id = record.id!
            var damage: [String] = []
            var claim = record
            if claim.spanStart < 0 || claim.spanEnd < claim.spanStart {
                damage.append("its span in the article, \(claim.spanStart)..<\(claim.spanEnd), is not a span; it was dropped")
                claim.spanStart = 0
                claim.spanEnd = 0
            }
            claims.append(StoredClaim(
                claim: claim,
                quantities: checkedSpans(quantities[id] ?? [], in: claim.sentence, damage: &damage),
                flags: (flags[id] ?? []).sorted { $0.kind != $1.kind ? $0.kind < $1.kind : ($0.id ?? 0) < ($1.id ?? 0) },
                reviews: reviews[id] ?? [],
                damage: damage))
        }
        let sound = claims.indices.filter { i in
            let id = claims[i].id
            return quantityErrors[id] == nil && flagErrors[id] == nil && reviewErrors[id] == nil
        }
        var repeatErrors: [Int64: any Error] = [:]
        let repeats = try Self.repeats(of: sound.map { (claims[$0].claim, claims[$0].quantities) }, db, errors: &repeatErrors)
        for (i, found) in zip(sound, repeats) {
            claims[i].repeats = found
        }
        for claim in claims {
            let id = claim.id
            if let error = quantityErrors[id] ?? flagErrors[id] ?? reviewErrors[id] ?? repeatErrors[id] { throw error }
        }
        return claims
    }

    /// The rows of one query over a child table (quantity, flag, review), decoded and
    /// grouped by claim, in query order. A row that does not decode is its claim's error
    /// (the first one per claim is kept) instead of stopping the page, so that the claim
    /// listed first is the one named.
    private static func rowsByClaim<T>(
        _ db: Database, sql: String, _ arguments: StatementArguments, errors: inout [Int64: any Error],
        _ decode: (Row) throws -> T
    ) throws -> [Int64: [T]] {
        var grouped: [Int64: [T]] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: arguments)
        while let row = try rows.next() {
            // The query matched the row by claimId, so it holds one of the page's ids.
            guard let claimId = Int64.fromDatabaseValue(row["claimId"]) else { continue }
            do {
                grouped[claimId, default: []].append(try decode(row))
            } catch {
                if errors[claimId] == nil { errors[claimId] = error }
            }
        }
        return grouped
    }

    /// "?, ?, ?" for `count` arguments.
    static func placeholders(_ count: Int) -> String {
        count == 0 ? "" : "?" + String(repeating: ", ?", count: count - 1)
    }

    /// The figures with every span checked against the sentence: a span must run forwards
    /// within the sentence's UTF-8 bytes. One that does not (a damaged or hand-edited row;
    /// Swift traps on a backwards `Range`) is dropped to the empty span 0..<0 and noted,
    /// keeping the figure, so listings and reports still show it, without a highlight.
    static func checkedSpans(_ quantities: [QuantityRecord], in sentence: String, damage: inout [String]) -> [QuantityRecord] {
        let length = sentence.utf8.count
        return quantities.map { q in
            guard q.spanStart < 0 || q.spanEnd < q.spanStart || q.spanEnd > length else { return q }
            var fixed = q
            damage.append(
                "the figure '\(q.text)' has the span \(q.spanStart)..<\(q.spanEnd), outside the \(length)-byte sentence; it is shown without a position")
            fixed.spanStart = 0
            fixed.spanEnd = 0
            return fixed
        }
    }
}

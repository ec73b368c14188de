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
    /// Earlier occurrences of claim `id`'s figures, oldest article first. Throws
    /// `StoreError.unknownClaim` when there is no such claim.
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
            guard try ClaimRecord.exists(db, key: id) else { throw StoreError.unknownClaim(id) }
            return try Self.repeats(of: id, db)
        }
    }

    /// `repeats(of:)` inside an open read, for loading claims.
    static func repeats(of id: Int64, _ db: Database) throws -> [ClaimRepeat] {
        // Two ways to be the same figure, each found through its own index so that the many
        // "2"s and "17 years" of an archive are dismissed inside the index:
        // - figures with a concept: quantity_on_value holds value, unit and concept. NOCASE
        //   folds ASCII only, so a concept with other letters ("École staff") passes when the
        //   lengths agree, and Swift folds it below;
        // - figures without one: claim_on_sentence finds the claims with the same sentence.
        let tolerance = """
            theirs.low BETWEEN mine.low - abs(mine.low) * 1e-9 AND mine.low + abs(mine.low) * 1e-9
            AND theirs.high BETWEEN mine.high - abs(mine.high) * 1e-9 AND mine.high + abs(mine.high) * 1e-9
            AND theirs.normalizedUnit IS mine.normalizedUnit
            """
        let rows = try Row.fetchAll(
            db,
            sql: """
                WITH same AS (
                    SELECT theirs.claimId, theirs.position, theirs.text, theirs.concept AS theirConcept,
                        mine.concept AS myConcept
                    FROM quantity AS mine
                    JOIN quantity AS theirs ON \(tolerance)
                        AND theirs.concept <> ''
                        AND (theirs.concept = mine.concept COLLATE NOCASE
                            OR ((mine.concept GLOB '*[^ -~]*' OR theirs.concept GLOB '*[^ -~]*')
                                AND length(theirs.concept) = length(mine.concept)))
                    WHERE mine.claimId = ?1 AND mine.concept <> ''
                    UNION ALL
                    SELECT theirs.claimId, theirs.position, theirs.text, '', ''
                    FROM claim AS me
                    JOIN claim AS other ON other.sentence = me.sentence COLLATE NOCASE AND other.id <> me.id
                    JOIN quantity AS mine ON mine.claimId = me.id AND mine.concept = ''
                    JOIN quantity AS theirs ON theirs.claimId = other.id AND theirs.concept = '' AND \(tolerance)
                    WHERE me.id = ?1
                )
                SELECT other.id AS claimId, other.articleId, article.source, same.text AS figure,
                    same.theirConcept, same.myConcept,
                    \(ReviewStatus.currentSQL(claimColumn: "other.id")) AS status
                FROM same
                JOIN claim AS other ON other.id = same.claimId
                JOIN article ON article.id = other.articleId
                WHERE other.articleId < (SELECT articleId FROM claim WHERE id = ?1)
                ORDER BY other.articleId, other.position, other.id, same.position
                """,
            arguments: [id])
        var seen: Set<Int64> = []
        var repeats: [ClaimRepeat] = []
        for row in rows {
            let claimId: Int64 = try StoredValues(row: row, table: "claim", owner: "a claim row").value("claimId", Expected.integer)
            guard !seen.contains(claimId) else { continue }
            let values = StoredValues(row: row, table: "quantity", owner: "claim \(claimId)")
            guard try RepeatKey.concept(values.value("myConcept", Expected.text)) == RepeatKey.concept(values.value("theirConcept", Expected.text))
            else { continue }
            seen.insert(claimId)
            repeats.append(ClaimRepeat(
                claimId: claimId, articleId: try values.value("articleId", "an article id"),
                articleSource: try values.value("source", Expected.text),
                status: ReviewStatus(rawValue: try values.value("status", Expected.text)) ?? .inProgress,
                figure: try values.value("figure", Expected.text)))
        }
        return repeats
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

import Foundation
import ClaimModel

/// `claimdesk export --format csv`: one row per claim with its latest review, for
/// spreadsheets and newsroom trackers.
///
/// RFC 4180: a header row, then records separated by CRLF (the RFC's line break, which
/// Excel, LibreOffice, Google Sheets, Python's `csv` and R all read), the last record
/// ending in CRLF too. A field is quoted when it holds a comma, a double quote, CR or LF,
/// and a double quote inside it is doubled; a line break inside a sentence or note stays
/// inside its quoted field. Text is UTF-8 without a byte order mark. Values are written
/// as stored, nothing trimmed, with one exception, OWASP's rule against formula injection:
/// a value that begins with `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'`, so that
/// no spreadsheet runs a note like `=HYPERLINK(…)` as a formula (see `neutralized`).
public enum CSVExport {
    /// The header row, in column order.
    public static let columns = [
        "claim_id", "article_id", "article_source", "sentence", "kind", "figures", "speaker", "outlet",
        "flags", "status", "reviewer", "reviewed_at", "note", "evidence_url",
    ]

    /// The record separator: CRLF, as RFC 4180 specifies.
    public static let lineEnding = "\r\n"

    /// The whole file: the header and one row per claim, in the order given.
    /// `articles` supplies each claim's article source; a claim whose article is missing
    /// gets an empty `article_source`.
    public static func render(_ claims: [StoredClaim], articles: [Int64: ArticleRecord]) -> String {
        var out = record(columns)
        for claim in claims { out += record(row(claim, article: articles[claim.claim.articleId])) }
        return out
    }

    /// One claim's fields, in column order. Figures are the claim's figures as written,
    /// joined by "; "; flags are its distinct flag kinds (notes included), joined by "; ".
    /// The review columns come from the latest review and are empty for an unreviewed claim.
    public static func row(_ stored: StoredClaim, article: ArticleRecord?) -> [String] {
        let c = stored.claim
        let review = stored.latestReview
        var kinds: [String] = []
        for flag in stored.flags where !kinds.contains(flag.kind.rawValue) { kinds.append(flag.kind.rawValue) }
        return [
            String(stored.id), String(c.articleId), article?.source ?? "", c.sentence, c.kind.rawValue,
            stored.quantities.map(\.text).joined(separator: "; "), c.speaker ?? "", c.outlet ?? "",
            kinds.joined(separator: "; "), stored.status.rawValue, review?.reviewer ?? "",
            review.map { Timestamp.format($0.createdAt) } ?? "", review?.note ?? "", review?.evidenceURL ?? "",
        ]
    }

    /// One record: the fields quoted where needed, joined by commas, ending in CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + lineEnding
    }

    /// A field as RFC 4180 writes it, after `neutralized`: as is, or in double quotes with
    /// inner quotes doubled when it holds a comma, a double quote, CR or LF.
    public static func field(_ value: String) -> String {
        let value = neutralized(value)
        // Unicode scalars, not Characters: "\r\n" is one Character and would match neither.
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The characters a spreadsheet reads as the start of a formula, as OWASP lists them
    /// (https://owasp.org/www-community/attacks/CSV_Injection).
    public static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `value` with a `'` in front when it begins with one of `formulaStarts`, which
    /// spreadsheets show as text instead of running. The rule is OWASP's, with no exception
    /// for numbers: a note "-5% on the year" is exported as "'-5% on the year". No column
    /// holds a bare negative number (ids are positive; figures are written as in the
    /// article, where a fall is "5%" with its direction), and an exception shaped like a
    /// number is where such rules are bypassed ("-1+cmd|…"). A reader other than a
    /// spreadsheet gets the value back by dropping a `'` that precedes one of these.
    public static func neutralized(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, formulaStarts.contains(first) else { return value }
        return "'" + value
    }
}

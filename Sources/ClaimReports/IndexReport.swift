import ClaimAnalysis
import ClaimModel
import Foundation

/// The index of `claimdesk report --all`: review progress and open flags per article, then
/// every claim with a verdict across articles, the worst first, each linking to its
/// article's checklist.
///
/// Deterministic like `ChecklistReport`: it never reads the clock. Its one date is the
/// time of the newest review in the workspace, so regenerating the index without new
/// reviews gives the same bytes.
public struct IndexReport: Sendable {
    public var articles: [ArticleRecord]
    public var claims: [StoredClaim]
    /// The checklist file of each article, relative to the index (see `checklistFileNames`).
    public var fileNames: [Int64: String]

    /// The order of the verdicts section: the claims a desk must act on first.
    public static let verdictOrder: [ReviewStatus] = [.false, .disputed, .misleading, .mostlyTrue, .unverifiable, .verified]

    /// Width of the progress bar, in characters.
    static let barWidth = 10

    public init(snapshot: ClaimSnapshot, fileNames: [Int64: String]? = nil) {
        articles = snapshot.articles.sorted { ($0.id ?? 0) < ($1.id ?? 0) }
        claims = snapshot.claims
        self.fileNames = fileNames ?? Self.checklistFileNames(snapshot.articles)
    }

    public func render() -> String {
        var out = ["# Review index", ""]
        let settled = claims.filter { !$0.status.isOpen }.count
        out.append("- Articles: \(articles.count)")
        out.append("- Claims: \(claims.count) (\(settled) settled, \(claims.count - settled) open)")
        let latest = claims.flatMap(\.reviews).map(\.createdAt).max()
        out.append("- Latest review: " + (latest.map(Timestamp.format) ?? "none yet"))
        out.append("")
        out += articleTable()
        out += verdicts()
        return out.joined(separator: "\n")
    }

    // MARK: - Articles

    private func articleTable() -> [String] {
        var out = ["## Articles", ""]
        guard !articles.isEmpty else {
            return out + ["No articles yet: add one with `claimdesk check FILE`.", ""]
        }
        out.append("Progress counts settled claims (any status but unreviewed and in-progress); open flags count the open claims carrying each flag.")
        out.append("")
        out.append("| Article | Progress | Open flags |")
        out.append("| --- | --- | --- |")
        var byArticle: [Int64: [StoredClaim]] = [:]
        for claim in claims { byArticle[claim.claim.articleId, default: []].append(claim) }
        for article in articles {
            let id = article.id!
            let own = byArticle[id] ?? []
            let settled = own.filter { !$0.status.isOpen }.count
            out.append("| \(link(article)) | \(Self.progress(settled, of: own.count)) | \(Self.openFlags(own)) |")
        }
        out.append("")
        return out
    }

    private func link(_ article: ArticleRecord) -> String {
        let label = "#\(article.id!) " + Markdown.escape(article.title ?? article.source)
        guard let file = fileNames[article.id!] else { return label }
        return "[" + label + "](<" + Markdown.linkTarget(file) + ">)"
    }

    /// "`###-------` 3/10": settled over total, with a bar that is full only when every
    /// claim is settled.
    static func progress(_ settled: Int, of total: Int) -> String {
        guard total > 0 else { return "no claims" }
        let filled = settled * barWidth / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled)
        return "`" + bar + "` \(settled)/\(total)"
    }

    /// "missing-figure 1, no-source 2": per flag kind, the open claims carrying it. Notes
    /// (approximate, superlative) are not questions and are left out.
    static func openFlags(_ claims: [StoredClaim]) -> String {
        let open = claims.filter(\.status.isOpen)
        let counts = FlagKind.allCases.filter { !$0.isNote }.compactMap { kind -> String? in
            let n = open.filter { $0.flags.contains { $0.kind == kind } }.count
            return n > 0 ? "\(kind.rawValue) \(n)" : nil
        }
        return counts.isEmpty ? "none" : counts.joined(separator: ", ")
    }

    // MARK: - Verdicts

    private func verdicts() -> [String] {
        var out = ["## Verdicts", ""]
        let ranked = claims
            .filter { Self.verdictOrder.contains($0.status) }
            .sorted { a, b in
                let ra = Self.verdictOrder.firstIndex(of: a.status)!
                let rb = Self.verdictOrder.firstIndex(of: b.status)!
                if ra != rb { return ra < rb }
                if a.claim.worthiness != b.claim.worthiness { return a.claim.worthiness > b.claim.worthiness }
                if a.claim.articleId != b.claim.articleId { return a.claim.articleId < b.claim.articleId }
                return a.claim.position < b.claim.position
            }
        guard !ranked.isEmpty else {
            return out + ["No claim has a verdict yet: mark one with `claimdesk mark CLAIM STATUS`.", ""]
        }
        out.append("False and disputed claims first, then " + Self.verdictOrder.dropFirst(2).map(\.rawValue).joined(separator: ", ") + "; within a verdict, most check-worthy first.")
        out.append("")
        let articlesById = Dictionary(articles.map { ($0.id!, $0) }, uniquingKeysWith: { a, _ in a })
        for status in Self.verdictOrder {
            let group = ranked.filter { $0.status == status }
            guard !group.isEmpty else { continue }
            out.append("### \(status.rawValue) (\(group.count))")
            out.append("")
            for stored in group {
                let article = articlesById[stored.claim.articleId]
                out.append("- **Claim \(stored.id)** in " + (article.map(link) ?? "article #\(stored.claim.articleId)"))
                out.append("")
                out.append("  > " + Markdown.blockStart(Markdown.highlight(stored.claim.sentence, spans: stored.quantities.map { $0.spanStart..<$0.spanEnd })))
                out.append("")
                if let review = stored.latestReview { out.append("  - " + ChecklistReport.describe(review)) }
                out.append("")
            }
        }
        return out
    }

    // MARK: - File names

    /// The checklist file name of each article: its source's file name with `.md` for its
    /// extension, as `claimdesk check` names reports ("Claims/sample.txt" → "sample.md"; see
    /// `ReportFileName.stem`). When two articles would share a name (the same file added
    /// again after an edit, or two folders with a `sample.txt`), the newest keeps it and
    /// older ones get their id ("sample-1.md"). "index.md" is never given to an article.
    /// Names are compared without case, for case-insensitive file systems, and every name
    /// fits in 255 bytes: a long stem is cut to leave room for the id
    /// (`ReportFileName.fitting`).
    public static func checklistFileNames(_ articles: [ArticleRecord]) -> [Int64: String] {
        var used: Set<String> = ["index.md"]
        var names: [Int64: String] = [:]
        for article in articles.sorted(by: { ($0.id ?? 0) > ($1.id ?? 0) }) {
            guard let id = article.id else { continue }
            var stem = ReportFileName.stem(of: article.source)
            if stem.isEmpty { stem = "article-\(id)" }
            var suffixes = [".md", "-\(id).md"]
            var n = 2
            while let suffix = suffixes.first {
                let name = ReportFileName.fitting(stem, suffix: suffix)
                if used.insert(name.lowercased()).inserted {
                    names[id] = name
                    break
                }
                suffixes.removeFirst()
                if suffixes.isEmpty {
                    suffixes.append("-\(id)-\(n).md")
                    n += 1
                }
            }
        }
        return names
    }
}

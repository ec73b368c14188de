import ClaimAnalysis
import ClaimModel
import Foundation

/// The Markdown review report of one article: a summary, then a reviewer checklist with one
/// item per claim, most check-worthy first.
///
/// Deterministic: the same article and reviews always give the same bytes, so reports can
/// be committed and compared in tests. Nothing in it depends on the clock or the machine.
public struct ChecklistReport: Sendable {
    public var article: ArticleRecord
    /// The article's claims, in the order the report lists them.
    public var claims: [StoredClaim]

    public init(article: ArticleRecord, claims: [StoredClaim]) {
        self.article = article
        self.claims = claims.sorted { a, b in
            a.claim.worthiness != b.claim.worthiness ? a.claim.worthiness > b.claim.worthiness : a.claim.position < b.claim.position
        }
    }

    public func render() -> String {
        var out: [String] = []
        out.append("# Review checklist: " + Markdown.escape(article.title ?? article.source))
        out.append("")
        out.append("- Source: " + Markdown.code(article.source))
        out.append("- Article: \(article.id.map { "#\($0)" } ?? "not stored"), content SHA-256 " + Markdown.code(String(article.contentHash.prefix(12))))
        let settled = claims.filter { !$0.status.isOpen }.count
        out.append("- Claims: \(claims.count) (\(settled) settled, \(claims.count - settled) open)")
        out.append("")
        out += summary()
        out.append("## Checklist")
        out.append("")
        if claims.isEmpty {
            out.append("No numeric or statistical claims were found in this article.")
            out.append("")
        } else {
            out.append("Claims are listed by check-worthiness (attributed, specific, consequential, checkable). Tick a claim by marking it: `claimdesk mark CLAIM STATUS`.")
            out.append("")
            for claim in claims { out += item(claim) }
        }
        return out.joined(separator: "\n")
    }

    // MARK: - Summary

    private func summary() -> [String] {
        var out = ["## Summary", "", "| Status | Claims |", "| --- | ---: |"]
        for status in ReviewStatus.allCases {
            let n = claims.filter { $0.status == status }.count
            if n > 0 { out.append("| \(status.rawValue) | \(n) |") }
        }
        if claims.isEmpty { out.append("| (none) | 0 |") }
        out.append("")
        let flagged = FlagKind.allCases.compactMap { kind -> String? in
            let n = claims.filter { $0.flags.contains { $0.kind == kind } }.count
            return n > 0 ? "| \(kind.rawValue) | \(n) |" : nil
        }
        if flagged.isEmpty {
            out.append("No claim is flagged.")
        } else {
            out += ["| Flag | Claims |", "| --- | ---: |"] + flagged
        }
        out.append("")
        return out
    }

    // MARK: - Items

    private func item(_ stored: StoredClaim) -> [String] {
        let c = stored.claim
        let box = stored.status.isOpen ? "- [ ]" : "- [x]"
        var out = ["\(box) **Claim \(stored.id)** · \(c.kind.rawValue) · worthiness \(c.worthiness) · status: **\(stored.status.rawValue)**"]
        out.append("")
        out.append("  > " + Markdown.blockStart(Markdown.highlight(c.sentence, spans: stored.quantities.map { $0.spanStart..<$0.spanEnd })))
        out.append("")
        for q in stored.quantities {
            var line = "  - Figure: " + Markdown.code(q.text) + " → " + Markdown.escape(q.reading)
            if !q.concept.isEmpty { line += " (about " + Markdown.escape(q.concept) + ")" }
            if let unit = q.unit, unit != q.normalizedUnit { line += ", written " + Markdown.code(unit) }
            out.append(line)
        }
        out.append("  - Attribution: " + attribution(c))
        for flag in stored.flags {
            out.append("  - Flag " + Markdown.code(flag.kind.rawValue) + ": " + Markdown.escape(flag.message))
            if let details = flag.details { out.append("    - " + Markdown.blockStart(Markdown.escape(details))) }
        }
        out.append("  - Check: " + Markdown.escape(WhatToCheck.advice(for: stored)))
        if stored.reviews.isEmpty {
            out.append("  - Reviews: none yet")
        } else {
            out.append("  - Reviews:")
            for review in stored.reviews { out.append("    - " + Self.describe(review)) }
        }
        out.append("")
        return out
    }

    private func attribution(_ c: ClaimRecord) -> String {
        var parts: [String] = []
        if let speaker = c.speaker { parts.append(Markdown.escape(speaker)) }
        if let outlet = c.outlet { parts.append("via " + Markdown.escape(outlet)) }
        if let hedge = c.hedge { parts.append("hedged: \"" + Markdown.escape(hedge) + "\"") }
        return parts.isEmpty ? "none found" : parts.joined(separator: ", ")
    }

    static func describe(_ review: ReviewRecord) -> String {
        var line = Timestamp.format(review.createdAt) + " **" + review.status.rawValue + "**"
        if let reviewer = review.reviewer { line += " by " + Markdown.escape(reviewer) }
        if let note = review.note { line += ": " + Markdown.escape(note) }
        if let url = review.evidenceURL { line += " ([evidence](<" + Markdown.linkTarget(url) + ">))" }
        if let quote = review.evidenceQuote { line += " — \"" + Markdown.escape(quote) + "\"" }
        return line
    }
}

/// UTC timestamps in one fixed format, for reports and listings.
public enum Timestamp {
    public static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

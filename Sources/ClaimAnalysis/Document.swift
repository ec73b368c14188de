import Foundation

/// An article's text with page furniture dropped and paragraphs found.
///
/// Scraped news pages carry navigation crumbs, bylines, photo credits and "You may also
/// like" blocks; none of them holds a claim, and their numbers ("24 Kanal", "Channel 24")
/// would only produce noise, so they go before any sentence is read.
public struct Document: Hashable, Sendable {
    /// The headline, when the article starts with one.
    public var title: String?
    /// The kept paragraphs, in order.
    public var paragraphs: [String]
    /// The kept paragraphs joined by blank lines: what claim spans point into.
    public var text: String

    public init(parsing raw: String) {
        var kept: [String] = []
        for line in raw.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let paragraph = line.trimmingCharacters(in: .whitespaces)
            guard !paragraph.isEmpty, !Furniture.isFurniture(paragraph) else { continue }
            // A headline often appears twice (page title and article title); keep it once.
            if kept.last == paragraph { continue }
            kept.append(paragraph)
        }
        paragraphs = kept
        title = kept.first.flatMap { Furniture.looksLikeHeadline($0) ? $0 : nil }
        text = kept.joined(separator: "\n\n")
    }
}

/// Recognizes lines of page furniture: crumbs, bylines, captions, share and comment prompts.
enum Furniture {
    private static let exactLines: Set<String> = [
        "you may also like", "leave a comment", "leave a reply", "share", "share this", "share this article",
        "related", "related articles", "related posts", "read more", "read also", "advertisement",
        "comments", "subscribe", "tweet", "print", "email", "facebook", "twitter", "telegram",
        "whatsapp", "linkedin", "previous post", "next post", "recommended", "most read",
        "popular", "tags", "sign up", "log in", "follow us",
    ]

    static func isFurniture(_ line: String) -> Bool {
        let lower = line.lowercased().trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
        if exactLines.contains(lower) { return true }
        // Breadcrumbs: "Home » Politics » ..."
        if line.hasPrefix("Home »") || line.hasPrefix("Home >") || line.hasPrefix("Home /") { return true }
        if line.components(separatedBy: "»").count > 2 { return true }
        // Bylines: "by alex", "By Jane Doe, Reuters"
        if lower.hasPrefix("by "), line.split(separator: " ").count <= 6, !line.hasSuffix(".") { return true }
        // Photo credits and captions: "(Photo", "Photo: AP", "/Collage by Channel 24"
        if lower.contains("(photo") || lower.hasPrefix("photo:") || lower.hasPrefix("photo by")
            || lower.contains("/collage") || lower.hasPrefix("image:") || lower.hasPrefix("credit:")
            || lower.contains("getty images") && line.count < 120
        {
            return true
        }
        // Share and follow prompts
        if lower.hasPrefix("share on ") || lower.hasPrefix("follow us on") || lower.hasPrefix("read also:")
            || lower.hasPrefix("read more:") || lower.hasPrefix("also read:")
        {
            return true
        }
        return false
    }

    /// A short first line without a final full stop reads as a headline.
    static func looksLikeHeadline(_ line: String) -> Bool {
        line.count <= 200 && !line.hasSuffix(".")
    }
}

import Foundation
import Quantities

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
    /// The kept paragraphs joined by `paragraphSeparator`: what claim spans point into.
    public var text: String

    /// What joins two paragraphs in `text`: a blank line.
    public static let paragraphSeparator = "\n\n"

    public init(parsing raw: String) {
        var kept: [String] = []
        for paragraph in Self.lines(of: raw) {
            guard !Furniture.isFurniture(paragraph) else { continue }
            // A headline often appears twice (page title and article title); keep it once.
            if kept.last == paragraph { continue }
            kept.append(paragraph)
        }
        paragraphs = kept
        title = kept.first.flatMap { Furniture.looksLikeHeadline($0) ? $0 : nil }
        text = kept.joined(separator: Self.paragraphSeparator)
    }
}

extension Document {
    /// The lines of `raw` with the whitespace around them trimmed, empty ones left out.
    ///
    /// Read on UTF-8 bytes: splitting on `Character.isNewline` and trimming through
    /// `NSString` was a fifth of the claim analysis. Lines end where a `Character` is a
    /// newline (LF, CR, CR LF, VT, FF, NEL, U+2028, U+2029), and trimming removes what
    /// `CharacterSet.whitespaces` holds (tab, the space separators Zs, and U+200B).
    static func lines(of raw: String) -> [String] {
        var raw = raw
        return raw.withUTF8 { b in
            var lines: [String] = []
            let n = b.count
            var start = 0
            var i = 0
            func emit(_ end: Int) {
                var s = start
                var e = end
                while s < e, let w = whitespaceWidth(b, at: s, end: e) { s += w }
                while e > s, let w = whitespaceWidthBefore(b, end: e, start: s) { e -= w }
                if s < e { lines.append(String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)) }
            }
            while i < n {
                let c = b[i]
                var width = 0
                switch c {
                case 0x0A, 0x0B, 0x0C, 0x0D: width = 1
                case 0xC2 where i + 1 < n && b[i + 1] == 0x85: width = 2
                case 0xE2 where i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9): width = 3
                default: break
                }
                if width > 0 {
                    emit(i)
                    i += width
                    start = i
                } else {
                    i += 1
                }
            }
            emit(n)
            return lines
        }
    }

    /// The byte length of the `CharacterSet.whitespaces` scalar at `i`, if one starts there.
    private static func whitespaceWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
        let c = b[i]
        if c == 0x20 || c == 0x09 { return 1 }
        if c < 0xC2 { return nil }
        if i + 2 <= end, isWhitespace(b, i, 2) { return 2 }
        if i + 3 <= end, isWhitespace(b, i, 3) { return 3 }
        return nil
    }

    /// The byte length of the `CharacterSet.whitespaces` scalar that ends at `end`, if any.
    private static func whitespaceWidthBefore(_ b: UnsafeBufferPointer<UInt8>, end: Int, start: Int) -> Int? {
        let c = b[end - 1]
        if c == 0x20 || c == 0x09 { return 1 }
        if c < 0x80 { return nil }
        if end - 2 >= start, isWhitespace(b, end - 2, 2) { return 2 }
        if end - 3 >= start, isWhitespace(b, end - 3, 3) { return 3 }
        return nil
    }

    /// Whether the `w` bytes at `i` encode a space separator (Zs) other than U+0020:
    /// U+00A0, U+1680, U+2000-U+200A, U+202F, U+205F, U+3000, and U+200B, which
    /// Foundation counts among them.
    private static func isWhitespace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ w: Int) -> Bool {
        if w == 2 { return b[i] == 0xC2 && b[i + 1] == 0xA0 }
        switch (b[i], b[i + 1], b[i + 2]) {
        case (0xE1, 0x9A, 0x80), (0xE2, 0x80, 0xAF), (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80): return true
        case (0xE2, 0x80, let t): return t >= 0x80 && t <= 0x8B
        default: return false
        }
    }
}

/// Recognizes lines of page furniture: crumbs, bylines, captions, share and comment prompts.
///
/// Every rule is written so that a sentence of the article that starts the same way survives:
/// furniture is short, carries no claim, and is made of names, dates and times; a sentence has
/// lowercase words that are none of those, or a figure such as "40%", or a final full stop.
enum Furniture {
    private static let exactLines: Set<String> = [
        "you may also like", "leave a comment", "leave a reply", "share", "share this", "share this article",
        "share this story", "share this page", "share article", "share story", "copy link", "copy the link",
        "link copied", "tweet this", "tweet", "email this", "email this article", "print this", "print this article",
        "related", "related articles", "related posts", "related stories", "read more", "read also", "advertisement",
        "comments", "subscribe", "print", "email", "facebook", "twitter", "telegram",
        "whatsapp", "linkedin", "previous post", "next post", "recommended", "most read",
        "popular", "tags", "sign up", "log in", "follow us", "skip to content", "skip to main content",
        "skip to navigation", "skip to main navigation", "skip to footer",
    ]

    /// What may follow "Advertisement" on its line.
    private static let advertisementTails: Set<String> = [
        "", "scroll to continue", "scroll to continue with content", "continue reading below",
        "story continues below", "article continues below",
    ]

    /// Networks and channels that share buttons name.
    private static let shareTargets: Set<String> = [
        "facebook", "twitter", "x", "whatsapp", "linkedin", "email", "e-mail", "mail", "telegram", "reddit",
        "pinterest", "bluesky", "threads", "messenger", "mastodon", "sms", "flipboard", "tumblr",
    ]

    private static let newsletterPrompts = [
        "sign up for our newsletter", "sign up to our newsletter", "sign up for the newsletter",
        "subscribe to our newsletter", "subscribe to the newsletter", "get our newsletter", "join our newsletter",
    ]

    static func isFurniture(_ line: String) -> Bool {
        // Furniture is short: a crumb, a byline, a credit. Long paragraphs are the article,
        // and skipping them spares the pattern tests on every paragraph of every article.
        guard line.utf8.count <= 400 else { return false }
        // So is a full sentence of some length: crumbs, bylines and credits do not end with a
        // full stop after a hundred and twenty bytes of prose.
        if line.utf8.count > 120, let last = line.unicodeScalars.last, ".?!\"”’".unicodeScalars.contains(last) { return false }
        let lower = line.lowercased().trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
        if exactLines.contains(lower) { return true }
        let words = lower.split(whereSeparator: \.isWhitespace)
        let hasDigit = line.contains(where: \.isNumber)
        // Breadcrumbs: "Home » Politics » ..."
        if line.hasPrefix("Home »") || line.hasPrefix("Home >") || line.hasPrefix("Home /") { return true }
        if line.components(separatedBy: "»").count > 2 { return true }
        // Bylines: "by alex", "By Jane Doe, Reuters", "By Jane Doe | March 3, 2024",
        // "Jane Doe, Staff Writer"; not "By 2030, the port will ..."
        if lower.hasPrefix("by "), words.count <= 6, !line.hasSuffix("."), !hasDigit { return true }
        if isByline(line) || isNameAndRole(line) { return true }
        // Photo credits and captions: "(Photo", "Photo: AP", "/Collage by Channel 24", "© 2024 Reuters"
        if lower.contains("(photo:") || lower.contains("(photo by") || lower.contains("(photo credit")
            || lower.contains("(photo)") || lower.hasSuffix("(photo")
            || lower.hasPrefix("photo:") || lower.hasPrefix("photo by") || lower.hasPrefix("photograph:")
            || lower.hasPrefix("picture:") || lower.hasPrefix("illustration:") || lower.hasPrefix("image credit:")
            || lower.hasPrefix("image courtesy") || lower.hasPrefix("photo credit:")
            || lower.contains("/collage") || lower.hasPrefix("image:") || lower.hasPrefix("credit:")
            || lower.contains("getty images") && line.count < 120
        {
            return true
        }
        if isCopyright(line, lower: lower, words: words.count) { return true }
        // Timestamps: "Updated 10:45 GMT", "Published: March 3, 2024"
        if isTimestamp(lower) { return true }
        // Share and follow prompts: "Share on Facebook", "Share via Email"; not "Share on the exchange rose 5%"
        if (lower.hasPrefix("share on ") || lower.hasPrefix("share via ") || lower.hasPrefix("share to ")
            || lower.hasPrefix("share with ") || lower.hasPrefix("tweet this") || lower.hasPrefix("post to "))
            && words.count <= 4 && !hasDigit
        {
            return true
        }
        if words.count == 2, ["share", "tweet", "email", "post"].contains(words[0]),
            shareTargets.contains(String(words[1]))
        {
            return true
        }
        if lower.hasPrefix("follow us on") || lower.hasPrefix("read also:")
            || lower.hasPrefix("read more:") || lower.hasPrefix("also read:")
        {
            return true
        }
        // "Advertisement", "Advertisement - Scroll to continue"
        if lower.hasPrefix("advertisement"),
            advertisementTails.contains(
                lower.dropFirst("advertisement".count).trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)))
        {
            return true
        }
        // "Sign up for our newsletter", "Sign up for our newsletter: the day's news at 7am"
        // A figure other than a time ("at 7am") makes it a sentence.
        if newsletterPrompts.contains(where: { lower.hasPrefix($0) }), words.count <= 15,
            !words.contains(where: { $0.contains(where: \.isNumber) && !isTimeOrDate($0) })
        {
            return true
        }
        return false
    }

    // MARK: Bylines

    /// Lowercase words a name may hold: "Maria de la Cruz", "Jan van der Berg".
    private static let nameParticles: Set<String> = [
        "de", "la", "le", "van", "von", "der", "den", "da", "di", "du", "del", "bin", "al", "el", "dos", "ter",
    ]

    /// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By Jane Doe | March 3, 2024".
    ///
    /// After "By", one or more names (capitalized words, initials, particles) joined by "and",
    /// "&" or commas; then, after a separator (`|`, `,`, `·`, `•`, `-`, `–`, `—`), a tail of
    /// metadata only: capitalized words (an outlet, a role), dates, times, "5 min read".
    static func isByline(_ line: String) -> Bool {
        let tokens = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard tokens.count >= 2, tokens.count <= 16, tokens[0].lowercased() == "by" else { return false }
        var index = 1
        var nameWords = 0
        var names = 0
        while index < tokens.count {
            var token = tokens[index]
            let endsWithComma = token.hasSuffix(",")
            if endsWithComma { token.removeLast() }
            if token == "and" || token == "&" {
                guard nameWords > 0 else { return false }
                nameWords = 0
                index += 1
                continue
            }
            if isSeparator(token) { break }
            guard isNameWord(token), nameWords < 5 else { return false }
            nameWords += 1
            if nameWords == 1 { names += 1 }
            index += 1
            if endsWithComma {
                // "By Jane Doe, John Roe and Ann Poe, Reuters": a comma ends a name; what follows
                // is another name only when a later "and" joins them, otherwise the tail.
                let rest = tokens[index...]
                if rest.contains(where: { $0 == "and" || $0 == "&" }), rest.first.map({ isNameWord($0) }) == true,
                    !rest.contains(where: isSeparator)
                {
                    nameWords = 0
                    continue
                }
                break
            }
        }
        guard names > 0, nameWords > 0 || index < tokens.count else { return false }
        let tail = tokens[index...].filter { !isSeparator($0) }
        guard !tail.isEmpty else {
            // "By Jane Doe": a capitalized name needs at least two words or an initial.
            return !line.hasSuffix(".") || tokens.last.map { $0.count <= 3 } == true
        }
        guard tail.count <= 8, !line.hasSuffix(".") || tail.last.map(isTimeOrDate) == true else { return false }
        return tail.allSatisfy { isMetadataWord($0, allowCapitalized: true) }
    }

    /// "Jane Doe, Staff Writer", "Tom Reyes, Business Correspondent, Lindenport Ledger".
    static func isNameAndRole(_ line: String) -> Bool {
        let parts = line.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard (2...3).contains(parts.count), !line.hasSuffix("."), !line.contains(where: \.isNumber) else { return false }
        let name = parts[0].split(separator: " ").map(String.init)
        guard (2...4).contains(name.count), name.allSatisfy(isNameWord), name.first.map({ $0.first!.isUppercase }) == true
        else { return false }
        let role = parts[1].split(separator: " ").map(String.init)
        guard (1...4).contains(role.count), role.allSatisfy({ $0.first?.isUppercase == true }),
            let last = role.last?.lowercased(), roleWords.contains(last)
        else { return false }
        if parts.count == 3 {
            let outlet = parts[2].split(separator: " ")
            return (1...4).contains(outlet.count) && outlet.allSatisfy { $0.first?.isUppercase == true }
        }
        return true
    }

    private static let roleWords: Set<String> = [
        "writer", "reporter", "correspondent", "editor", "contributor", "columnist", "journalist",
        "photographer", "staff", "producer", "analyst", "desk",
    ]

    private static func isSeparator(_ token: String) -> Bool {
        ["|", "·", "•", "-", "–", "—", "/"].contains(token)
    }

    private static func isNameWord(_ word: String) -> Bool {
        guard let first = word.first else { return false }
        if nameParticles.contains(word) { return true }
        // Initials: "J.", "J.R."
        if word.count <= 4, word.hasSuffix("."), word.allSatisfy({ $0 == "." || $0.isUppercase }) { return true }
        return first.isUppercase && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
    }

    // MARK: Dates, times and credits

    private static let months = CalendarWords.months
    private static let weekdays = Set(CalendarWords.weekdayNames + CalendarWords.weekdayAbbreviations)
    private static let timeWords: Set<String> = [
        "gmt", "utc", "bst", "cet", "cest", "eet", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "pt", "ist",
        "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "ago", "hour", "hours", "hr", "hrs", "minute", "minutes", "min",
        "mins", "read", "day", "days", "yesterday", "today", "at", "on", "and", "of", "the", "updated", "published",
        "posted", "modified", "last", "first", "local", "time",
    ]

    /// "10:45", "2024", "3,", "03/03/2024", "2024-03-03", "3rd", "10.45am"
    static func isTimeOrDate(_ raw: Substring) -> Bool { isTimeOrDate(String(raw)) }

    static func isTimeOrDate(_ raw: String) -> Bool {
        let word = raw.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",;()[]|"))
        guard word.contains(where: \.isNumber) else { return false }
        var rest = Substring(word)
        for suffix in ["st", "nd", "rd", "th", "am", "pm", "a.m.", "p.m.", "h"] where rest.hasSuffix(suffix) {
            rest = rest.dropLast(suffix.count)
            break
        }
        return !rest.isEmpty && rest.allSatisfy { $0.isASCII && ($0.isNumber || ":/.-".contains($0)) }
    }

    /// A word of a date, a time, or (when allowed) a capitalized name such as an outlet.
    static func isMetadataWord(_ raw: String, allowCapitalized: Bool) -> Bool {
        let word = raw.trimmingCharacters(in: CharacterSet(charactersIn: ",;:()[]|·•"))
        if word.isEmpty || isSeparator(word) || isTimeOrDate(word) { return true }
        let lower = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        if months.contains(lower) || weekdays.contains(lower) || timeWords.contains(lower) || timeWords.contains(word.lowercased()) {
            return true
        }
        return allowCapitalized && isNameWord(word)
    }

    /// "Updated 10:45 GMT", "Published: March 3, 2024", "Last updated on 3 March 2024 at 10:45".
    static func isTimestamp(_ lower: String) -> Bool {
        let prefixes = ["last updated", "last modified", "first published", "updated", "published", "posted", "modified"]
        guard let prefix = prefixes.first(where: { lower.hasPrefix($0) }) else { return false }
        let rest = lower.dropFirst(prefix.count)
        guard rest.isEmpty || rest.first == ":" || rest.first == " " else { return false }
        let words = rest.split(whereSeparator: { $0.isWhitespace })
        guard words.count <= 10, words.contains(where: { isTimeOrDate($0) }) else { return false }
        return words.allSatisfy { isMetadataWord(String($0), allowCapitalized: false) }
    }

    /// "© 2024 Reuters", "Copyright © 2024 Lindenport Ledger. All rights reserved."
    static func isCopyright(_ line: String, lower: String, words: Int) -> Bool {
        guard words <= 14 else { return false }
        if line.hasPrefix("©") || lower.hasPrefix("(c) ") || lower.hasPrefix("copyright ©")
            || lower.hasPrefix("copyright (c)") || lower.hasPrefix("all rights reserved")
        {
            return !line.contains("%")
        }
        if lower.hasPrefix("copyright ") {
            // "Copyright 2024 Reuters", not "Copyright fees rose 12% in 2024."
            let second = lower.split(separator: " ").dropFirst().first.map(String.init) ?? ""
            return isTimeOrDate(second) && !line.contains("%")
        }
        return false
    }

    /// A short first line without a final full stop reads as a headline.
    static func looksLikeHeadline(_ line: String) -> Bool {
        line.count <= 200 && !line.hasSuffix(".")
    }
}

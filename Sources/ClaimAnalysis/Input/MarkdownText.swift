/// Turns a Markdown article into plain paragraphs.
///
/// Not a full CommonMark renderer: it keeps the words a reader sees and drops the markup, line
/// by line and then span by span, in linear time on any input. What it does:
///
/// - **Blocks.** Blank lines separate paragraphs; the lines of a paragraph join with a space
///   (a trailing `\` hard break is dropped). ATX headings (`# Title`, closing `#`s dropped)
///   and setext headings (a line under a `===` or `---`) are paragraphs of their own.
///   Block quote markers (`> `, nested) are removed. List markers (`- `, `* `, `+ `, `1. `,
///   `1) `) are removed and each item is its own paragraph; an ordered marker has at most three
///   digits, so that "2024. A year of records" keeps its year, and only `1.` may interrupt a
///   running paragraph, as in CommonMark. Thematic breaks (`---`, `***`, `___`), fenced code
///   blocks (``` and ~~~; one never closed runs to the end, as in CommonMark) and reference
///   definitions (`[ref]: url "title"`) are dropped. A
///   YAML front matter block (`---` … `---` at the very top) is dropped; its `title:` becomes
///   the first paragraph when the article has no level-1 heading. Indented code blocks are
///   not recognized (news text is not indented code): their lines are read as text.
/// - **Tables** (GitHub style: a row with `|` above a `|---|:--:|` delimiter row): the
///   delimiter row is dropped and each row becomes one paragraph, its non-empty cells joined
///   by " | ", until a blank line or a line without `|`.
/// - **Spans.** Emphasis markers (`*x*`, `**x**`, `_x_`, `__x__`) are removed by the CommonMark
///   flanking rules, so intraword underscores (`file_name`) stay, and a `*` between two digits
///   (`3*4`, `2**10`) or between spaces (`3 * 4`) is always multiplication. Links `[text](url)`,
///   `[text][ref]`, `[text][]` and `[text]` (when `ref`/`text` is defined) become their text;
///   images `![alt](src)` and footnote marks `[^1]` are dropped (a footnote definition
///   `[^1]: text` keeps its text). Inline code keeps its text as written; backslash escapes
///   give the character. Autolinks `<https://…>` keep the address. Inline HTML tags are
///   stripped and entities decoded by `HTMLText`, one paragraph at a time (so an HTML element
///   that spans blank lines is only seen a paragraph at a time); a `<` that starts no tag is text.
enum MarkdownText {
    static func paragraphs(_ markdown: String) -> [String] {
        var reader = MarkdownReader(markdown)
        return reader.run()
    }
}

private struct MarkdownReader {
    private var lines: [Substring]
    private var references: Set<String> = []
    private var definitionLines: Set<Int> = []
    private var frontMatterTitle: String?
    private var sawH1 = false
    private var output: [String] = []

    private enum OpenBlock { case none, paragraph, listItem }
    private var open = OpenBlock.none
    private var openLines: [Substring] = []

    init(_ markdown: String) {
        lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? line.dropLast() : line
        }
    }

    mutating func run() -> [String] {
        let start = readFrontMatter()
        findDefinitions(from: start)
        var fence: (marker: Character, length: Int)?
        var inTable = false
        var index = start
        while index < lines.count {
            defer { index += 1 }
            let line = lines[index]
            let content = Self.unquoted(line)
            if let current = fence {
                if Self.closesFence(content, current) { fence = nil }
                continue
            }
            let trimmed = content.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                closeBlock()
                inTable = false
                continue
            }
            if definitionLines.contains(index) {
                closeBlock()
                continue
            }
            if let opened = Self.opensFence(content) {
                closeBlock()
                fence = opened
                continue
            }
            if let (level, text) = Self.atxHeading(content) {
                closeBlock()
                emit(text, heading: level)
                continue
            }
            if open == .paragraph, Self.isSetextUnderline(trimmed) {
                let level = trimmed.first == "=" ? 1 : 2
                let text = openLines.joined(separator: " ")
                open = .none
                openLines = []
                emit(text, heading: level)
                continue
            }
            if Self.isThematicBreak(trimmed) {
                closeBlock()
                continue
            }
            if inTable {
                if trimmed.contains("|") {
                    emitRow(trimmed)
                    continue
                }
                inTable = false
            }
            if trimmed.contains("|"), index + 1 < lines.count,
                Self.isDelimiterRow(Self.unquoted(lines[index + 1]).trimmingCharacters(in: .whitespaces))
            {
                closeBlock()
                emitRow(trimmed)
                inTable = true
                index += 1
                continue
            }
            if let item = Self.listItem(content, interrupting: open == .paragraph) {
                closeBlock()
                let rest = item.trimmingCharacters(in: .whitespaces)
                if !rest.isEmpty {
                    open = .listItem
                    openLines = [Substring(rest)]
                }
                continue
            }
            var text = Substring(trimmed)
            if text.hasPrefix("[^"), let close = text.firstIndex(of: "]"), text[close...].hasPrefix("]:"),
                !text[..<close].contains(" ")
            {
                // A footnote definition: keep its text.
                closeBlock()
                text = text[text.index(close, offsetBy: 2)...].drop(while: { $0 == " " })
            }
            // A trailing backslash is a hard line break: the join's space replaces it.
            if text.hasSuffix("\\") { text = text.dropLast() }
            if open == .none { open = .paragraph }
            openLines.append(text)
        }
        closeBlock()
        if let frontMatterTitle, !sawH1, !frontMatterTitle.isEmpty, output.first != frontMatterTitle {
            output.insert(frontMatterTitle, at: 0)
        }
        return output
    }

    // MARK: Output

    private mutating func closeBlock() {
        if open != .none { emit(openLines.joined(separator: " "), heading: nil) }
        open = .none
        openLines = []
    }

    private mutating func emit(_ markdown: String, heading level: Int?) {
        var inline = InlineReader(references: references)
        let paragraphs = HTMLText.paragraphs(inline.html(markdown))
        if level == 1, !paragraphs.isEmpty { sawH1 = true }
        output += paragraphs
    }

    private mutating func emitRow(_ row: String) {
        let cells = Self.cells(row).compactMap { cell -> String? in
            var inline = InlineReader(references: references)
            let text = HTMLText.inline(inline.html(cell))
            return text.isEmpty ? nil : text
        }
        if !cells.isEmpty { output.append(cells.joined(separator: " | ")) }
    }

    // MARK: Front matter and definitions

    /// Skips a YAML front matter block, keeping its title; returns the first line after it.
    private mutating func readFrontMatter() -> Int {
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else { return 0 }
        guard let end = lines.indices.dropFirst().first(where: {
            let line = lines[$0].trimmingCharacters(in: .whitespaces)
            return line == "---" || line == "..."
        }) else { return 0 }
        for line in lines[1..<end] where line.hasPrefix("title:") {
            var value = line.dropFirst("title:".count).trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            frontMatterTitle = HTMLText.inline(value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;"))
        }
        return end + 1
    }

    /// Finds reference definitions (outside fenced code), which may come after their use.
    private mutating func findDefinitions(from start: Int) {
        var fence: (marker: Character, length: Int)?
        for index in start..<lines.count {
            let line = Self.unquoted(lines[index])
            if let current = fence {
                if Self.closesFence(line, current) { fence = nil }
                continue
            }
            if let opened = Self.opensFence(line) {
                fence = opened
                continue
            }
            if let label = Self.definitionLabel(line) {
                references.insert(label)
                definitionLines.insert(index)
            }
        }
    }

    /// The normalized label of a reference definition line: `[label]: destination "title"`.
    static func definitionLabel(_ line: Substring) -> String? {
        var rest = line.dropFirst(leadingSpaces(line))
        guard leadingSpaces(line) <= 3, rest.first == "[", rest.dropFirst().first != "^" else { return nil }
        rest = rest.dropFirst()
        guard let close = rest.firstIndex(of: "]"), close != rest.startIndex, rest[close...].hasPrefix("]:") else {
            return nil
        }
        let label = rest[..<close]
        guard !label.contains("[") else { return nil }
        rest = rest[rest.index(close, offsetBy: 2)...].drop(while: { $0 == " " || $0 == "\t" })
        // The destination: <…> or a run without spaces.
        if rest.first == "<" {
            guard let end = rest.firstIndex(of: ">") else { return nil }
            rest = rest[rest.index(after: end)...]
        } else {
            let destination = rest.prefix(while: { $0 != " " && $0 != "\t" })
            guard !destination.isEmpty else { return nil }
            rest = rest.dropFirst(destination.count)
        }
        let title = rest.trimmingCharacters(in: .whitespaces)
        if !title.isEmpty {
            guard title.count >= 2, let open = title.first, let close = title.last,
                (open == "\"" && close == "\"") || (open == "'" && close == "'") || (open == "(" && close == ")"),
                rest.first == " " || rest.first == "\t"
            else { return nil }
        }
        return normalizedLabel(label)
    }

    static func normalizedLabel<S: StringProtocol>(_ label: S) -> String {
        label.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    // MARK: Line kinds

    static func leadingSpaces(_ line: Substring) -> Int {
        var count = 0
        for c in line {
            if c == " " { count += 1 } else if c == "\t" { count += 4 } else { break }
        }
        return count
    }

    /// The line without its block quote markers (`>`, `> `, nested).
    static func unquoted(_ line: Substring) -> Substring {
        var rest = line
        while true {
            let indent = leadingSpaces(rest)
            let body = rest.drop(while: { $0 == " " || $0 == "\t" })
            guard indent <= 3, body.first == ">" else { return rest }
            rest = body.dropFirst()
            if rest.first == " " { rest = rest.dropFirst() }
        }
    }

    static func opensFence(_ line: Substring) -> (marker: Character, length: Int)? {
        guard leadingSpaces(line) <= 3 else { return nil }
        let body = line.drop(while: { $0 == " " || $0 == "\t" })
        guard let marker = body.first, marker == "`" || marker == "~" else { return nil }
        let run = body.prefix(while: { $0 == marker }).count
        guard run >= 3 else { return nil }
        if marker == "`", body.dropFirst(run).contains("`") { return nil }
        return (marker, run)
    }

    static func closesFence(_ line: Substring, _ fence: (marker: Character, length: Int)) -> Bool {
        guard leadingSpaces(line) <= 3 else { return false }
        let body = line.trimmingCharacters(in: .whitespaces)
        return body.count >= fence.length && body.allSatisfy { $0 == fence.marker }
    }

    static func atxHeading(_ line: Substring) -> (Int, String)? {
        guard leadingSpaces(line) <= 3 else { return nil }
        let body = line.drop(while: { $0 == " " || $0 == "\t" })
        let level = body.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(level) else { return nil }
        let rest = body.dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingCharacters(in: .whitespaces)
        // A closing sequence of #s, after a space (or alone), is not part of the heading.
        let closing = text.reversed().prefix(while: { $0 == "#" }).count
        if closing > 0 {
            let kept = text.dropLast(closing)
            if kept.isEmpty || kept.last == " " || kept.last == "\t" {
                text = kept.trimmingCharacters(in: .whitespaces)
            }
        }
        return (level, text)
    }

    static func isSetextUnderline(_ trimmed: String) -> Bool {
        guard let first = trimmed.first, first == "=" || first == "-" else { return false }
        return trimmed.allSatisfy { $0 == first }
    }

    static func isThematicBreak(_ trimmed: String) -> Bool {
        guard let first = trimmed.first, first == "-" || first == "*" || first == "_" else { return false }
        var marks = 0
        for c in trimmed {
            if c == first { marks += 1 } else if c != " " && c != "\t" { return false }
        }
        return marks >= 3
    }

    static func isDelimiterRow(_ trimmed: String) -> Bool {
        guard trimmed.contains("|"), trimmed.contains("-") else { return false }
        let cells = trimmed.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let inner = cells.enumerated().filter { !($0.element.isEmpty && ($0.offset == 0 || $0.offset == cells.count - 1)) }
        return !inner.isEmpty && inner.allSatisfy { cell in
            var body = Substring(cell.element)
            if body.first == ":" { body = body.dropFirst() }
            if body.last == ":" { body = body.dropLast() }
            return !body.isEmpty && body.allSatisfy { $0 == "-" }
        }
    }

    /// The cells of a table row, split at `|` that are not escaped.
    static func cells(_ row: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for c in row {
            if escaped {
                cell.append(c == "|" ? "|" : "\\")
                if c != "|" { cell.append(c) }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "|" {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(c)
            }
        }
        if escaped { cell.append("\\") }
        cells.append(cell)
        return cells.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The content of a list item line, without its marker; nil when the line is no item.
    static func listItem(_ line: Substring, interrupting paragraph: Bool) -> Substring? {
        let body = line.drop(while: { $0 == " " || $0 == "\t" })
        guard let first = body.first else { return nil }
        var rest: Substring
        if first == "-" || first == "*" || first == "+" {
            rest = body.dropFirst()
        } else {
            let digits = body.prefix(while: { $0.isASCII && $0.isNumber })
            guard (1...3).contains(digits.count) else { return nil }
            rest = body.dropFirst(digits.count)
            guard let delimiter = rest.first, delimiter == "." || delimiter == ")" else { return nil }
            // Only a list starting at 1 may interrupt a paragraph.
            if paragraph, Int(digits) != 1 { return nil }
            rest = rest.dropFirst()
        }
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        // An empty item cannot interrupt a paragraph.
        if paragraph, rest.allSatisfy({ $0 == " " || $0 == "\t" }) { return nil }
        return rest
    }
}

/// Markdown spans to an HTML fragment: code and escapes entity-encoded, links reduced to their
/// text, images dropped, emphasis markers removed; raw HTML tags passed on for `HTMLText`.
private struct InlineReader {
    let references: Set<String>
    /// Backtick run lengths known to have no closing run before a given end (run, end).
    private var unclosedCode: Set<[Int]> = []
    /// A comment opening from which no `-->` was found before an end (from, end).
    private var unclosedComment: (from: Int, end: Int)?
    private static let maxLinkScan = 1000
    private static let maxDepth = 8

    init(references: Set<String>) { self.references = references }

    mutating func html(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        return html(scalars, 0..<scalars.count, depth: 0)
    }

    private enum Piece {
        case text(String)
        case delimiter(Delimiter)
    }

    private struct Delimiter {
        var mark: Unicode.Scalar
        var count: Int
        let original: Int
        let canOpen: Bool
        let canClose: Bool
    }

    private mutating func html(_ s: [Unicode.Scalar], _ range: Range<Int>, depth: Int) -> String {
        var pieces: [Piece] = []
        var text = ""
        var k = range.lowerBound
        let end = range.upperBound
        func flush() {
            if !text.isEmpty { pieces.append(.text(text)) }
            text = ""
        }
        while k < end {
            let c = s[k]
            switch c {
            case "\\":
                if k + 1 < end, s[k + 1].isASCII, Self.isPunctuation(s[k + 1]) {
                    Self.appendEscaped(s[k + 1], to: &text)
                    k += 2
                } else {
                    text.unicodeScalars.append(c)
                    k += 1
                }
            case "`":
                var run = 0
                while k + run < end, s[k + run] == "`" { run += 1 }
                if let close = closingCode(s, from: k + run, end: end, run: run) {
                    var content = Array(s[(k + run)..<close])
                    if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
                        content = Array(content.dropFirst().dropLast())
                    }
                    for scalar in content { Self.appendEscaped(scalar, to: &text) }
                    k = close + run
                } else {
                    text += String(repeating: "`", count: run)
                    k += run
                }
            case "!" where k + 1 < end && s[k + 1] == "[" && depth < Self.maxDepth:
                if let link = link(s, at: k + 1, end: end) {
                    k = link.end
                } else {
                    text.unicodeScalars.append(c)
                    k += 1
                }
            case "[" where depth < Self.maxDepth:
                if k + 2 < end, s[k + 1] == "^", let close = s[(k + 2)..<end].firstIndex(of: "]"), close > k + 2,
                    !s[(k + 2)..<close].contains(where: { $0.properties.isWhitespace })
                {
                    // A footnote mark.
                    k = close + 1
                } else if let link = link(s, at: k, end: end) {
                    text += html(s, link.text, depth: depth + 1)
                    k = link.end
                } else {
                    text.unicodeScalars.append(c)
                    k += 1
                }
            case "<":
                if let autolink = Self.autolink(s, at: k, end: end) {
                    for scalar in s[(k + 1)..<(autolink - 1)] { Self.appendEscaped(scalar, to: &text) }
                    k = autolink
                } else if let tagEnd = htmlTag(s, at: k, end: end) {
                    text.unicodeScalars.append(contentsOf: s[k..<tagEnd])
                    k = tagEnd
                } else {
                    text += "&lt;"
                    k += 1
                }
            case "*", "_":
                var run = 0
                while k + run < end, s[k + run] == c { run += 1 }
                let before: Unicode.Scalar = k > range.lowerBound ? s[k - 1] : " "
                let after: Unicode.Scalar = k + run < end ? s[k + run] : " "
                let afterSpace = after.properties.isWhitespace
                let beforeSpace = before.properties.isWhitespace
                let afterPunct = Self.isPunctuation(after)
                let beforePunct = Self.isPunctuation(before)
                let left = !afterSpace && (!afterPunct || beforeSpace || beforePunct)
                let right = !beforeSpace && (!beforePunct || afterSpace || afterPunct)
                var canOpen: Bool
                var canClose: Bool
                if c == "*" {
                    canOpen = left
                    canClose = right
                    // Between two digits, `*` multiplies (3*4, 2**10).
                    if Self.isDigit(before), Self.isDigit(after) {
                        canOpen = false
                        canClose = false
                    }
                } else {
                    canOpen = left && (!right || beforePunct)
                    canClose = right && (!left || afterPunct)
                }
                flush()
                pieces.append(.delimiter(Delimiter(mark: c, count: run, original: run, canOpen: canOpen, canClose: canClose)))
                k += run
            default:
                text.unicodeScalars.append(c)
                k += 1
            }
        }
        flush()
        Self.matchEmphasis(&pieces)
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let t): result += t
            case .delimiter(let d): result += String(repeating: String(d.mark), count: d.count)
            }
        }
        return result
    }

    /// The CommonMark "process emphasis" procedure, reduced to counting markers away.
    private static func matchEmphasis(_ pieces: inout [Piece]) {
        var stack: [Int] = pieces.indices.filter {
            if case .delimiter = pieces[$0] { return true } else { return false }
        }
        func delimiter(_ index: Int) -> Delimiter {
            if case .delimiter(let d) = pieces[index] { return d }
            fatalError("not a delimiter")
        }
        // Per kind of closer, the piece index at or below which no opener is left (CommonMark's
        // openers_bottom); piece indices, unlike stack slots, do not move when the stack shrinks.
        var bottoms: [String: Int] = [:]
        var current = 0
        while current < stack.count {
            var closer = delimiter(stack[current])
            guard closer.canClose, closer.count > 0 else {
                current += 1
                continue
            }
            let key = "\(closer.mark)\(closer.original % 3)\(closer.canOpen)"
            let bottom = bottoms[key] ?? -1
            var found: Int?
            var o = current - 1
            while o >= 0, stack[o] > bottom {
                let opener = delimiter(stack[o])
                if opener.mark == closer.mark, opener.canOpen, opener.count > 0 {
                    let oddMatch = (closer.canOpen || opener.canClose) && (opener.original + closer.original) % 3 == 0
                        && !(opener.original % 3 == 0 && closer.original % 3 == 0)
                    if !oddMatch {
                        found = o
                        break
                    }
                }
                o -= 1
            }
            guard let openerSlot = found else {
                bottoms[key] = current > 0 ? stack[current - 1] : -1
                if closer.canOpen {
                    current += 1
                } else {
                    stack.remove(at: current)
                }
                continue
            }
            var opener = delimiter(stack[openerSlot])
            let use = opener.count >= 2 && closer.count >= 2 ? 2 : 1
            opener.count -= use
            closer.count -= use
            pieces[stack[openerSlot]] = .delimiter(opener)
            pieces[stack[current]] = .delimiter(closer)
            // Delimiters between the pair can no longer match.
            stack.removeSubrange((openerSlot + 1)..<current)
            current = openerSlot + 1
            if opener.count == 0 {
                stack.remove(at: openerSlot)
                current -= 1
            }
            if closer.count == 0 { stack.remove(at: current) }
        }
    }

    /// The index of a closing backtick run of exactly `run` backticks at or after `start`.
    private mutating func closingCode(_ s: [Unicode.Scalar], from start: Int, end: Int, run: Int) -> Int? {
        guard !unclosedCode.contains([run, end]) else { return nil }
        var j = start
        while j < end {
            if s[j] == "`" {
                var length = 0
                while j + length < end, s[j + length] == "`" { length += 1 }
                if length == run { return j }
                j += length
            } else {
                j += 1
            }
        }
        unclosedCode.insert([run, end])
        return nil
    }

    /// A link or image at `[`: the range of its text and the index past it.
    private func link(_ s: [Unicode.Scalar], at open: Int, end: Int) -> (text: Range<Int>, end: Int)? {
        guard let close = Self.matching(s, from: open, end: end, open: "[", close: "]") else { return nil }
        let textRange = (open + 1)..<close
        let next = close + 1
        if next < end, s[next] == "(" {
            guard let paren = Self.matching(s, from: next, end: end, open: "(", close: ")") else { return nil }
            return (textRange, paren + 1)
        }
        if next < end, s[next] == "[" {
            let limit = min(end, next + Self.maxLinkScan)
            guard let labelEnd = s[(next + 1)..<limit].firstIndex(of: "]") else { return nil }
            let label = labelEnd == next + 1 ? textRange : (next + 1)..<labelEnd
            guard !s[label].contains("[") else { return nil }
            // [text][ref] and [text][] read as links even when the definition is missing.
            return (textRange, labelEnd + 1)
        }
        var label = String.UnicodeScalarView()
        label.append(contentsOf: s[textRange])
        guard references.contains(MarkdownReader.normalizedLabel(String(label))) else { return nil }
        return (textRange, next)
    }

    /// The index of the bracket matching the one at `start`, within `maxLinkScan` scalars.
    private static func matching(
        _ s: [Unicode.Scalar], from start: Int, end: Int, open: Unicode.Scalar, close: Unicode.Scalar
    ) -> Int? {
        var depth = 0
        var j = start
        let limit = min(end, start + maxLinkScan)
        while j < limit {
            let c = s[j]
            if c == "\\" {
                j += 2
                continue
            }
            if c == open {
                depth += 1
            } else if c == close {
                depth -= 1
                if depth == 0 { return j }
            }
            j += 1
        }
        return nil
    }

    /// The index past an autolink `<scheme:…>` or `<name@host>` at `start`.
    private static func autolink(_ s: [Unicode.Scalar], at start: Int, end: Int) -> Int? {
        var j = start + 1
        var sawColon = false
        var sawAt = false
        var schemeLength = 0
        while j < end, j - start < maxLinkScan {
            let c = s[j]
            if c == ">" {
                return (sawColon && schemeLength >= 2) || (sawAt && j > start + 3) ? j + 1 : nil
            }
            if c == "<" || c.properties.isWhitespace { return nil }
            if !sawColon {
                if c == ":" {
                    sawColon = true
                } else if c.isASCII && (c.properties.isAlphabetic || isDigit(c) || c == "+" || c == "." || c == "-") {
                    schemeLength += 1
                } else if c == "@" {
                    sawAt = true
                    schemeLength = 0
                } else if !sawAt {
                    schemeLength = 0
                }
            }
            j += 1
        }
        return nil
    }

    /// The index past a well-formed HTML tag or comment at `start`, or nil. A tag's scan stops
    /// at the next `<` (even in quotes) and a failed comment scan is remembered, so that many
    /// broken tags cost linear time.
    private mutating func htmlTag(_ s: [Unicode.Scalar], at start: Int, end: Int) -> Int? {
        var j = start + 1
        guard j < end else { return nil }
        if s[j] == "!" {
            guard j + 2 < end, s[j + 1] == "-", s[j + 2] == "-" else { return nil }
            if let failed = unclosedComment, failed.end == end, start >= failed.from { return nil }
            j += 3
            while j + 2 < end {
                if s[j] == "-", s[j + 1] == "-", s[j + 2] == ">" { return j + 3 }
                j += 1
            }
            unclosedComment = (start, end)
            return nil
        }
        if s[j] == "/" { j += 1 }
        guard j < end, s[j].isASCII, s[j].properties.isAlphabetic else { return nil }
        while j < end, s[j].isASCII, s[j].properties.isAlphabetic || Self.isDigit(s[j]) || s[j] == "-" { j += 1 }
        guard j < end else { return nil }
        if s[j] == ">" { return j + 1 }
        if s[j] == "/" { return j + 1 < end && s[j + 1] == ">" ? j + 2 : nil }
        guard s[j].properties.isWhitespace else { return nil }
        var quote: Unicode.Scalar?
        while j < end {
            let c = s[j]
            if c == "<" {
                return nil
            } else if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                return j + 1
            }
            j += 1
        }
        return nil
    }

    private static func appendEscaped(_ scalar: Unicode.Scalar, to text: inout String) {
        switch scalar {
        case "<": text += "&lt;"
        case "&": text += "&amp;"
        default: text.unicodeScalars.append(scalar)
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// Unicode punctuation and symbols, as CommonMark's flanking rules count them.
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}

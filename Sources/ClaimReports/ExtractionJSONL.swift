import ClaimAnalysis
import Quantities

/// One line of `claimdesk extract --jsonl` output: the figures and figure gaps of one input
/// line, as a compact JSON object with keys in a fixed order.
///
/// Written by hand into `JSONBytes` rather than with `JSONEncoder` because batch mode runs
/// over gigabytes: appending bytes is several times faster and its key order is guaranteed.
public enum ExtractionJSONL {
    /// A flag of one line, located by UTF-8 byte offsets into the line.
    public struct LineFlag: Hashable, Sendable {
        public var kind: String
        public var text: String
        public var span: Range<Int>
        public var message: String
        public var details: String?
    }

    /// The figure gaps of an extraction as flags: what `--figures-only` reports.
    public static func gapFlags(_ extraction: Extraction) -> [LineFlag] {
        extraction.gaps.map { LineFlag(kind: FlagKind.missingFigure.rawValue, text: $0.text, span: $0.span, message: $0.reason) }
    }

    /// Every flag the claim analysis raises on a line (gaps, missing sources, vague
    /// quantities, inconsistencies…), each at the words it points at, or at its sentence.
    public static func claimFlags(_ analysis: Analysis, line: String) -> [LineFlag] {
        // The analyzer trims and splits the line into paragraphs, so its offsets are not the
        // line's: each sentence is found again in the line, in order, and each flag's words
        // in its sentence.
        let bytes = Array(line.utf8)
        var cursor = 0
        var flags: [LineFlag] = []
        for claim in analysis.claims {
            let sentence = Array(claim.sentence.utf8)
            guard let start = find(sentence, in: bytes, from: cursor) else { continue }
            cursor = start + sentence.count
            for flag in claim.flags {
                let words = Array(flag.text.utf8)
                let span: Range<Int>
                if let offset = find(words, in: sentence, from: 0) ?? find(words, in: sentence, from: 0, ignoringCase: true) {
                    span = (start + offset)..<(start + offset + words.count)
                } else {
                    span = start..<(start + sentence.count)
                }
                let text = String(decoding: bytes[span], as: UTF8.self)
                flags.append(LineFlag(kind: flag.kind.rawValue, text: text, span: span, message: flag.message, details: flag.details))
            }
        }
        return flags
    }

    /// The first offset of `needle` in `haystack` at or after `from`, comparing ASCII letters
    /// without case when asked.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int, ignoringCase: Bool = false) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count, from <= haystack.count - needle.count else { return nil }
        func fold(_ b: UInt8) -> UInt8 { ignoringCase && b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        for start in from...(haystack.count - needle.count) where fold(haystack[start]) == fold(needle[0]) {
            if (1..<needle.count).allSatisfy({ fold(haystack[start + $0]) == fold(needle[$0]) }) { return start }
        }
        return nil
    }

    /// Appends the line of `extraction` with `flags`, without its line end.
    public static func writeLine(_ extraction: Extraction, flags: [LineFlag], into out: inout JSONBytes) {
        out.raw("{\"quantities\":[")
        writeQuantityElements(extraction.quantities, into: &out)
        out.raw("],\"flags\":[")
        writeFlagElements(flags, into: &out)
        out.raw("]}")
    }

    /// The line of `extraction` with `flags` as a string.
    public static func line(for extraction: Extraction, flags: [LineFlag]) -> String {
        var out = JSONBytes()
        writeLine(extraction, flags: flags, into: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }
}

import Foundation
import TestSupport
import Testing

@testable import ClaimAnalysis

/// `Document.lines(of:)`, the byte-level line splitter, against what it replaced: a split
/// on `Character.isNewline` and Foundation's trimming of `CharacterSet.whitespaces`.
@Suite("Document lines")
struct DocumentLinesTests {
    /// The reference: the code the byte splitter replaced.
    private func reference(_ raw: String) -> [String] {
        raw.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    @Test("Every kind of line end and space is handled as before", arguments: [
        "one\ntwo\r\nthree\rfour",
        "  padded  \n\t\ttabs\t\n",
        "\u{A0}no-break\u{A0}\u{2003}\u{3000}",
        "vertical\u{0B}tab\u{0C}form feed",
        "next\u{85}line\u{2028}separator\u{2029}paragraph",
        "   \n \n\u{A0}\n",
        "",
        "Prices rose 5%.\u{202F}\u{205F}\u{1680}",
        "«Цена» выросла\u{2009}на 12%\n東京 🚀 \u{200A}",
        "zero\u{200B}width is no space",
    ])
    func cases(_ raw: String) {
        #expect(Document.lines(of: raw) == reference(raw))
    }

    @Test("Random texts of spaces, line ends and letters split as before")
    func random() {
        var random = SplitMix64(seed: 0xD0C5)
        let pieces = ["a", "Z", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2028}", "\u{2029}",
                      "\u{2000}", "\u{200A}", "\u{200B}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{1680}", "é", "\u{301}", "5%", "€"]
        for _ in 0..<2_000 {
            let raw = (0..<random.below(30)).map { _ in random.pick(pieces) }.joined()
            #expect(Document.lines(of: raw) == reference(raw), "\(raw.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}

import Quantities
import Testing

/// Terminal escape sequences pasted with an article ("\u{1B}[0m", an OSC window title) are
/// formatting, never figures: "0m" in "\u{1B}[0m" is no zero metres (issue 16).
@Suite("Escape sequences")
struct EscapeSequenceTests {
    @Test("Escape sequences alone yield no figure and no gap", arguments: [
        "\u{1B}[0m",
        "\u{1B}[38;5;196m",
        "\u{1B}[10;20H\u{1B}[2J",
        "\u{1B}[?25l\u{1B}[5 q",
        "\u{1B}]0;title\u{07}",
        "\u{1B}]0;Prices up 5% to $3 million\u{07}",
        "\u{1B}]2;12 workers\u{1B}\\",
        "\u{1B}]8;;https://example.org/5%\u{1B}\\",
        "\u{1B}P1$r0m\u{1B}\\",
        "\u{1B}_5%\u{1B}\\ \u{1B}^7 km\u{1B}\\ \u{1B}X30%\u{1B}\\",
        "\u{1B}(0\u{1B}#8\u{1B}7\u{1B}8\u{1B}=\u{1B}c",
        // C1 controls: CSI, OSC ended by ST or BEL, DCS, NEL, a lone one.
        "\u{9B}0m",
        "\u{9D}0;5%\u{9C}",
        "\u{9D}0;5%\u{07}",
        "\u{90}1;2|5%\u{9C}",
        "\u{85}\u{84}\u{9C}",
        // Cut short at the end of the text.
        "\u{1B}", "\u{1B}[", "\u{1B}[12", "\u{1B}]", "\u{1B}]0;5%", "\u{1B}]0;5%\u{1B}", "\u{9B}", "\u{9D}0;5%",
    ])
    func noFigure(_ input: String) {
        let extraction = extractor.extract(from: input)
        #expect(extraction.quantities.isEmpty, "\(input.debugDescription): \(extraction.quantities.map(\.text))")
        #expect(extraction.gaps.isEmpty, "\(input.debugDescription): \(extraction.gaps.map(\.text))")
    }

    @Test("Figures beside escape sequences are read as without them", arguments: [
        ("Turnout was \u{1B}[1m62%\u{1B}[0m of voters.", "62%", 62.0),
        ("\u{1B}[31m3.5 mph\u{1B}[0m", "3.5 mph", 3.5),
        ("\u{1B}]0;title\u{07}12,000 workers struck.", "12,000 workers", 12_000),
        ("\u{1B}]8;;https://example.org/9%\u{1B}\\the report\u{1B}]8;;\u{1B}\\ says 40% of costs", "40%", 40),
        ("\u{9B}1mrose 7%\u{9B}0m", "7%", 7),
        ("The fare is $3\u{1B}[0m.", "$3", 3),
    ])
    func figuresAround(_ input: String, text: String, value: Double) throws {
        let extraction = extractor.extract(from: input)
        let q = try #require(extraction.quantities.first { $0.text == text }, "\(input.debugDescription): \(extraction.quantities.map(\.text))")
        #expect(q.value == .exactly(value))
        #expect(extraction.quantities.count == 1, "\(extraction.quantities.map(\.text))")
        expectSpansInBounds(input, extraction)
    }

    /// An unterminated control string ends at the line end, so a stray "ESC ]" cannot hide
    /// the rest of an article; a malformed CSI ends at the first byte that cannot be in one.
    @Test("Unterminated sequences stop at the line end", arguments: [
        "\u{1B}]0;5% of\nrose 3%",
        "\u{1B}[12\n3%",
        "\u{9D}0;5%\r\n3%",
        "\u{1B}]0;a\u{1B}[0m3%",
    ])
    func unterminated(_ input: String) {
        #expect(extractor.extract(from: input).quantities.map(\.text) == ["3%"], "\(input.debugDescription)")
    }
}

import Quantities
import TestSupport
import Testing

@Suite("Spans")
struct SpanTests {
    @Test("UTF-8 spans slice back to the figure's text", arguments: [
        ("Unemployment hit 90% last year.", "90%"),
        ("“Quotes” first: 90% of microelectronics.", "90%"),
        ("Путин сказал, что 90% — это много.", "90%"),
        ("Он заплатил $5 million вчера.", "$5 million"),
        ("Café owners — “ça va” — paid €1,200 in rent.", "€1,200"),
        ("日本の会社は ¥500 を払った。", "¥500"),
        ("Emoji 🎉🎉 then 13,000 workers came.", "13,000 workers"),
        ("ارتفعت الأسعار بنسبة 5% في عام", "5%"),
        ("Price\u{00A0}list: 1\u{00A0}000 yuan today.", "1\u{00A0}000 yuan"),
    ])
    func spans(_ input: String, _ text: String) throws {
        let extraction = extractor.extract(from: input)
        let q = try #require(extraction.quantities.first { $0.text == text }, "found \(extraction.quantities.map(\.text))")
        #expect(slice(input, q.span) == text)
        // The span counts bytes, not characters: it starts after every byte of the prefix.
        let offset = try #require(byteOffset(of: text, in: input))
        #expect(q.span.lowerBound == offset)
        #expect(q.span.count == text.utf8.count)
        expectSpansInBounds(input, extraction)
    }

    @Test("Gap spans point at the orphaned sign after non-ASCII text")
    func gapSpanAfterNonASCII() throws {
        let input = "«Цитата»: supplying % of machine tools."
        let gap = try #require(extractor.extract(from: input).gaps.first)
        #expect(slice(input, gap.span) == "%")
    }
}

/// The UTF-8 offset of the first occurrence of `needle` in `haystack`.
func byteOffset(of needle: String, in haystack: String) -> Int? {
    let h = Array(haystack.utf8), n = Array(needle.utf8)
    guard !n.isEmpty, n.count <= h.count else { return nil }
    return (0...(h.count - n.count)).first { h[$0..<($0 + n.count)].elementsEqual(n) }
}


@Suite("Robustness")
struct RobustnessTests {
    @Test("Random bytes, decoded lossily, never crash and keep spans in bounds", arguments: 0..<20)
    func randomBytes(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        // Mix plain random bytes with bytes drawn from the characters the scanner cares about.
        let interesting = Array("0123456789%$€£¥.,:-/ km".utf8) + [0xC2, 0xA0, 0xE2, 0x80, 0xAF, 0xFF, 0xFE]
        let bytes: [UInt8] = (0..<4096).map { _ in
            Bool.random(using: &rng) ? UInt8.random(in: 0...255, using: &rng) : interesting.randomElement(using: &rng)!
        }
        let input = String(decoding: bytes, as: UTF8.self)
        let extraction = extractor.extract(from: input)
        expectSpansInBounds(input, extraction)
        #expect(extractor.extract(from: input) == extraction, "extraction must be deterministic")
    }

    @Test("Ten thousand percent signs")
    func manyPercentSigns() {
        let input = String(repeating: "%", count: 10_000)
        let extraction = extractor.extract(from: input)
        #expect(extraction.quantities.isEmpty)
        #expect(!extraction.gaps.isEmpty && extraction.gaps.count <= 10_000)
        expectSpansInBounds(input, extraction)
    }

    @Test("A 1 MB line without a newline")
    func megabyteLine() {
        let sentence = "Officials said 13,000 workers, 90% of staff and $5 million were affected "
        let input = String(repeating: sentence, count: 1_048_576 / sentence.utf8.count + 1)
        #expect(input.utf8.count >= 1_048_576)
        #expect(!input.contains("\n"))
        let extraction = extractor.extract(from: input)
        let repeats = input.utf8.count / sentence.utf8.count
        #expect(extraction.quantities.count == 3 * repeats)
        expectSpansInBounds(input, extraction)
    }

    @Test("Control characters around figures")
    func controlCharacters() {
        let input = "\u{0}\u{1}90%\u{7}\u{8}\t$5 million\u{1B}[0m\u{7F}\r\n\u{0C}13,000 workers\u{0}"
        let extraction = extractor.extract(from: input)
        expectSpansInBounds(input, extraction)
        #expect(extraction.quantities.map(\.text).contains("13,000 workers"))
    }

    @Test("Right-to-left text and bidi marks", arguments: [
        "ارتفعت الأسعار بنسبة 5% في عام 2023",
        "המחירים עלו ב-5% השנה",
        "\u{202E}90% of microelectronics\u{202C}",
        "Prices rose 5%\u{200F} in May\u{200E}.",
        "\u{200F}$5 million\u{200F}",
    ])
    func rightToLeft(_ input: String) {
        let extraction = extractor.extract(from: input)
        expectSpansInBounds(input, extraction)
        #expect(extractor.extract(from: input) == extraction)
    }

    @Test("Empty and whitespace-only input")
    func empty() {
        for input in ["", " ", "\n\n", "\u{00A0}", "%"] {
            let extraction = extractor.extract(from: input)
            #expect(extraction.quantities.isEmpty)
            expectSpansInBounds(input, extraction)
        }
    }

    @Test("Input ending in the middle of a figure")
    func truncated() {
        for input in ["$", "US $", "5-", "13,", "2.", "between 5 and", "one in", "3:", "eight or", "52-year-"] {
            let extraction = extractor.extract(from: input)
            expectSpansInBounds(input, extraction)
        }
        #expect(extractor.extract(from: "$").gaps.count == 1)
    }
}

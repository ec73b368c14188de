import ClaimAnalysis
import ClaimReports
import Foundation
import Quantities
import Testing

/// `JSONBytes`, the byte buffer `extract --jsonl` writes its lines into, and the JSONL line
/// built with it: valid JSON that reads back to what went in.
@Suite("JSON bytes")
struct JSONBytesTests {
    private func text(_ build: (inout JSONBytes) -> Void) -> String {
        var out = JSONBytes()
        build(&out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    @Test("Strings escape quotes, backslashes and control characters, and nothing else", arguments: [
        ("plain", #""plain""#),
        ("", #""""#),
        (#"he said "5%""#, #""he said \"5%\"""#),
        (#"C:\data"#, #""C:\\data""#),
        ("a\nb\rc\td", #""a\nb\rc\td""#),
        ("bell\u{07}unit\u{1F}", #""bell\u0007unit\u001f""#),
        ("\u{7F} is no control below U+0020", "\"\u{7F} is no control below U+0020\""),
        ("£5m, €4.8bn, 5 µm, 東京 🚀", "\"£5m, €4.8bn, 5 µm, 東京 🚀\""),
        ("a/b", #""a/b""#),
    ])
    func strings(_ c: (input: String, json: String)) {
        #expect(text { $0.string(c.input) } == c.json)
    }

    @Test("Every string reads back as itself through a JSON parser")
    func stringsRoundTrip() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["a", "\"", "\\", "\n", "\u{01}", "\u{1F}", "é", "€", "🚀", " ", "/", "\u{7F}", "\t", "\r"]
        for _ in 0..<300 {
            let length = Int.random(in: 0..<24, using: &generator)
            let s = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            let json = text { $0.raw("["); $0.string(s); $0.raw("]") }
            let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
            #expect(parsed == [s], "\(json.debugDescription)")
        }
    }

    @Test("Numbers: whole values below 2^53 as digits, others as Swift prints them, not finite as null", arguments: [
        (0.0, "0"),
        (90.0, "90"),
        (-0.8, "-0.8"),
        (-12.0, "-12"),
        (1.2e9, "1200000000"),
        (9_007_199_254_740_991.0, "9007199254740991"),
        (9_007_199_254_740_992.0, "9007199254740992.0"),
        (2.3e18, "2.3e+18"),
        (1e-300, "1e-300"),
        (0.6666666666666666, "0.6666666666666666"),
        (Double.infinity, "null"),
        (Double.nan, "null"),
    ])
    func numbers(_ c: (value: Double, json: String)) {
        #expect(text { $0.number(c.value) } == c.json)
    }

    @Test("Integers in digits, the smallest and largest included", arguments: [0, 7, 10, 1234567890, -1, -45, Int.max, Int.min])
    func integers(_ v: Int) {
        #expect(text { $0.int(v) } == String(v))
    }

    @Test("Nil strings are null")
    func nullStrings() {
        #expect(text { $0.string(orNull: nil) } == "null")
        #expect(text { $0.string(orNull: "%") } == #""%""#)
    }

    @Test("A JSONL line holds every figure's fields in a fixed key order and parses")
    func line() throws {
        let sentence = #"Exports rose 5% to "$3.2bn" between 2020 and 2023, from 10 to 12 plants."#
        let extraction = QuantityExtractor().extract(from: sentence)
        let line = ExtractionJSONL.line(for: extraction, flags: ExtractionJSONL.gapFlags(extraction))
        #expect(line.hasPrefix(#"{"quantities":[{"text":"5%","start":13,"end":15,"value":5,"unit":"%","normalized_unit":"percentage","change":"up","concept":["Exports"],"kind":"percentage"}"#))
        #expect(line.hasSuffix(#"],"flags":[]}"#))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let quantities = try #require(object["quantities"] as? [[String: Any]])
        #expect(quantities.count == extraction.quantities.count)
        for (json, q) in zip(quantities, extraction.quantities) {
            #expect(json["text"] as? String == q.text)
            #expect(json["start"] as? Int == q.span.lowerBound)
            #expect(json["end"] as? Int == q.span.upperBound)
        }
    }

    @Test("Pieces of a long line join into the same line as the whole")
    func pieces() throws {
        let first = "Sales rose 5% in March. "
        let second = "Profit fell 3% to $2bn."
        let extractor = QuantityExtractor()
        let whole = extractor.extract(from: first + second)
        var joined = JSONBytes()
        joined.raw("{\"quantities\":[")
        let a = extractor.extract(from: first)
        let b = extractor.extract(from: second)
        ExtractionJSONL.writeQuantityElements(a.quantities, shift: 0, continuing: false, into: &joined)
        ExtractionJSONL.writeQuantityElements(b.quantities, shift: first.utf8.count, continuing: !a.quantities.isEmpty, into: &joined)
        joined.raw("],\"flags\":[]}")
        #expect(String(decoding: joined.bytes, as: UTF8.self) == ExtractionJSONL.line(for: whole, flags: []))
    }
}

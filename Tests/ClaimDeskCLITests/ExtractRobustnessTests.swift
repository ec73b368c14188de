import Foundation
import TestSupport
import Testing

/// Hostile and odd inputs for `claimdesk extract --jsonl`, driven through the real binary and a
/// pipe. Whatever the extractor finds or misses, the batch contract must hold for every input:
///
/// - exit status 0;
/// - exactly one JSON object per input line, in order (see `inputLines` for what a line is);
/// - each object has a "quantities" array and a "flags" array;
/// - every span satisfies 0 <= start < end <= the line's UTF-8 byte length;
/// - a quantity's bytes [start, end) of the line are exactly its "text", and a flag's bytes
///   (the orphaned sign) occur in its "text" (the words around the hole).
///
/// Lines that are not valid UTF-8 are extracted after their invalid bytes become U+FFFD (README,
/// "extract --jsonl"), so their spans are checked against that replaced line: it is the line the
/// offsets point into.
///
/// The pseudo-random inputs come from a fixed-seed SplitMix64, so a failure is reproducible: the
/// seed is printed and part of every failure message, and a failing input is saved to a file
/// named in the message. CLAIMDESK_FUZZ_SEED=<decimal or 0x-hex> replays one seed in place of
/// the built-in ones.
@Suite struct ExtractRobustnessTests {
    // MARK: - Inputs

    static let fuzzSeeds: [UInt64] = [0x5EED_0000_C1A1_0001, 0x5EED_0000_C1A1_0002, 0x5EED_0000_C1A1_0003]

    /// Fragments that number readers trip over, glued together with and without separators.
    static let fragments: [String] = [
        "1", "12,000", ".5", "3.5", "-", "–", "%", "$", "€", "£", "million", "bn", "k", "m", "per",
        "cent", "to", "and", "between", "½", "e10", "1/2", ":", "(", ")", "\"", "one", "twenty-four",
        "half", "a", "dozen", "years", "old", "mph", "km/h",
        " ", " ", " ", "\t", "\u{00A0}", "ב-", "٣", "😀", "👍🏽", "🇬🇧",
    ]

    /// ~200 lines of random fragment mixtures (some blank), the last one with or without "\n".
    static func fuzzInput(seed: UInt64) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        var text = ""
        for number in 0..<200 {
            let count = random.below(25)
            for _ in 0..<count { text += random.pick(fragments) }
            if number < 199 || random.below(2) == 0 { text += "\n" }
        }
        return Array(text.utf8)
    }

    // MARK: - Tests

    @Test(arguments: fuzzSeeds)
    func fuzzedFigureFragments(builtInSeed: UInt64) throws {
        let seed = Self.seedOverride ?? builtInSeed
        print("ExtractRobustnessTests: fuzz seed \(Self.hex(seed))")
        let input = Self.fuzzInput(seed: seed)
        let run = try extractChecked(input, "fuzz seed \(Self.hex(seed))")
        #expect(run.result.stderr.isEmpty, "fuzz seed \(Self.hex(seed)): \(run.result.stderr)")
    }

    @Test func randomBytesAreReplacedWithAWarning() throws {
        let seed: UInt64 = Self.seedOverride ?? 0xB17E_5000_0000_0001
        print("ExtractRobustnessTests: random-bytes seed \(Self.hex(seed))")
        var random = SplitMix64(seed: seed)
        var input: [UInt8] = []
        for _ in 0..<50 {
            for _ in 0..<random.below(160) {
                var byte = UInt8(truncatingIfNeeded: random.next())
                if byte == UInt8(ascii: "\n") { byte = 0x80 }
                input.append(byte)
            }
            input.append(UInt8(ascii: "\n"))
        }
        let label = "random bytes seed \(Self.hex(seed))"
        let run = try extractChecked(input, label)
        let invalid = run.lines.filter { !Self.isValidUTF8($0) }.count
        #expect(run.lines.count == 50)
        #expect(invalid > 0, "\(label): the generator made no invalid UTF-8, so the case tests nothing")
        #expect(
            run.result.stderr
                == "claimdesk: warning: \(invalid) of 50 lines were not valid UTF-8; invalid bytes were replaced by U+FFFD\n",
            "\(label)")
    }

    @Test func oneMegabyteLine() throws {
        let sentence = Array("Prices rose 5% to $1,200 in 2019 and ".utf8)
        var line: [UInt8] = []
        line.reserveCapacity((1 << 20) + 1)
        while line.count < 1 << 20 { line += sentence }
        line.removeLast(line.count - (1 << 20))  // ASCII, so any cut is a character boundary
        #expect(line.count == 1_048_576 && !line.contains(UInt8(ascii: "\n")))
        let run = try extractChecked(line + [UInt8(ascii: "\n")], "1 MB line")
        #expect(run.objects.count == 1)
        let quantities = run.objects.first?["quantities"] as? [Any] ?? []
        #expect(quantities.count > 0)
    }

    @Test func digitsOnlyLines() throws {
        let lines = [
            String(repeating: "1234567890", count: 1_000),  // 10,000 digits
            "0",
            (1...1_000).map(String.init).joined(separator: " "),
            String(repeating: "9", count: 10_000),
        ]
        let run = try extractChecked(Array((lines.joined(separator: "\n") + "\n").utf8), "digits")
        #expect(run.objects.count == 4)
    }

    @Test func tenThousandPercentSigns() throws {
        let run = try extractChecked(Array((String(repeating: "%", count: 10_000) + "\n").utf8), "10,000 %")
        #expect(run.objects.count == 1)
    }

    @Test func controlCharactersMixedWithFigures() throws {
        // Every C0 control but "\n" (NUL included), and DEL.
        let controls = String(decoding: (0...0x1F).filter { $0 != 0x0A }.map(UInt8.init) + [0x7F], as: UTF8.self)
        let lines = [
            controls,
            "up 5%" + controls + "$3 and 12,000 workers",
            "\u{0000}12,000\u{0000} jobs, \u{0000}5%\u{0000}",
            "a\u{0001}5%\u{001F}b \u{0007}$1.5 million\u{0008} \u{001B}[31m3.5 mph\u{001B}[0m",
            "\u{007F}€20bn\u{007F} \u{000B}40\u{000C}50 \u{000D}60% in the middle\u{000D}of a line",
            "\t\t1/2\t½\t\u{0000}",
        ]
        let run = try extractChecked(Array((lines.joined(separator: "\n") + "\n").utf8), "control characters")
        #expect(run.objects.count == lines.count)
        #expect(run.result.stderr.isEmpty, "\(run.result.stderr)")
    }

    @Test func rightToLeftText() throws {
        let lines = [
            "המחיר עלה ב-5% השנה",
            "ارتفع السعر بنسبة 5% هذا العام",
            "٥٪",
            "ارتفع بنسبة ٣٪ إلى ١٢٬٠٠٠ دولار",
            "המחיר עלה ב-12,000 ₪ בשנת 2019, כלומר ב-½",
            "\u{202B}5% \u{05E9}\u{202C} \u{200F}$3\u{200F}",
        ]
        let run = try extractChecked(Array((lines.joined(separator: "\n") + "\n").utf8), "right-to-left")
        try #require(run.objects.count == lines.count)
        // The figure sits after multi-byte letters, so its offsets are not character counts.
        for k in 0..<2 {
            let texts = (run.objects[k]["quantities"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            #expect(texts.contains("5%"), "line \(k + 1): \(texts)")
        }
    }

    @Test func crlfLineEnds() throws {
        for input in ["a 5% rise\r\nb $3 fall\r\n", "a 5% rise\r\nb $3 fall"] {
            let run = try extractChecked(Array(input.utf8), "CRLF \(input.debugDescription)")
            #expect(run.objects.count == 2)
            // The "\r" is part of the line end, so offsets are the same as with "\n" alone.
            let first = (run.objects.first?["quantities"] as? [[String: Any]])?.first
            #expect(first?["text"] as? String == "5%" && first?["start"] as? Int == 2 && first?["end"] as? Int == 4)
            let second = (run.objects.last?["quantities"] as? [[String: Any]])?.first
            #expect(second?["text"] as? String == "$3" && second?["start"] as? Int == 2 && second?["end"] as? Int == 4)
        }
    }

    /// The counting rule `inputLines` applies, pinned on small cases so the big tests rest on it.
    @Test(arguments: [
        ("", 0), ("\n", 1), ("\n\n", 2), ("5%", 1), ("5%\n", 1), ("a\n\nb", 3), ("a\r\n\r\n", 2), ("a\rb\r", 1),
    ])
    func lineCounting(input: String, lines: Int) throws {
        #expect(Self.inputLines(Array(input.utf8)).count == lines)
        let run = try extractChecked(Array(input.utf8), "line counting \(input.debugDescription)")
        #expect(run.objects.count == lines)
    }

    // MARK: - The contract

    struct ExtractRun {
        var result: RunResult
        var lines: [ArraySlice<UInt8>]
        var objects: [[String: Any]]
    }

    /// Input lines as `claimdesk extract` counts them (README: "exactly one JSON object per input
    /// line, in order, blank lines included"): each "\n" ends one line, and a "\r" right before
    /// it belongs to the line end, not the line. Text after the last "\n" is one more line if it
    /// is not empty, as a file whose last line lacks its newline still has that line; so "a\nb"
    /// and "a\nb\n" both have two lines, "a\n\n" has two (the second blank), and "" has none.
    /// A lone "\r" is ordinary text.
    static func inputLines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            let end = index > start && bytes[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
            lines.append(bytes[start..<end])
            start = index + 1
        }
        if start < bytes.count { lines.append(bytes[start...]) }
        return lines
    }

    /// Runs `claimdesk extract --jsonl` on `input` through stdin and checks the whole contract,
    /// reporting every broken invariant (up to a limit) with its line and the input's label.
    func extractChecked(
        _ input: [UInt8], _ label: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> ExtractRun {
        let ws = try Workspace()
        let result = try ws.run(["extract", "--jsonl"], input: input)
        let lines = Self.inputLines(input)
        var problems: [String] = []
        if result.status != 0 { problems.append("exit status \(result.status); stderr: \(result.stderr.prefix(400))") }

        var output = Array(result.stdout.utf8)
        if output.last == UInt8(ascii: "\n") {
            output.removeLast()
        } else if !output.isEmpty {
            problems.append("stdout does not end with a newline")
        }
        let outputLines = result.stdout.isEmpty ? [] : output.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if outputLines.count != lines.count {
            problems.append("\(outputLines.count) output lines for \(lines.count) input lines")
        }

        var objects: [[String: Any]] = []
        for (k, (line, json)) in zip(lines, outputLines).enumerated() where problems.count < 20 {
            let at = "line \(k + 1)"
            guard let object = (try? JSONSerialization.jsonObject(with: Data(json))) as? [String: Any] else {
                problems.append("\(at): not a JSON object: \(String(decoding: json.prefix(300), as: UTF8.self))")
                continue
            }
            objects.append(object)
            guard let quantities = object["quantities"] as? [[String: Any]], let flags = object["flags"] as? [[String: Any]]
            else {
                problems.append("\(at): no \"quantities\" and \"flags\" arrays of objects: \(String(decoding: json.prefix(300), as: UTF8.self))")
                continue
            }
            // The line the offsets point into: the input line, or for invalid UTF-8 the line with U+FFFD.
            let bytes = Self.isValidUTF8(line) ? Array(line) : Array(String(decoding: line, as: UTF8.self).utf8)
            for (kind, items) in [("quantity", quantities), ("flag", flags)] {
                for item in items where problems.count < 20 {
                    let text = item["text"] as? String
                    guard let start = item["start"] as? Int, let end = item["end"] as? Int, let text else {
                        problems.append("\(at): \(kind) without integer start/end and a text: \(item)")
                        continue
                    }
                    guard 0 <= start, start < end, end <= bytes.count else {
                        problems.append("\(at): \(kind) \(text.debugDescription) has span \(start)..<\(end) in a line of \(bytes.count) bytes")
                        continue
                    }
                    let slice = Array(bytes[start..<end])
                    if kind == "quantity" ? slice != Array(text.utf8) : !Self.bytes(Array(text.utf8), contain: slice) {
                        problems.append(
                            "\(at): \(kind) text \(text.debugDescription) but bytes \(start)..<\(end) are "
                                + "\(String(decoding: slice, as: UTF8.self).debugDescription) \(slice)")
                    }
                }
            }
        }

        if !problems.isEmpty {
            let saved = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-extract-failure-\(UUID().uuidString).txt")
            try? Data(input).write(to: saved)
            let report = problems.prefix(20).joined(separator: "\n")
            Issue.record(
                "\(label): \(problems.count) broken invariant(s); input saved to \(saved.path)\n\(report)",
                sourceLocation: sourceLocation)
        }
        return ExtractRun(result: result, lines: lines, objects: objects)
    }

    // MARK: - Helpers

    /// Valid UTF-8 exactly when decoding replaces nothing (a replacement always changes the bytes).
    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        String(decoding: bytes, as: UTF8.self).utf8.elementsEqual(bytes)
    }

    static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    static func hex(_ seed: UInt64) -> String { "0x" + String(seed, radix: 16, uppercase: true) }

    static var seedOverride: UInt64? {
        guard let text = ProcessInfo.processInfo.environment["CLAIMDESK_FUZZ_SEED"] else { return nil }
        return text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
    }
}

import Foundation
import TestSupport
import Testing

/// A bounded, seeded property test of the two commands that read raw text (issue 16): random
/// text made of the fragments number readers trip over ("1e15", "9.2e14", digit runs, "%",
/// "$", "trillion", "from X to Y", "doubled"), control characters, escape sequences,
/// non-ASCII text and raw bytes, through the real binary.
///
/// The properties, for every input:
/// - `extract --jsonl` (with and without `--figures-only`) exits 0 and writes one valid JSON
///   object per input line, every figure's value a finite number or a pair of them;
/// - `check` exits 0, or 1 with a single `claimdesk: error:` line (a binary or non-UTF-8
///   article is refused that way); it never dies of a signal, whose backtrace runs to many
///   lines, and its `--json` is valid.
///
/// Cases are batched (one `extract` over every line, a few `check` runs over articles of many
/// paragraphs) to keep the suite to a few seconds. CLAIMDESK_FUZZ_SEED=<decimal or 0x-hex>
/// replays one seed; a failing input is saved and its path is in the failure message.
@Suite struct PropertyTests {
    static let seeds: [UInt64] = [0x16_0000_0001, 0x16_0000_0002]

    static var seedOverride: UInt64? {
        guard let text = ProcessInfo.processInfo.environment["CLAIMDESK_FUZZ_SEED"] else { return nil }
        return text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
    }

    static let fragments: [String] = [
        "1e15", "9.2e14", "2e15", "1.7976931348623157e308", "1e308", "1e-300", "2e400", "1e-400", "0.5", "12,000",
        "2,300", "-", "−", "–", "%", "$", "€", "£", "trillion", "billion", "million", "thousand", "bn", "k",
        "from", "to", "by", "up", "down", "rose", "fell", "doubled", "tripled", "halved", "a total of", "in total",
        "of", "and", "between", "years", "ago", "first time in", "since", "in 2024", "in 1990", "percent", "points",
        "tonnes", "jobs", "voters", "backed", "opposed", "said", "Jane Doe", "The", ".", ",", ":", "/", "(", ")", "\"",
        "½", "é", "٣", "😀", "\u{00A0}", "\t",
        "\u{1B}[0m", "\u{1B}[38;5;196m", "\u{1B}]0;title\u{07}", "\u{1B}]0;", "\u{07}", "\u{1B}\\", "\u{1B}", "\u{1B}[",
        "\u{1B}(0", "\u{9B}1m", "\u{9D}0;x", "\u{9C}", "\u{85}", "\u{0}", "\u{8}", "\u{7F}",
    ]

    /// One random line: mostly fragments and digit runs with or without spaces between them,
    /// sometimes raw bytes (which may not be UTF-8); never a line feed.
    static func line(_ random: inout SplitMix64, rawBytes: Bool) -> [UInt8] {
        if rawBytes, random.below(6) == 0 {
            return (0..<random.below(120)).map { _ in
                let b = UInt8(truncatingIfNeeded: random.next())
                return b == 0x0A ? 0x1B : b
            }
        }
        var text = ""
        for _ in 0..<random.below(30) {
            switch random.below(8) {
            case 0: text += String((0..<(1 + random.below(40))).map { _ in Character(String(random.below(10))) })
            case 1: text += "from \(random.pick(fragments)) to \(random.pick(fragments)) "
            default: text += random.pick(fragments)
            }
            if random.below(3) > 0 { text += " " }
        }
        return Array(text.utf8)
    }

    /// Saves a failing input where the message can point at it.
    static func save(_ bytes: [UInt8], _ name: String) -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-property-\(name)")
        try? Data(bytes).write(to: url)
        return url.path
    }

    /// A figure's value as JSON gives it: a finite number, or a pair of them for a range.
    static func isFiniteValue(_ value: Any?) -> Bool {
        if let pair = value as? [Any] { return pair.count == 2 && pair.allSatisfy { isFiniteValue($0) } }
        // No `is Bool` test: on Linux the numbers 0 and 1 bridge to Bool too.
        guard let number = value as? NSNumber else { return false }
        return number.doubleValue.isFinite
    }

    @Test(arguments: seeds)
    func extractKeepsItsContract(builtInSeed: UInt64) throws {
        let seed = Self.seedOverride ?? builtInSeed
        print("PropertyTests: extract seed 0x\(String(seed, radix: 16))")
        var random = SplitMix64(seed: seed)
        var input: [UInt8] = []
        for _ in 0..<300 { input += Self.line(&random, rawBytes: true) + [0x0A] }
        let expected = ExtractRobustnessTests.inputLines(input).count
        let ws = try Workspace()
        for mode in [[], ["--figures-only"]] {
            let label = "extract \(mode) seed 0x\(String(seed, radix: 16))"
            let result = try ws.run(["extract", "--jsonl"] + mode, input: input)
            let saved = { Self.save(input, "extract-\(String(seed, radix: 16)).txt") }
            #expect(result.status == 0, "\(label): exit \(result.status): \(result.stderr.prefix(400)); input in \(saved())")
            #expect(
                result.stderr.isEmpty || result.stderr.hasPrefix("claimdesk: warning:") && !result.stderr.dropLast().contains("\n"),
                "\(label): \(result.stderr.prefix(400))")
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == expected, "\(label): \(lines.count) objects for \(expected) lines; input in \(saved())")
            var broken = 0
            for (k, line) in lines.enumerated() where broken < 5 {
                let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                let quantities = object?["quantities"] as? [[String: Any]]
                let valid = quantities != nil && object?["flags"] is [Any] && quantities!.allSatisfy { Self.isFiniteValue($0["value"]) }
                if !valid {
                    broken += 1
                    Issue.record("\(label): line \(k + 1) is not a valid object: \(line.prefix(300)); input in \(saved())")
                }
            }
        }
    }

    @Test(arguments: seeds)
    func checkNeverCrashes(builtInSeed: UInt64) throws {
        let seed = Self.seedOverride ?? builtInSeed
        print("PropertyTests: check seed 0x\(String(seed, radix: 16))")
        var random = SplitMix64(seed: seed)
        let ws = try Workspace()
        // Two articles of forty paragraphs each (one to four random sentences apiece), and
        // one of raw bytes.
        for article in 0..<3 {
            var bytes: [UInt8] = []
            for _ in 0..<(article < 2 ? 40 : 8) {
                for _ in 0..<(1 + random.below(4)) { bytes += Self.line(&random, rawBytes: article == 2) + Array(". ".utf8) }
                // `check` refuses a file with NUL bytes as binary: keep them to the raw article.
                if article < 2 { bytes.removeAll { $0 == 0 } }
                bytes += [0x0A, 0x0A]
            }
            let name = "article-\(String(seed, radix: 16))-\(article).txt"
            try ws.write(name, bytes)
            let label = "check \(name)"
            for arguments in [["check", name], ["check", name, "--no-report", "--json"]] {
                let result = try ws.run(arguments)
                let refused = result.status != 0 && result.stderr.hasPrefix("claimdesk: error: ") && !result.stderr.dropLast().contains("\n")
                // Text articles must go in; only the raw bytes may be refused, in one line.
                #expect(
                    result.status == 0 || (article == 2 && refused),
                    "\(label) \(arguments): exit \(result.status): \(result.stderr.prefix(400)); article in \(Self.save(bytes, name))")
                if result.status == 0, arguments.contains("--json") {
                    #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil, "\(label): --json is not JSON")
                    #expect(!result.stdout.contains("\"value\" : null"), "\(label): a figure without a value")
                }
            }
        }
        // Every claim stored so far must also show and report.
        #expect(try ws.run(["report", "--all"]).status == 0)
    }
}

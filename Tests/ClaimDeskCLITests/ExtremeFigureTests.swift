import Foundation
import GRDB
import TestSupport
import Testing

/// Figures at the edges of `Double` and terminal escape sequences, through every command that
/// shows or exports a figure (issue 16: "1e15" alone killed `check`, and since the article was
/// already stored, `show` and `report --all` died on every later run).
///
/// The fixture `Fixtures/extreme-figures.txt` holds 2,300 trillion rials, 1e15 and 9.2e14,
/// "from 1e15 to 2e15 … down 1", "tripled from 1e15 to 2e15", the largest Double and its
/// negative, 1e-300, a sum and a ratio past 1.8e308, a range scaled past it, a 400-digit
/// account number, and CSI and OSC sequences.
@Suite struct ExtremeFigureCLITests {
    static let fixture = "Tests/ClaimDeskCLITests/Fixtures/extreme-figures.txt"

    /// Runs a command that must succeed: exit 0 and nothing on stderr.
    private func ok(_ ws: borrowing Workspace, _ arguments: [String], input: [UInt8]? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try ws.run(arguments, input: input)
        #expect(result.status == 0, "\(arguments): exit \(result.status): \(result.stderr.prefix(600))", sourceLocation: sourceLocation)
        #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr.prefix(600))", sourceLocation: sourceLocation)
        return result.stdout
    }

    /// Parses JSON the way any consumer would (Foundation rejects inf and nan tokens) and
    /// checks that no number in it is out of range.
    private func json(_ text: String, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
        let value = try #require(
            try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]), "\(label): not JSON: \(text.prefix(300))",
            sourceLocation: sourceLocation)
        func walk(_ v: Any) {
            if let a = v as? [Any] { a.forEach(walk) }
            if let d = v as? [String: Any] { d.values.forEach(walk) }
            if let n = v as? NSNumber {
                #expect(n.doubleValue.isFinite, "\(label): \(n)", sourceLocation: sourceLocation)
            }
        }
        walk(value)
        return value
    }

    /// Every `value` of every figure in a parsed `--json` claim list, flattened.
    private func values(_ claims: Any) -> [Double] {
        ((claims as? [[String: Any]]) ?? []).flatMap { ($0["quantities"] as? [[String: Any]]) ?? [] }.flatMap { q -> [Double] in
            if let pair = q["value"] as? [NSNumber] { return pair.map(\.doubleValue) }
            return (q["value"] as? NSNumber).map { [$0.doubleValue] } ?? []
        }
    }

    @Test func everyCommandShowsExtremeFigures() throws {
        let ws = try Workspace()
        try ws.copy(Self.fixture)
        let check = try ok(ws, ["check", Self.fixture])
        // Whole numbers print every digit while they fit UInt64, scientific beyond.
        #expect(check.contains("2,300 trillion rials → 2,300,000,000,000,000 rial"), "\(check)")
        #expect(check.contains("1e15 dollars → 1,000,000,000,000,000 dollar"))
        #expect(check.contains("1.7976931348623157e308 metres → 1.7977e308 metre"))
        #expect(check.contains("1e-300 metres → 1e-300 metre"))
        #expect(check.contains("from 1,000,000,000,000,000 to 2,000,000,000,000,000 is up 1,000,000,000,000,000"))
        #expect(check.contains("\"tripled\" does not match the figures: 1,000,000,000,000,000 to 2,000,000,000,000,000 is 2 times, not 3."))
        // The 400-digit account number is an identifier, and escape sequences are formatting.
        #expect(!check.contains("account"), "the 400-digit number became a figure")
        #expect(!check.contains("The vote ended"), "an escape sequence became a figure")
        for word in ["inf", "nan"] { #expect(!check.contains(" \(word)"), "\(word) in check output") }
        let report = try String(contentsOf: ws.url.appendingPathComponent("Reports/extreme-figures.md"), encoding: .utf8)
        #expect(report.contains("1.7977e308"))

        let checkJSON = try json(try ok(ws, ["check", Self.fixture, "--no-report", "--json"]), "check --json")
        let claimsJSON = try json(try ok(ws, ["claims", "--json"]), "claims --json")
        let all = values(claimsJSON)
        #expect(all.contains(1.7976931348623157e308), "the largest Double did not survive the JSON round trip: \(all)")
        #expect(all.contains(2.3e15) && all.contains(1e15) && all.contains(9.2e14) && all.contains(1e-300))
        #expect(Set(values((checkJSON as? [String: Any])?["claims"] ?? [])) == Set(all))
        let ids = ((claimsJSON as? [[String: Any]]) ?? []).compactMap { $0["id"] as? Int }
        try #require(ids.count >= 8, "\(ids)")
        _ = try ok(ws, ["claims"])

        for id in ids {
            let shown = try ok(ws, ["show", "\(id)"])
            #expect(!shown.contains(" inf") && !shown.contains(" nan"), "show \(id): \(shown)")
            _ = try json(try ok(ws, ["show", "\(id)", "--json"]), "show \(id) --json")
        }

        // A verdict on every claim, through a pipe, so that every export has rows to write.
        let answers = (0..<ids.count).map { ["v", "m", "i", "d", "f", "u", "x"][$0 % 7] }.joined(separator: "\n") + "\nq\n"
        let review = try ok(ws, ["review"], input: Array(answers.utf8))
        #expect(review.contains("Saved \(ids.count) verdicts"), "\(review.suffix(300))")

        _ = try ok(ws, ["report", Self.fixture, "-o", "one.md"])
        _ = try ok(ws, ["report", "--all"])
        let index = try String(contentsOf: ws.url.appendingPathComponent("Reports/index.md"), encoding: .utf8)
        #expect(index.contains("extreme-figures"))

        let exported = try json(try ok(ws, ["export", "--format", "json"]), "export json")
        #expect(values(exported).contains(1.7976931348623157e308))
        _ = try json(try ok(ws, ["export", "--format", "claimreview"]), "export claimreview")
        let csv = try ok(ws, ["export", "--format", "csv"])
        let rows = csvRecords(csv)
        #expect(rows.count == ids.count + 1 && rows.allSatisfy { $0.count == 14 }, "\(rows.map(\.count))")
        // The figures column holds the figures as written.
        #expect(csv.contains("1.7976931348623157e308 metres; 1e-300 metres"))
        #expect(!csv.contains(" inf") && !csv.contains(" nan"))
    }

    @Test(arguments: [false, true])
    func extractWritesValidJSONForExtremeFigures(figuresOnly: Bool) throws {
        let ws = try Workspace()
        try ws.copy(Self.fixture)
        let input = try Data(contentsOf: ws.url.appendingPathComponent(Self.fixture))
        let lineCount = input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count - 1
        let out = try ok(ws, ["extract", "--jsonl"] + (figuresOnly ? ["--figures-only"] : []) + [Self.fixture])
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == lineCount)
        var found: [Double] = []
        for (k, line) in lines.enumerated() {
            let object = try #require(try json(String(line), "line \(k + 1)") as? [String: Any])
            #expect(!line.contains("null,null") && !line.contains("\"value\":null"), "line \(k + 1): \(line)")
            found += values([object])
        }
        #expect(found.contains(1.7976931348623157e308) && found.contains(2.3e15) && found.contains(1e-300))
        #expect(!found.contains(0), "an escape sequence or an underflow read as zero: \(found)")
    }

    /// The issue's own reproduction: the article is stored before the report is written, so a
    /// crash there broke `show` and `report --all` for good.
    @Test func anArticleHoldingJust1e15() throws {
        let ws = try Workspace()
        try ws.write("big.txt", Array("1e15\n".utf8))
        let check = try ok(ws, ["check", "big.txt"])
        #expect(check.contains("1e15 → 1,000,000,000,000,000"), "\(check)")
        for _ in 0..<2 {
            #expect(try ok(ws, ["show", "1"]).contains("1,000,000,000,000,000"))
            _ = try ok(ws, ["report", "--all"])
        }
        let claims = try json(try ok(ws, ["claims", "--json"]), "claims --json")
        #expect(values(claims) == [1e15])
    }

    /// Whole numbers are JSON digits up to 2^53, where every JSON reader gets them exactly,
    /// and the shortest round-trip form beyond, in `extract` and in `--json` alike.
    @Test func jsonNumbersAreDigitsUpTo2To53() throws {
        let ws = try Workspace()
        let line = "Debt hit 9.007199254740991e15 dollars and 2.3e18 dollars, and 1e-300 dollars."
        try ws.write("debt.txt", Array((line + "\n").utf8))
        let extracted = try ok(ws, ["extract", "--figures-only", "debt.txt"])
        for value in ["\"value\":9007199254740991,", "\"value\":2.3e+18,", "\"value\":1e-300,"] {
            #expect(extracted.contains(value), "\(value) not in \(extracted)")
        }
        _ = try ok(ws, ["check", "debt.txt", "--no-report"])
        let listed = try ok(ws, ["claims", "--json"])
        for value in ["\"value\" : 9007199254740991", "\"value\" : 2.3e+18", "\"value\" : 1e-300"] {
            #expect(listed.contains(value), "\(value) not in \(listed)")
        }
    }

    /// The extractor no longer yields infinity, but a database written by an earlier
    /// version may hold one (SQLite stores it as a REAL): JSON, which has no token for it,
    /// gets null, and every command still runs.
    @Test func anInfiniteValueFromAnOlderDatabase() throws {
        let ws = try Workspace()
        try ws.write("old.txt", Array("Costs rose 5% in 2024, the council said.\n".utf8))
        _ = try ok(ws, ["check", "old.txt", "--no-report"])
        try DatabaseQueue(path: ws.database.path).write { try $0.execute(sql: "UPDATE quantity SET low = 9e999, high = 9e999") }
        let listed = try #require(try json(try ok(ws, ["claims", "--json"]), "claims --json") as? [[String: Any]])
        let value = (listed.first?["quantities"] as? [[String: Any]])?.first?["value"]
        #expect(value is NSNull, "\(String(describing: value))")
        _ = try json(try ok(ws, ["show", "1", "--json"]), "show --json")
        _ = try json(try ok(ws, ["export"]), "export")
        _ = try ok(ws, ["show", "1"])
        _ = try ok(ws, ["report", "--all"])
    }
}

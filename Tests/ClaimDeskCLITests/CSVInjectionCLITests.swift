import Foundation
import TestSupport
import Testing

/// Issue 16: no CSV cell starts a spreadsheet formula (OWASP's rule).
@Suite struct CSVInjectionCLITests {
    @Test func csvCellsThatCouldStartAFormulaArePrefixedWithAQuote() throws {
        let ws = try checkedSample()
        let marks: [(claim: Int, reviewer: String, note: String)] = [
            (1, "@ana", "=HYPERLINK(\"https://evil.example\",\"click\")"),
            (2, "ben", "+44 20 7946 0000"),
            (3, "ben", "-5% on the year"),
            (4, "ben", "\t=1+1"),
            (5, "ben", "|cmd"),
            (6, "ben", "plain, with a comma"),
        ]
        for m in marks {
            let result = try ws.run(["mark", "\(m.claim)", "verified", "--reviewer=" + m.reviewer, "--note=" + m.note])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let export = try ws.run(["export", "--format", "csv"])
        #expect(export.status == 0, "\(export.stderr)")
        let records = csvRecords(export.stdout)
        func row(_ id: Int) -> [String]? { records.first { $0.first == "\(id)" } }
        #expect(row(1)?[10] == "'@ana")
        #expect(row(1)?[12] == "'=HYPERLINK(\"https://evil.example\",\"click\")")
        #expect(row(2)?[12] == "'+44 20 7946 0000")
        // OWASP's rule has no exception for numbers: a leading minus is prefixed too.
        #expect(row(3)?[12] == "'-5% on the year")
        #expect(row(4)?[12] == "'\t=1+1")
        // Not one of OWASP's characters: kept as written.
        #expect(row(5)?[12] == "|cmd")
        #expect(row(6)?[12] == "plain, with a comma")
        #expect(row(6)?[10] == "ben")
        #expect(row(7)?[12] == "")
        #expect(records.dropFirst().allSatisfy { $0.count == 14 })
    }
}

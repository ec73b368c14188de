@testable import ClaimAnalysis
import Foundation
import Testing

/// The attribution calibration suite: `Calibration/attribution.txt`, each case labelled
/// with the speaker (or `none`) and the outlet (or none) of its labelled sentence.
///
/// Names match when, after normalising both (lowercase, curly apostrophes straightened,
/// spaces collapsed, a leading "the" and trailing punctuation dropped), they are equal, or
/// when both are proper names (every word capitalised as written) and the shorter is the
/// last words of the longer: "Okafor" for "Maria Okafor", "Hale" for "Lady Hale". A label
/// may list alternatives a reviewer would equally accept, separated by " | ":
/// `speaker: the Central Statistics Office | CSO`.
@Suite("Attribution calibration")
struct AttributionCalibrationTests {
    // FLOORS: exactly what the attribution finder achieved when the suite was written, as
    // fractions so the comparison is exact. They are floors to raise as attribution improves,
    // never to lower. After adding cases, re-measure and pin the new fractions in the same commit.
    /// Right speaker among cases with a speaker (recall).
    static let rightFloor = Calibration.Ratio(94, 97)
    /// Right speakers among all speakers given, false ones on `none` cases included (precision).
    static let precisionFloor = Calibration.Ratio(94, 94)
    /// No speaker given where none is expected.
    static let noneFloor = Calibration.Ratio(40, 40)
    /// Right outlet among cases with an outlet.
    static let outletFloor = Calibration.Ratio(14, 14)
    /// No outlet given where none is expected.
    static let noOutletFloor = Calibration.Ratio(123, 123)

    static func normalized(_ name: String) -> [String] {
        var s = name.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
        s = s.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        var words = s.split(whereSeparator: \.isWhitespace).map(String.init)
        if words.first?.lowercased() == "the" { words.removeFirst() }
        return words
    }

    static func isProper(_ words: [String]) -> Bool {
        !words.isEmpty && words.allSatisfy { $0.first.map { $0.isUppercase } ?? false }
    }

    /// Whether `found` names whom the label means; see the suite's comment for the rule.
    static func matches(_ found: String, label: String) -> Bool {
        label.components(separatedBy: " | ").contains { alternative in
            let a = normalized(found), b = normalized(alternative)
            guard !a.isEmpty, !b.isEmpty else { return false }
            if a.map({ $0.lowercased() }) == b.map({ $0.lowercased() }) { return true }
            guard isProper(a), isProper(b) else { return false }
            let (short, long) = a.count < b.count ? (a, b) : (b, a)
            return long.suffix(short.count).map { $0.lowercased() } == short.map { $0.lowercased() }
        }
    }

    struct Score {
        var sourced = 0, right = 0, wrong = 0, missed = 0
        var unsourced = 0, noneRight = 0, falseSpeaker = 0
        var withOutlet = 0, outletRight = 0, withoutOutlet = 0, noOutletRight = 0
        var noClaim = 0
        var failures: [String] = []
        var cases: Int { sourced + unsourced }
        var recall: Calibration.Ratio { .init(right, sourced) }
        var precision: Calibration.Ratio { .init(right, right + wrong + falseSpeaker) }
        var none: Calibration.Ratio { .init(noneRight, unsourced) }
        var outlet: Calibration.Ratio { .init(outletRight, withOutlet) }
        var noOutlet: Calibration.Ratio { .init(noOutletRight, withoutOutlet) }
    }

    static func score(_ cases: [CalibrationCase]) -> Score {
        let analyzer = ClaimAnalyzer()
        var score = Score()
        for c in cases {
            let claim = Calibration.labelledClaims(of: c, in: analyzer.analyze(c.text)).first
            if claim == nil { score.noClaim += 1 }
            let speaker = claim?.attribution.speaker
            let outlet = claim?.attribution.outlet
            let expected = c.fields["speaker"] ?? "none"
            let expectedOutlet = c.fields["outlet"] ?? "none"
            let shown = "got speaker \(speaker ?? "none"), outlet \(outlet ?? "none")\(claim == nil ? " (no claim)" : "")"
            let head = "\(c.location) [\(c.comment)] \(c.labelled)"
            if expected == "none" {
                score.unsourced += 1
                if speaker == nil { score.noneRight += 1 } else {
                    score.falseSpeaker += 1
                    score.failures.append("  false speaker \(head): expected none, \(shown)")
                }
            } else {
                score.sourced += 1
                if let speaker, matches(speaker, label: expected) { score.right += 1 } else if speaker != nil {
                    score.wrong += 1
                    score.failures.append("  wrong speaker \(head): expected \(expected), \(shown)")
                } else {
                    score.missed += 1
                    score.failures.append("  no speaker \(head): expected \(expected), \(shown)")
                }
            }
            if expectedOutlet == "none" {
                score.withoutOutlet += 1
                if outlet == nil { score.noOutletRight += 1 } else {
                    score.failures.append("  spurious outlet \(head): expected none, \(shown)")
                }
            } else {
                score.withOutlet += 1
                if let outlet, matches(outlet, label: expectedOutlet) { score.outletRight += 1 } else {
                    score.failures.append("  outlet \(head): expected \(expectedOutlet), \(shown)")
                }
            }
        }
        return score
    }

    @Test("Attribution keeps its floors on the calibration suite")
    func suite() throws {
        let cases = try Calibration.load("attribution")
        #expect(cases.allSatisfy { $0.sign == nil && $0.fields["speaker"] != nil }, "every case needs a speaker: line")
        #expect(cases.count >= 60, "the attribution suite needs at least 60 cases")
        let s = Self.score(cases)
        #expect(s.unsourced * 5 >= s.cases, "about a quarter of the cases should expect no speaker")
        let summary = "calibration attribution: right speaker for \(s.recall.percent) of sourced cases, wrong for \(Calibration.Ratio(s.wrong, s.sourced).percent), none for \(Calibration.Ratio(s.missed, s.sourced).percent); precision \(s.precision); no speaker where none is due \(s.none); outlet right \(s.outlet), no outlet where none is due \(s.noOutlet); \(s.cases) cases (\(s.sourced) sourced, \(s.unsourced) none, \(s.noClaim) with no claim)"
        Calibration.report(summary, wrong: s.failures)
        // Floors to raise as attribution improves; never lower them.
        #expect(s.recall.isAtLeast(Self.rightFloor), "right speakers \(s.recall) fell below \(Self.rightFloor)")
        #expect(s.precision.isAtLeast(Self.precisionFloor), "speaker precision \(s.precision) fell below \(Self.precisionFloor)")
        #expect(s.none.isAtLeast(Self.noneFloor), "no-speaker cases \(s.none) fell below \(Self.noneFloor)")
        #expect(s.outlet.isAtLeast(Self.outletFloor), "outlets \(s.outlet) fell below \(Self.outletFloor)")
        #expect(s.noOutlet.isAtLeast(Self.noOutletFloor), "no-outlet cases \(s.noOutlet) fell below \(Self.noOutletFloor)")
    }

    @Test("The name-matching rule", arguments: [
        ("Maria Okafor", "Maria Okafor", true),
        ("Okafor", "Maria Okafor", true),
        ("Maria Okafor", "Okafor", true),
        ("maria okafor", "Maria Okafor", true),
        ("Central Statistics Office", "the Central Statistics Office", true),
        ("CSO", "the Central Statistics Office | CSO", true),
        ("the company", "the company", true),
        ("Hale", "Lady Hale", true),
        ("Tom Reyes", "Maria Okafor", false),
        ("Maria", "Maria Okafor", false),
        ("a spokesman for the ministry", "the ministry", false),
        ("Arsenal", "Bukayo Saka", false),
    ])
    func naming(_ found: String, _ label: String, _ expected: Bool) {
        #expect(Self.matches(found, label: label) == expected)
    }
}

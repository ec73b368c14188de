@testable import ClaimAnalysis
import Foundation
import Testing
import TestSupport

// Calibration suites: news-style cases written by hand, one file per flag kind under
// `Calibration/` (the line format is in `Calibration/README.md`), each scored for precision
// and recall against the labels, with floors pinned at what the rules achieve today.

/// One case of a calibration file: the article's paragraphs, the labelled sentences in them,
/// and the labels.
struct CalibrationCase: Sendable {
    /// `file:line` of the case's first line, for reports.
    var location: String
    /// The `#` comments, joined: the pattern the case exercises.
    var comment: String
    /// One paragraph per text line, braces removed, trimmed as `Document` trims them.
    var paragraphs: [String]
    /// The labelled regions: paragraph index and UTF-8 byte range inside that paragraph.
    /// A text without braces is labelled whole.
    var regions: [(paragraph: Int, bytes: Range<Int>)]
    /// `+` or `-` for flag suites, nil for attribution.
    var sign: Character?
    /// The note after the sign (the flagged words, by convention).
    var note: String
    /// `key: value` label lines (`speaker`, `outlet`).
    var fields: [String: String]

    /// The case's text as the analyzer gets it: one line per paragraph.
    var text: String { paragraphs.joined(separator: "\n") }

    /// The labelled text, for reports.
    var labelled: String {
        regions.map { r in
            let bytes = Array(paragraphs[r.paragraph].utf8)[r.bytes]
            return String(decoding: bytes, as: UTF8.self)
        }.joined(separator: " … ")
    }
}

/// Reading and scoring calibration files.
enum Calibration {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Calibration")

    struct FormatError: Error, CustomStringConvertible {
        var description: String
    }

    /// The cases of `Calibration/<name>.txt`. Cases are separated by blank lines; see the README.
    static func load(_ name: String) throws -> [CalibrationCase] {
        let url = directory.appendingPathComponent(name + ".txt")
        return try cases(in: try String(contentsOf: url, encoding: .utf8), file: name + ".txt")
    }

    /// The cases of a calibration file's text.
    static func cases(in content: String, file: String) throws -> [CalibrationCase] {
        var cases: [CalibrationCase] = []
        var block: [(number: Int, line: String)] = []
        func flush() throws {
            defer { block = [] }
            guard !block.isEmpty else { return }
            // A block of comments alone (a file header or a section title) is no case.
            if block.allSatisfy({ $0.line.hasPrefix("#") }) { return }
            cases.append(try parse(block, file: file))
        }
        for (k, raw) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { try flush() } else { block.append((k + 1, line)) }
        }
        try flush()
        return cases
    }

    private static let fieldKeys: Set<String> = ["speaker", "outlet"]

    private static func parse(_ block: [(number: Int, line: String)], file: String) throws -> CalibrationCase {
        let location = "\(file):\(block[0].number)"
        var comments: [String] = []
        var paragraphs: [String] = []
        var regions: [(paragraph: Int, bytes: Range<Int>)] = []
        var sign: Character?
        var note = ""
        var fields: [String: String] = [:]
        for (number, line) in block {
            let here = "\(file):\(number)"
            if line.hasPrefix("#") {
                comments.append(line.dropFirst().trimmingCharacters(in: .whitespaces))
            } else if line == "+" || line == "-" || line.hasPrefix("+ ") || line.hasPrefix("- ") {
                guard sign == nil else { throw FormatError(description: "\(here): a second label line") }
                sign = line.first
                note = line.dropFirst().trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":"), fieldKeys.contains(String(line[..<colon])) {
                let key = String(line[..<colon])
                guard fields[key] == nil else { throw FormatError(description: "\(here): a second \(key) line") }
                fields[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            } else {
                guard sign == nil, fields.isEmpty else { throw FormatError(description: "\(here): text after the labels") }
                // Strip the braces, remembering where the labelled regions start and end.
                var plain: [UInt8] = []
                var open: Int?
                var lineRegions: [Range<Int>] = []
                for byte in line.utf8 {
                    switch byte {
                    case UInt8(ascii: "{"):
                        guard open == nil else { throw FormatError(description: "\(here): nested {") }
                        open = plain.count
                    case UInt8(ascii: "}"):
                        guard let start = open else { throw FormatError(description: "\(here): } without {") }
                        lineRegions.append(start..<plain.count)
                        open = nil
                    default:
                        plain.append(byte)
                    }
                }
                guard open == nil else { throw FormatError(description: "\(here): { without }") }
                regions += lineRegions.map { (paragraphs.count, $0) }
                paragraphs.append(String(decoding: plain, as: UTF8.self))
            }
        }
        guard !paragraphs.isEmpty else { throw FormatError(description: "\(location): a case with no text") }
        if regions.isEmpty {
            regions = paragraphs.indices.map { ($0, 0..<paragraphs[$0].utf8.count) }
        }
        return CalibrationCase(
            location: location, comment: comments.joined(separator: "; "), paragraphs: paragraphs,
            regions: regions, sign: sign, note: note, fields: fields)
    }

    /// Where each of the case's paragraphs landed among the document's paragraphs: nil for
    /// one the document dropped (as page furniture, or as a repeated headline).
    static func landed(_ c: CalibrationCase, in document: Document) -> [Int?] {
        var landed: [Int?] = []
        var next = 0
        for paragraph in c.paragraphs {
            let trimmed = paragraph.trimmingCharacters(in: .whitespaces)
            if let k = document.paragraphs[next...].firstIndex(of: trimmed) {
                landed.append(k)
                next = k + 1
            } else {
                landed.append(nil)
            }
        }
        return landed
    }

    /// The claims of the analysis whose sentence overlaps a labelled region of the case.
    /// A labelled sentence with no figure has no claim, so it carries no flag.
    static func labelledClaims(of c: CalibrationCase, in analysis: Analysis) -> [Claim] {
        let document = analysis.document
        var starts: [Int] = []
        var offset = 0
        for paragraph in document.paragraphs {
            starts.append(offset)
            offset += paragraph.utf8.count + 2
        }
        let landed = landed(c, in: document)
        var spans: [Range<Int>] = []
        for region in c.regions {
            guard let k = landed[region.paragraph] else { continue }
            // Trimming drops leading spaces only where the line had some; lines are trimmed when read.
            spans.append((starts[k] + region.bytes.lowerBound)..<(starts[k] + region.bytes.upperBound))
        }
        return analysis.claims.filter { claim in spans.contains { $0.overlaps(claim.span) } }
    }

    /// Prints the summary line, and below it the wrong cases when CLAIMDESK_CALIBRATION_REPORT
    /// is set; when its value is a path (it holds a "/"), appends both to that file too. One
    /// `print`, so that suites running in parallel do not interleave their lines.
    static func report(_ summary: String, wrong: [String]) {
        let value = ProcessInfo.processInfo.environment["CLAIMDESK_CALIBRATION_REPORT"] ?? ""
        let lines = value.isEmpty ? [summary] : [summary] + wrong
        print(lines.joined(separator: "\n"))
        guard value.contains("/") else { return }
        let data = Data((lines.joined(separator: "\n") + "\n").utf8)
        if let handle = FileHandle(forWritingAtPath: value) {
            handle.seekToEndOfFile()
            handle.write(data)
            handle.closeFile()
        } else {
            _ = FileManager.default.createFile(atPath: value, contents: data)
        }
    }

    /// The calibration suites' shared exact rate.
    typealias Ratio = TestSupport.Ratio
}

/// The confusion counts of one flag suite.
struct FlagScore {
    var tp = 0, fp = 0, fn = 0, tn = 0
    var wrong: [String] = []
    var cases: Int { tp + fp + fn + tn }
    var precision: Calibration.Ratio { .init(tp, tp + fp) }
    var recall: Calibration.Ratio { .init(tp, tp + fn) }
}

@Suite("Flag calibration")
struct FlagCalibrationTests {
    /// One suite: its file, its flag, and the floors it must keep.
    struct Suite: Sendable, CustomTestStringConvertible {
        var kind: FlagKind
        /// Floors, not targets: what the rules achieved when the suite was written. Raise
        /// them as the rules improve; never lower them.
        var precisionFloor: Calibration.Ratio
        var recallFloor: Calibration.Ratio
        var testDescription: String { kind.rawValue }
    }

    // FLOORS: exactly what the rules achieved when the suites were written (precision TP/(TP+FP),
    // recall TP/(TP+FN)), as fractions so the comparison is exact. They are floors to raise as
    // the rules improve, never to lower: a change that drops a suite below its floor is a
    // regression. After adding cases, re-measure and pin the new fractions in the same commit.
    static let suites: [Suite] = [
        Suite(kind: .missingFigure, precisionFloor: .init(24, 24), recallFloor: .init(24, 24)),
        // no-source and no-time-frame were redefined by issue 9 (statistics only, sources and
        // periods carried by the sentences just read, precision first) and re-pinned once at
        // the new definition: precision 22/40 → 21/21 and 18/21 → 14/14 for recall 22/22 →
        // 21/22 and 18/20 → 14/20. From here on, as for the others, only upwards.
        Suite(kind: .noSource, precisionFloor: .init(21, 21), recallFloor: .init(21, 22)),
        Suite(kind: .noTimeFrame, precisionFloor: .init(14, 14), recallFloor: .init(14, 20)),
        Suite(kind: .noBase, precisionFloor: .init(15, 15), recallFloor: .init(15, 20)),
        Suite(kind: .noBaseline, precisionFloor: .init(18, 18), recallFloor: .init(18, 20)),
        Suite(kind: .inconsistent, precisionFloor: .init(24, 24), recallFloor: .init(24, 25)),
        Suite(kind: .vagueQuantity, precisionFloor: .init(15, 15), recallFloor: .init(15, 24)),
    ]

    static func score(_ kind: FlagKind, cases: [CalibrationCase]) -> FlagScore {
        let analyzer = ClaimAnalyzer()
        var score = FlagScore()
        for c in cases {
            let analysis = analyzer.analyze(c.text)
            let claims = Calibration.labelledClaims(of: c, in: analysis)
            let flags = claims.flatMap(\.flags).filter { $0.kind == kind }
            let raised = !flags.isEmpty
            let expected = c.sign == "+"
            switch (expected, raised) {
            case (true, true): score.tp += 1
            case (false, false): score.tn += 1
            case (true, false):
                score.fn += 1
                let why = claims.isEmpty ? "no claim" : "flags: " + claims.flatMap(\.flags).map(\.kind.rawValue).joined(separator: ", ")
                score.wrong.append("  missed \(c.location) [\(c.comment)] \(c.labelled) (\(why))")
            case (false, true):
                score.fp += 1
                let shown = flags.map { "\"\($0.text)\"" + ($0.details.map { " " + $0 } ?? "") }.joined(separator: "; ")
                score.wrong.append("  false alarm \(c.location) [\(c.comment)] \(c.labelled) (\(shown))")
            }
        }
        return score
    }

    @Test("Each flag suite keeps its precision and recall floors", arguments: suites)
    func suite(_ suite: Suite) throws {
        let cases = try Calibration.load(suite.kind.rawValue)
        let positives = cases.filter { $0.sign == "+" }.count
        let negatives = cases.filter { $0.sign == "-" }.count
        #expect(positives + negatives == cases.count, "every case needs a + or - label")
        #expect(cases.count >= 40, "a suite needs at least 40 cases")
        #expect(positives >= 15 && negatives >= 15, "a suite needs positives and negatives: \(positives)/\(negatives)")
        let score = Self.score(suite.kind, cases: cases)
        Calibration.report(
            "calibration \(suite.kind.rawValue): precision \(score.precision), recall \(score.recall), \(score.cases) cases (\(positives) positive, \(negatives) negative)",
            wrong: score.wrong)
        // Floors to raise as the rules improve; never lower them.
        #expect(score.precision.isAtLeast(suite.precisionFloor), "precision \(score.precision) fell below \(suite.precisionFloor)")
        #expect(score.recall.isAtLeast(suite.recallFloor), "recall \(score.recall) fell below \(suite.recallFloor)")
    }

    @Test("The format reader finds regions, labels and bad lines")
    func reader() throws {
        let text = """
            # a header comment block is no case

            # pattern
            Earlier paragraph.
            A context sentence. {Sales rose 5% to £40m.}
            + 5%
            """
        let all = try Calibration.cases(in: text, file: "example.txt")
        #expect(all.count == 1)
        let c = try #require(all.first)
        #expect(c.location == "example.txt:3")
        #expect(c.comment == "pattern")
        #expect(c.paragraphs == ["Earlier paragraph.", "A context sentence. Sales rose 5% to £40m."])
        #expect(c.labelled == "Sales rose 5% to £40m.")
        #expect(c.sign == "+")
        let claims = Calibration.labelledClaims(of: c, in: ClaimAnalyzer().analyze(c.text))
        #expect(claims.map(\.sentence) == ["Sales rose 5% to £40m."])
        #expect(throws: Calibration.FormatError.self) { try Calibration.cases(in: "Sales rose {5%.\n+", file: "bad.txt") }
        #expect(throws: Calibration.FormatError.self) { try Calibration.cases(in: "Sales rose 5%.\n+\n-", file: "bad.txt") }
        #expect(throws: Calibration.FormatError.self) { try Calibration.cases(in: "Sales rose 5%.\n+\nMore text.", file: "bad.txt") }
    }

    @Test("Every calibration paragraph reaches the analyzer (none is taken for page furniture)")
    func paragraphsLand() throws {
        for name in Self.suites.map(\.kind.rawValue) + ["attribution"] {
            for c in try Calibration.load(name) {
                let landed = Calibration.landed(c, in: Document(parsing: c.text))
                #expect(!landed.contains(nil), "\(c.location): a paragraph was dropped from \(c.paragraphs)")
            }
        }
    }

    @Test("A floor is compared exactly")
    func floors() {
        typealias R = Calibration.Ratio
        #expect(R(8, 19).isAtLeast(R(8, 19)))
        #expect(!R(7, 19).isAtLeast(R(8, 19)))
        #expect(R(16, 38).isAtLeast(R(8, 19)))
        #expect(!R(0, 0).isAtLeast(R(1, 2)))
        #expect(R(0, 0).isAtLeast(R(0, 1)))
        #expect(R(1, 10).isAtMost(R(1, 9)))
        #expect(!R(2, 10).isAtMost(R(1, 9)))
    }
}

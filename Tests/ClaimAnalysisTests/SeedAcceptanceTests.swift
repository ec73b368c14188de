import ClaimAnalysis
import Foundation
import Quantities
import Testing

/// The article that started the project, read from `../shared/seeds/` next to the package.
enum Seed {
    /// The package root: this file is `<root>/Tests/ClaimAnalysisTests/SeedAcceptanceTests.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let path = packageRoot
        .appendingPathComponent("../shared/seeds/000_70b980fc1542d9ce.txt").standardizedFileURL.path
    static var isPresent: Bool { FileManager.default.fileExists(atPath: path) }

    static func analysis() throws -> Analysis {
        try #require(isPresent, "the seed article is missing: \(path) (../shared must sit beside the package)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return ClaimAnalyzer().analyze(text)
    }
}

/// Runs, and fails, without `../shared`: the seed is the first acceptance case, and a run
/// that skipped it would pass without having checked it.
@Suite("Seed article acceptance")
struct SeedAcceptanceTests {
    @Test("90% of microelectronics, said by Blinken as Reuters writes")
    func microelectronics() throws {
        let analysis = try Seed.analysis()
        let claim = try #require(analysis.claims.first { claim in
            claim.quantities.contains { $0.value == .exactly(90) && $0.normalizedUnit == "percentage" }
        })
        let q = try #require(claim.quantities.first { $0.value == .exactly(90) })
        #expect(q.concept.contains { $0.lowercased().contains("microelectronics") })
        #expect(claim.kind == .statistic)
        let speaker = try #require(claim.attribution.speaker)
        #expect(speaker.contains("Blinken"))
        #expect(claim.attribution.outlet == "Reuters")
    }

    @Test("For the first time in 24 years: a record with a 24-year duration")
    func twentyFourYears() throws {
        let analysis = try Seed.analysis()
        let claim = try #require(analysis.claims.first { claim in
            claim.quantities.contains { $0.value == .exactly(24) && $0.normalizedUnit == "year" }
        })
        let q = try #require(claim.quantities.first { $0.normalizedUnit == "year" })
        #expect(q.kind == .duration)
        #expect(claim.kind == .record)
        #expect(claim.flags.contains { $0.kind == .superlative })
    }

    @Test("The lost figure for machine tools is flagged as missing")
    func machineTools() throws {
        let analysis = try Seed.analysis()
        let claim = try #require(analysis.claims.first { $0.sentence.contains("machine tools") })
        let flag = try #require(claim.flags.first { $0.kind.rawValue == "missing-figure" })
        #expect(flag.message.lowercased().contains("percentage sign with no number"))
        #expect(flag.text.contains("machine tools"))
    }

    @Test("Page furniture and names give no claims and no figures")
    func noNoise() throws {
        let analysis = try Seed.analysis()
        #expect(!analysis.claims.isEmpty)
        for claim in analysis.claims {
            for furniture in ["Home »", "by alex", "You may also like", "Leave a Comment"] {
                #expect(!claim.sentence.contains(furniture), "claim sentence holds \"\(furniture)\": \(claim.sentence)")
            }
            for q in claim.quantities {
                #expect(q.text != "24", "\"24\" read as a figure in: \(claim.sentence)")
                #expect(q.text != "18" && !q.text.contains("June"), "a date read as a figure: \(q.text)")
                #expect(q.value != .exactly(18), "\"June 18\" read as a figure in: \(claim.sentence)")
            }
        }
        for paragraph in analysis.document.paragraphs {
            #expect(!paragraph.hasPrefix("Home »"))
            #expect(paragraph != "by alex")
            #expect(paragraph != "You may also like" && paragraph != "Leave a Comment")
            #expect(!paragraph.contains("Collage by Channel 24"))
        }
    }

    @Test("Claim spans point into the cleaned document's text")
    func claimSpans() throws {
        let analysis = try Seed.analysis()
        let bytes = Array(analysis.document.text.utf8)
        for claim in analysis.claims {
            try #require(claim.span.upperBound <= bytes.count)
            #expect(String(decoding: bytes[claim.span], as: UTF8.self) == claim.sentence)
            let sentenceBytes = Array(claim.sentence.utf8)
            for q in claim.quantities {
                try #require(q.span.upperBound <= sentenceBytes.count)
                #expect(String(decoding: sentenceBytes[q.span], as: UTF8.self) == q.text)
            }
        }
    }

    @Test("The seed's reading is deterministic")
    func deterministic() throws {
        #expect(try Seed.analysis() == Seed.analysis())
    }
}

import ClaimAnalysis
import Foundation
import Testing

/// Claim spans index `Document.text`, the text a store keeps: slicing it with a claim's span
/// gives back the claim's sentence, and analysing that text again gives the same claims.
@Suite struct ClaimSpanTests {
    /// The plain-text samples and the seed article, read as `check` reads them.
    static func articles() throws -> [(name: String, text: String)] {
        let claims = Seed.packageRoot.appendingPathComponent("Claims")
        let names = try FileManager.default.contentsOfDirectory(atPath: claims.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(!names.isEmpty, "no .txt sample under Claims/")
        var articles = try names.map { (name: $0, text: try String(contentsOf: claims.appendingPathComponent($0), encoding: .utf8)) }
        articles.append((name: "seed", text: try String(contentsOfFile: Seed.path, encoding: .utf8)))
        return articles
    }

    /// Page furniture, a repeated headline, CR LF line ends, indented and blank lines, and
    /// non-ASCII text before the claims: everything that made the text as read differ from
    /// the text the spans index.
    static let furnished = """
        Home > News > Business\r
        Port costs climb\r
        Port costs climb\r
        \r
           By Ana Lima, Business reporter  \r
        \u{2028}Freight pays for 62% of the port’s costs, Okafor said. The council approved $48.5 million.\r
        Photo: Reuters\r
        \t Café owners said rents rose 12% in 2024, the third rise in five years.
        You may also like
        """

    @Test func everyClaimSpanSlicesTheDocumentTextBackToItsSentence() throws {
        var sliced = 0
        for (name, text) in try Self.articles() + [(name: "furnished", text: Self.furnished)] {
            let analysis = ClaimAnalyzer().analyze(text)
            let bytes = Array(analysis.document.text.utf8)
            #expect(!analysis.claims.isEmpty, "\(name) has no claims")
            for claim in analysis.claims {
                let span = claim.span
                try #require(span.lowerBound >= 0 && span.upperBound <= bytes.count, "\(name): span \(span) outside the text")
                #expect(String(decoding: bytes[span], as: UTF8.self) == claim.sentence, "\(name): \(claim.sentence)")
                sliced += 1
            }
        }
        #expect(sliced >= 20)
    }

    /// The stored text is all a desk keeps: analysing it again must find the same claims at
    /// the same spans, or a later re-analysis would point somewhere else.
    @Test func theDocumentTextAnalysesToTheSameClaims() throws {
        for (name, text) in try Self.articles() + [(name: "furnished", text: Self.furnished)] {
            let first = ClaimAnalyzer().analyze(text)
            let again = ClaimAnalyzer().analyze(first.document.text)
            #expect(again.document == first.document, "\(name)")
            #expect(again.claims == first.claims, "\(name)")
        }
    }

    @Test func furnitureIsNotInTheDocumentText() {
        let document = Document(parsing: Self.furnished)
        #expect(!document.text.contains("You may also like"))
        #expect(!document.text.contains("\r"))
        #expect(document.text.components(separatedBy: "Port costs climb").count == 2, "the repeated headline is kept once")
        #expect(document.text == document.paragraphs.joined(separator: Document.paragraphSeparator))
    }
}

import ClaimAnalysis
import Foundation
import Testing

@testable import ClaimReports
import ClaimModel
@testable import ClaimStore

/// The hand-written claim JSON of `claims --json`, `show --json` and `export` against the
/// generic encoders it stands in for: Foundation's `JSONEncoder` and `PrettyJSONEncoder`.
@Suite("Claim JSON writing")
struct ClaimJSONWritingTests {
    /// The `export` element as it was encoded before: the claim's keys and article_source
    /// in one object, null when the article has no source.
    struct ExportReference: Encodable {
        var claim: ClaimJSON
        var articleSource: String?
        enum CodingKeys: String, CodingKey { case article_source }
        func encode(to encoder: Encoder) throws {
            try claim.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(articleSource, forKey: .article_source)
        }
    }

    private func foundation<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Claims of two reviewed articles and a third that repeats a figure, then the same
    /// claims with every optional field set and awkward text and numbers in them.
    private func claims() throws -> [ClaimJSON] {
        let db = try reviewedWorkspace()
        let third = "Ferries again\n\nOfficials estimate the new ferries will cost €80 million, the council said."
        _ = try db.add(source: "third.txt", text: third, analysis: ClaimAnalyzer().analyze(third), at: Date(timeIntervalSince1970: 9))
        let stored = try db.claims(ClaimFilter())
        var claims = stored.map(ClaimJSON.init)
        #expect(claims.contains { !$0.repeats.isEmpty }, "no claim with repeats to compare")
        #expect(claims.contains { !$0.reviews.isEmpty })
        for var claim in claims.prefix(6) {
            claim.sentence = "Tab\there, \"quoted\", back\\slash, a/b, bell\u{07}\u{08}\u{0C}\r\n東京 🚀"
            claim.hedge = "reportedly"
            claim.outlet = "The \"Ledger\""
            claim.speaker = "Ana Okafor"
            claim.quantities = claim.quantities.map { f in
                var f = f
                f.unit = f.unit ?? "u"
                f.normalized_unit = f.normalized_unit ?? "n"
                f.value = .range(0.1, 9_007_199_254_740_992)
                return f
            } + claim.quantities.prefix(1).map { f in
                var f = f
                f.value = .single(-1e-300)
                f.concept = []
                return f
            }
            claim.flags = claim.flags.map { var f = $0; f.details = "12 + 30 ≠ 45\n"; return f }
            claim.reviews = claim.reviews.map { r in
                var r = r
                r.evidence_quote = "“Up 3%”"
                r.evidence_url = "https://example.org/a?b=c&d"
                return r
            }
            claims.append(claim)
        }
        return claims
    }

    @Test("claims --json and show --json: byte for byte what JSONEncoder writes")
    func claimsAndShow() throws {
        let claims = try claims()
        #expect(JSONOutput.encode(claims) == (try foundation(claims)))
        #expect(JSONOutput.encode(claims) == String(decoding: try PrettyJSONEncoder().encode(claims).bytes, as: UTF8.self))
        for claim in claims.prefix(12) {
            #expect(JSONOutput.encode(claim) == (try foundation(claim)))
        }
        #expect(JSONOutput.encode([ClaimJSON]()) == (try foundation([ClaimJSON]())))
    }

    @Test("export: the claim's keys and article_source, null for none, in one sorted object")
    func export() throws {
        let claims = try claims()
        let sources: [String?] = claims.indices.map { $0 % 3 == 0 ? nil : "https://example.org/news/\($0).html" }
        let reference = zip(claims, sources).map { ExportReference(claim: $0, articleSource: $1) }
        #expect(JSONOutput.encodeExport(claims, articleSources: sources) == (try foundation(reference)))
    }

    @Test("A figure value JSON cannot hold is null, as JSONNumber writes it")
    func notFinite() throws {
        var claim = try #require(try claims().first { !$0.quantities.isEmpty })
        claim.quantities[0].value = .single(.infinity)
        #expect(JSONOutput.encode(claim) == (try foundation(claim)))
        #expect(JSONOutput.encode(claim).contains("\"value\" : null"))
    }
}

@testable import ClaimAnalysis
import Quantities
import Testing

let analyzer = ClaimAnalyzer()

/// The claims of a text, each sentence's words as written.
func claims(_ text: String) -> [Claim] { analyzer.analyze(text).claims }

/// The single claim of a one-claim text.
func onlyClaim(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Claim {
    let all = claims(text)
    try #require(all.count == 1, "expected one claim, got \(all.map(\.sentence))", sourceLocation: sourceLocation)
    return all[0]
}

/// The sentences SentenceSplitter finds in a paragraph.
func sentences(_ paragraph: String) -> [String] {
    SentenceSplitter.split(paragraph).map { String(paragraph[$0]) }
}

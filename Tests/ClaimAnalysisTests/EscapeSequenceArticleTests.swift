@testable import ClaimAnalysis
import Testing

/// Escape sequences in an article are no figures, no years and no sentence ends (issue 16).
@Suite("Escape sequences in articles")
struct EscapeSequenceArticleTests {
    @Test("An escape sequence alone makes no claim", arguments: [
        "The meeting ended\u{1B}[0m without a vote.",
        "\u{1B}]0;title\u{07}The meeting ended without a vote.",
        // An OSC title holding a full stop and a figure: the sentence splitter must not cut
        // the sequence in two and leave "Up 5%" to be read as a figure.
        "\u{1B}]0;Market report. Up 5% today\u{07} The meeting ended without a vote.",
        "\u{1B}]0;Report. Up 5%\u{1B}\\ The meeting ended without a vote.",
        "\u{9D}0;Report. Up 5%\u{9C} The meeting ended without a vote.",
    ])
    func noClaim(_ text: String) {
        #expect(claims(text).isEmpty, "\(claims(text).map(\.sentence))")
    }

    @Test("An escape sequence is not a sentence end")
    func oneSentence() {
        #expect(sentences("Prices rose\u{1B}]0;x. Y\u{07} by 5% in 2024.").count == 1)
    }

    @Test("Numbers inside escape sequences are no years")
    func noYears() {
        #expect(ArticleFigures.years(in: "Report \u{1B}[2099;1m 2024 \u{1B}]0;since 1901\u{07}") == [2024])
        let text = "Port report\u{1B}[2099;1m, 2024\n\nThe old pier closed 30 years ago, in 1994, after a storm."
        #expect(analyzer.analyze(text).claims.flatMap(\.flags).filter { $0.kind == .inconsistent }.isEmpty)
    }

    @Test("Words inside escape sequences are not words of the sentence")
    func noWords() {
        #expect(Word.split("up \u{1B}]0;many\u{07}5% \u{1B}[0m").map(\.text) == ["up", "5", "%"])
    }

    @Test("An escape character written as an HTML reference starts a sequence too")
    func htmlReference() {
        let text = ArticleText.plain("<p>The meeting ended&#27;[0m without a vote.</p>", format: .html)
        #expect(claims(text).isEmpty, "\(claims(text).map(\.sentence))")
    }
}

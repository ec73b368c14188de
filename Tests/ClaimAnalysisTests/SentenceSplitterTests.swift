@testable import ClaimAnalysis
import Testing

@Suite("Sentence splitting")
struct SentenceSplitterTests {
    @Test("Tricky full stops", arguments: [
        ("The U.S. economy grew 2% last year. Growth slowed in Europe.", ["The U.S. economy grew 2% last year.", "Growth slowed in Europe."]),
        ("Mr. Smith said prices rose. He was wrong.", ["Mr. Smith said prices rose.", "He was wrong."]),
        ("Dr. Jones and Mrs. Lee met. Nothing came of it.", ["Dr. Jones and Mrs. Lee met.", "Nothing came of it."]),
        ("Sales rose in Jan. 2024 by 5%. Then they fell.", ["Sales rose in Jan. 2024 by 5%.", "Then they fell."]),
        ("Inflation was 2.24 percent in May. It fell later.", ["Inflation was 2.24 percent in May.", "It fell later."]),
        ("It cost $2.5 billion. That was a lot.", ["It cost $2.5 billion.", "That was a lot."]),
        ("J. K. Rowling wrote the books. They sold well.", ["J. K. Rowling wrote the books.", "They sold well."]),
        ("\"Prices will rise.\" She said it twice.", ["\"Prices will rise.\"", "She said it twice."]),
        ("He said: “We won.” Then he left.", ["He said: “We won.”", "Then he left."]),
        ("Is this real? Yes! It is.", ["Is this real?", "Yes!", "It is."]),
        ("He left... Then came back.", ["He left...", "Then came back."]),
        ("The doors closed at 9 p.m. Friday. Everyone left.", ["The doors closed at 9 p.m. Friday.", "Everyone left."]),
        ("Growth was 3%. 40% of firms agreed.", ["Growth was 3%.", "40% of firms agreed."]),
        ("Prices rose, e.g. for bread. They fell later.", ["Prices rose, e.g. for bread.", "They fell later."]),
        ("He won. and then lost.", ["He won. and then lost."]),
    ])
    func tricky(_ paragraph: String, _ expected: [String]) {
        #expect(sentences(paragraph) == expected)
    }

    @Test("A headline without a full stop is one sentence")
    func headline() {
        let headline = "What NATO is saying about Putin's visit to North Korea"
        #expect(sentences(headline) == [headline])
    }

    @Test("Trailing spaces are trimmed and empty paragraphs give nothing")
    func trimming() {
        #expect(sentences("One sentence here.   ") == ["One sentence here."])
        #expect(sentences("").isEmpty)
    }

    @Test("Through the analyzer: each sentence with a figure becomes one claim, in order")
    func throughAnalyzer() {
        let text = "Mr. Smith said the U.S. economy grew 2.24% in 2023. J. K. Rowling sold 500 million books, Reuters reported. Nothing here."
        let found = claims(text)
        #expect(found.map(\.sentence) == [
            "Mr. Smith said the U.S. economy grew 2.24% in 2023.",
            "J. K. Rowling sold 500 million books, Reuters reported.",
        ])
        #expect(found.map(\.sentenceIndex) == [0, 1])
        #expect(found.first?.quantities.first?.value == .exactly(2.24))
    }
}

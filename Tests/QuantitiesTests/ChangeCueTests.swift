import Quantities
import Testing

/// Change cues of issue 9: rise and fall verbs and nouns beyond the common ones, the level
/// after "to", shares that are no rises, and negated bounds.
@Suite("Change cues")
struct ChangeCueTests {
    /// A sentence, the figure as written, and its change.
    static let cases: [(String, String, Change)] = [
        ("Profits slumped 18% to $91m in the quarter.", "18%", .down),
        ("Profits slumped 18% to $91m in the quarter.", "$91m", .exact),
        ("Shares plunged 12% on Monday.", "12%", .down),
        ("Sales soared 40% last year.", "40%", .up),
        ("Exports surged 9% in May.", "9%", .up),
        ("Prices climbed 3% over the year.", "3%", .up),
        ("The index tumbled 4% on Friday.", "4%", .down),
        ("Output dipped 0.2% in June.", "0.2%", .down),
        ("The pound slid 1.5% against the dollar.", "1.5%", .down),
        ("Revenue jumped 25% to $1.2bn.", "25%", .up),
        ("Demand rebounded 7% in the second half.", "7%", .up),
        ("There was a rise of 5% in the number of cases.", "5%", .up),
        ("Officials reported a fall of 12% in burglaries.", "12%", .down),
        ("The company posted a drop of 8% in sales.", "8%", .down),
        ("The economy recorded growth of 2.1% last year.", "2.1%", .up),
        ("The council cut spending by 10%.", "10%", .down),
        // The level reached after "to" is the figure itself.
        ("The number of claimants fell to 64,000 in March.", "64,000", .exact),
        ("Unemployment rose to 5.2% from 4.9%.", "5.2%", .exact),
        ("Inflation eased to 2.9% in October.", "2.9%", .exact),
        // A share is a level, not a rise.
        ("Women make up two-fifths of the board.", "two-fifths", .exact),
        ("Two-fifths of the staff work part-time.", "Two-fifths", .exact),
        // A negated bound turns over: at most two, not more than two.
        ("The team did not win more than two games all season.", "two games", .lessThan),
        ("The plan will never cost less than $5m.", "$5m", .moreThan),
        // Still bounds where nothing negates them.
        ("The team won more than two games.", "two games", .moreThan),
        ("Up to 500 people were evacuated.", "500 people", .lessThan),
    ]

    @Test("The change of each figure", arguments: cases.indices)
    func change(_ index: Int) throws {
        let (sentence, text, change) = Self.cases[index]
        let figure = try #require(extractor.extract(from: sentence).quantities.first { $0.text == text }, "\(sentence)")
        #expect(figure.change == change, "\(sentence): \(figure.text)")
    }
}

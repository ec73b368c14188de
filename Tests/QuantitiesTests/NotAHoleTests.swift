import Quantities
import Testing

/// Issue 9: text that looks like a lost figure but is not one, beside the holes that are.
@Suite("Not a hole")
struct NotAHoleTests {
    static let intact = [
        "The multi-million pound redevelopment of the pier will begin in the spring.",
        "The guide rates the new restaurant $$$, its most expensive band.",
        "The bank's new leaflets quote interest rates in percent rather than in basis points.",
        "All costs in the annex are given in £ unless stated otherwise.",
        "Mr  Jones said the decision was fair and that he would not appeal.",
        "She starred in Million Dollar Baby before moving to television.",
    ]

    static let damaged = [
        "The project will cost $ million to finish.",
        "China is supplying % of machine tools.",
        "The firm employs  workers at the plant.",
        "Prices rose by  percent last year.",
        "The fee was raised to £ a month.",
    ]

    @Test("No gap in intact text", arguments: intact)
    func intactText(_ sentence: String) {
        #expect(extractor.extract(from: sentence).gaps.isEmpty, "\(extractor.extract(from: sentence).gaps.map(\.text))")
    }

    @Test("A gap where the number was cut out", arguments: damaged)
    func damagedText(_ sentence: String) {
        #expect(!extractor.extract(from: sentence).gaps.isEmpty)
    }
}

/// An amount given without a figure: "dozens of", "a significant number", "many".
struct VagueQuantityRule: FlagRule {
    static let phrases: [[String]] = [
        ["dozens", "of"], ["hundreds", "of"], ["thousands", "of"], ["millions", "of"],
        ["billions", "of"], ["tens", "of", "thousands"], ["a", "significant", "number"],
        ["a", "large", "number"], ["a", "number", "of"], ["a", "handful", "of"], ["a", "lot", "of"],
        ["the", "majority", "of"], ["a", "majority", "of"], ["most", "of"], ["many"], ["several"],
        ["numerous"], ["countless"], ["scores", "of"], ["a", "fraction", "of"], ["a", "few"],
    ]

    func flags(for claim: Claim, context: FlagContext) -> [Flag] {
        guard let phrase = Self.phrases.first(where: { context.words.contains(phrase: $0) }) else { return [] }
        let text = phrase.joined(separator: " ")
        return [Flag(kind: .vagueQuantity, text: text, message: "\"\(text)\" gives no figure: ask how many, and according to whom.")]
    }
}

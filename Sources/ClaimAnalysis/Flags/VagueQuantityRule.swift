/// An amount given without a figure: "dozens of", "a significant number", "many".
struct VagueQuantityRule: FlagRule {
    static let phrases: [[String]] = [
        ["dozens", "of"], ["hundreds", "of"], ["thousands", "of"], ["millions", "of"],
        ["billions", "of"], ["tens", "of", "thousands"], ["a", "significant", "number"],
        ["a", "large", "number"], ["a", "number", "of"], ["a", "handful", "of"], ["a", "lot", "of"],
        ["the", "majority", "of"], ["a", "majority", "of"], ["most", "of"], ["many"], ["several"],
        ["numerous"], ["countless"], ["scores", "of"], ["a", "fraction", "of"], ["a", "few"],
    ]

    /// The first vague phrase in a sentence's words, e.g. "dozens of".
    static func phrase(in words: [Word]) -> String? {
        phrases.first { words.contains(phrase: $0) }?.joined(separator: " ")
    }

    func flags(for claim: Claim, context: FlagContext) -> [Flag] {
        guard let text = Self.phrase(in: context.words) else { return [] }
        return [Flag(kind: .vagueQuantity, text: text, message: "\"\(text)\" gives no figure: ask how many, and according to whom.")]
    }
}

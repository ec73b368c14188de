import Quantities

/// Decides a claim's kind from its figures and the words around them.
enum ClaimClassifier {
    private static let comparisonCues: [[String]] = [
        ["more", "than", "any"], ["less", "than", "any"], ["second-largest"], ["third-largest"],
        ["largest"], ["biggest"], ["smallest"], ["highest"], ["lowest"], ["compared", "with"],
        ["compared", "to"], ["ranked"], ["ranks"], ["outpaced"], ["surpassed"],
    ]

    static func kind(of extraction: Extraction, words: [Word]) -> ClaimKind {
        if SuperlativeRule.cues.prefix(5).contains(where: { words.contains(phrase: $0) })
            || (words.contains(phrase: ["since"]) && words.contains { NoTimeFrameRule.isYear($0.text) } && words.contains { ["highest", "lowest", "most", "least", "record"].contains($0.lower) })
        {
            return .record
        }
        if comparisonCues.contains(where: { words.contains(phrase: $0) }) { return .comparison }
        let quantities = extraction.quantities
        if quantities.contains(where: { $0.change == .up || $0.change == .down || $0.kind == .multiple }) { return .trend }
        guard let first = quantities.first else {
            // Only a hole: the sign that is left says what the figure was.
            return extraction.gaps.first.map { $0.text.hasPrefix("%") || $0.text.lowercased().hasPrefix("per") ? .statistic : .money } ?? .count
        }
        switch first.kind {
        case .percentage: return .statistic
        case .money: return .money
        case .ratio: return .ratio
        case .measure, .duration, .age: return .measure
        case .count, .number, .multiple: return .count
        }
    }
}

import Quantities

/// A share used as the subject of its clause with no whole: "Some 87% voted to strike"
/// (87% of whom?), "Around 40% said they would move".
///
/// Not for a share of something named ("5% of the workforce"), a change ("rose 5%"), a rate
/// or level that needs no whole ("inflation is 3%", "a fixed rate of 4.6%", "won 38%": the
/// figure does not open its clause), nor
/// where the sentence before its figure or the sentences just read count the group it is
/// a share of ("Of the 2,000 people polled, 41% said", "The union balloted its 12,000
/// members. Some 87% voted to strike").
struct NoBaseRule: FlagRule {
    func flags(for claim: Claim, context: FlagContext) -> [Flag] {
        guard !context.carried.whole else { return [] }
        let bytes = Array(claim.sentence.utf8)
        for (k, share) in claim.quantities.enumerated()
        where share.normalizedUnit == "percentage" && share.whole.isEmpty && share.change != .up && share.change != .down {
            // A figure counted before the share in the same sentence is its whole.
            if claim.quantities[..<k].contains(where: { $0.kind == .count || $0.kind == .number }) { return [] }
            guard Self.opensClause(before: share.span.lowerBound, in: bytes) else { continue }
            return [Flag(kind: .noBase, text: share.text, message: "\"\(share.text)\" is a share of an unstated whole: ask what it is a percentage of.")]
        }
        return []
    }

    /// Whether only lead-ins ("some", "only", "nearly") stand between the clause start (the
    /// sentence start, a comma, a semicolon) and the figure at `offset`.
    static func opensClause(before offset: Int, in bytes: [UInt8]) -> Bool {
        let before = String(decoding: bytes[..<max(0, min(offset, bytes.count))], as: UTF8.self)
        for word in Word.split(before).reversed() {
            if word.isPunctuation { return word.text == "," || word.text == ";" || word.text == ":" || word.text == "\"" || word.text == "“" }
            // "said 40% backed the plan", "found that 12% passed": a reported clause opens here.
            if FlagCues.clauseOpeners.contains(word.lower) { return true }
            guard FlagCues.shareLeadIns.contains(word.lower) else { return false }
        }
        return true
    }
}

import ClaimAnalysis
import ClaimModel

/// The one-line advice on what a reviewer should verify for a claim, from its kind.
/// Flags add their own questions; this says where to start.
public enum WhatToCheck {
    public static func advice(for stored: StoredClaim) -> String {
        if stored.flags.contains(where: { $0.kind == .missingFigure }) {
            return "Recover the missing figure from the original source, then check it like any other."
        }
        let who = stored.claim.speaker ?? stored.claim.outlet
        let source = who.map { "what \($0) said, in the original statement or transcript" } ?? "the original source of the figure"
        switch stored.claim.kind {
        case .statistic: return "Find \(source), and confirm the share and what it is a share of."
        case .money: return "Find \(source), and confirm the amount, currency and period."
        case .count: return "Find \(source), and confirm the count and what was counted."
        case .trend: return "Find \(source), and confirm both endpoints and the period of the change."
        case .comparison: return "Confirm the ranking against the full list it compares with."
        case .record: return "Confirm the record against the full history, not just recent years."
        case .ratio: return "Find \(source), and confirm both sides of the ratio."
        case .measure: return "Confirm the measure and its unit against \(source)."
        }
    }
}

/// Check-worthiness: how much a claim deserves a reviewer's time, from 0 to 100.
///
/// The score adds four documented parts, so that a reviewer can see why a claim ranks
/// where it does:
/// - **attributed** (30): someone named stands behind it (speaker 20, outlet 10), so it
///   can be traced and a false claim has an author;
/// - **specific** (25): it states exact figures (approximations, vague amounts and holes
///   score less);
/// - **consequential** (25): money, shares, trends and records move opinion more than
///   measures do; a missing figure is consequential because the reader is misled;
/// - **checkable** (20): it has a time frame and a base, so a source can settle it.
public enum Worthiness {
    public static func score(_ claim: Claim) -> Int {
        var score = 0
        if claim.attribution.speaker != nil { score += 20 }
        if claim.attribution.outlet != nil { score += 10 }

        let faults = Set(claim.flags.map(\.kind))
        // "dozens of homes" is a figure by CQE's convention (12 to 120) but states nothing
        // exact: a vague amount is no figure here, and beside figures it makes them less specific.
        let vague = claim.flags.filter { $0.kind == .vagueQuantity }.map { $0.text.lowercased() }
        let figures = claim.quantities.filter { q in !vague.contains { q.text.lowercased().hasPrefix($0) } }
        let exact = figures.filter { $0.change == .exact || $0.change == .up || $0.change == .down }
        if !figures.isEmpty {
            score += exact.count == figures.count && vague.isEmpty ? 25 : 15
        }

        switch claim.kind {
        case .money, .statistic, .trend, .record, .comparison: score += 25
        case .count, .ratio: score += 15
        case .measure: score += 5
        }
        if faults.contains(.missingFigure) { score += 10 }

        if !faults.contains(.noTimeFrame) { score += 10 }
        if !faults.contains(.noBase), !faults.contains(.noBaseline) { score += 10 }
        return min(score, 100)
    }
}

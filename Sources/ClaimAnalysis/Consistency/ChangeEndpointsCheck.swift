import Quantities

/// A change stated both as two endpoints and as an amount or a percentage: "from 252 to
/// 287 miles, up 35 miles", "rose 12% to $4.3 billion from $3.8 billion", "fell 39% to $56m,
/// against $66m a year earlier", "fell from 7,600 to 6,600, or 35%".
///
/// Only figures of one clause are compared (see `Clauses`), a bracketed conversion
/// ("$205m (£110m)") is the amount before it in another currency, and each figure may be off
/// by its stated precision. A percentage stated against two percentages may be a change in
/// points or a relative change: it is inconsistent only if it is neither.
struct ChangeEndpointsCheck: ConsistencyCheck {
    func findings(in article: ArticleFigures) -> [Finding] {
        article.figures.enumerated().flatMap { index, figures in
            check(figures).map { Finding(claim: index, flag: $0) }
        }
    }

    private func check(_ figures: [Figure]) -> [Flag] {
        // Past the largest Double the difference has no number to show (see ConsistencyCheck).
        guard let (from, to) = Self.endpoints(in: figures), var a = from.value, var b = to.value, (b - a).isFinite else { return [] }
        var (ta, tb) = (from.tolerance, to.tolerance)
        // "from $1bn to $1.3bn" reads as 1.0 to 1.3: a writer drops the ".0", so two ends in
        // one unit share the finer precision of the two.
        if from.unit == to.unit, Units.seconds(from.unit) == nil { (ta, tb) = (min(ta, tb), min(ta, tb)) }
        // "from 3 hours to 45 minutes": durations compare in one unit.
        if let fa = Units.seconds(from.unit), let fb = Units.seconds(to.unit) {
            (a, b, ta, tb) = (a * fa, b * fb, ta * fa, tb * fb)
        }
        let unit = Units.base(to.unit) ?? Units.base(from.unit)
        var flags: [Flag] = []
        for stated in figures where stated.clause == from.clause && !stated.isConversion
            && stated.quantity.span != from.quantity.span && stated.quantity.span != to.quantity.span
        {
            // A stated change is a size: "-0.8%" is 0.8 down.
            guard let s = stated.value.map(abs), Self.statesChange(stated) else { continue }
            let direction: Change? = stated.quantity.change == .up || stated.quantity.change == .down ? stated.quantity.change : nil
            if let direction, (direction == .up) != (b > a), a != b {
                flags.append(Flag(
                    kind: .inconsistent, text: stated.quantity.text,
                    message: "The change is stated as \(direction == .up ? "a rise" : "a fall") but the figures go from \(show(a)) to \(show(b)): check which is right.",
                    details: "from \(show(a)) to \(show(b)) is \(b > a ? "up" : "down") \(show(abs(b - a))); stated: \(direction.rawValue) \(stated.quantity.text)"))
                continue
            }
            // The endpoints are rounded too: "$4.3 billion" may be 4.25 to 4.35 billion, so
            // a change is wrong only if no pair of values the endpoints allow gives it.
            let lowDiff = abs(b - a) - ta - tb
            let highDiff = abs(b - a) + ta + tb
            let points = Self.isPoints(stated, endpointsUnit: unit)
            let relativeFits: Bool? = {
                guard stated.unit == "percentage", a != 0, let (lowest, highest) = Self.relativeChange(a, ta, b, tb) else { return nil }
                return !(s + stated.tolerance < lowest || s - stated.tolerance > highest)
            }()
            /// Whether a change of `size` ± `tolerance` fits the endpoints' difference.
            func fits(_ size: Double, _ tolerance: Double) -> Bool { !(size + tolerance < lowDiff || size - tolerance > highDiff) }
            let durations = Units.seconds(stated.unit) != nil && Units.seconds(to.unit) != nil
            let absoluteFits: Bool? = {
                guard points || (Units.base(stated.unit) == unit && stated.unit != "percentage") || durations else { return nil }
                let factor = Units.seconds(stated.unit) ?? 1
                return fits(s * factor, stated.tolerance * factor)
            }()
            // A percentage against two percentages may mean points ("up 1%" for 4% → 5%).
            let pointsFit: Bool? = unit == "percentage" && stated.unit == "percentage" ? fits(s, stated.tolerance) : nil
            if relativeFits == true || absoluteFits == true || pointsFit == true { continue }
            if relativeFits == false {
                let computed = abs(b - a) / abs(a) * 100
                // "from 1e-300 to 1e300" is a change of more than any Double: nothing to show.
                guard computed.isFinite else { continue }
                flags.append(Flag(
                    kind: .inconsistent, text: stated.quantity.text,
                    message: "\"\(stated.quantity.text)\" does not match the endpoints: the change works out at \(Self.percent(computed)).",
                    details: "(\(show(b)) − \(show(a))) / \(show(a)) × 100 = \(Self.percent((b - a) / a * 100)); stated: \(stated.quantity.text)"))
            } else if absoluteFits == false {
                let name = points ? " points" : (to.quantity.unit ?? stated.quantity.unit).map { " " + $0 } ?? ""
                // As written when both ends share a unit; in the stated change's unit otherwise.
                let (reached, start) = (to.value ?? b, from.value ?? a)
                let sameUnits = Units.seconds(from.unit) == nil || from.unit == to.unit
                let difference = sameUnits
                    ? "\(show(reached)) − \(show(start)) = \(show(reached - start))\(name)"
                    : "\(from.quantity.text) to \(to.quantity.text) is a change of \(show(abs(b - a) / (Units.seconds(stated.unit) ?? 1))) \(stated.quantity.unit ?? "")"
                flags.append(Flag(
                    kind: .inconsistent, text: stated.quantity.text,
                    message: "\"\(stated.quantity.text)\" does not match the endpoints: \(difference).",
                    details: "\(difference); stated: \(stated.quantity.text)"))
            }
        }
        return flags
    }

    /// The least and the greatest size of the relative change, in percent, that endpoints
    /// `a` ± `ta` and `b` ± `tb` allow: the change is monotonic in each end, so its extremes
    /// lie at the corners. Nil when the start may be zero or change sign.
    static func relativeChange(_ a: Double, _ ta: Double, _ b: Double, _ tb: Double) -> (Double, Double)? {
        guard abs(a) > ta else { return nil }
        let sizes = [(a - ta, b - tb), (a - ta, b + tb), (a + ta, b - tb), (a + ta, b + tb)].map { abs($0.1 - $0.0) / abs($0.0) * 100 }
        // Ends that may meet allow no change at all.
        let crosses = (b - tb <= a + ta) && (a - ta <= b + tb)
        guard let highest = sizes.max(), highest.isFinite else { return nil }
        return (crosses ? 0 : sizes.min()!, highest)
    }

    /// "6 points", "0.3 percentage points" against percentages.
    private static func isPoints(_ f: Figure, endpointsUnit: String?) -> Bool {
        guard endpointsUnit == "percentage" else { return false }
        return f.unit == "percentage point" || f.unit == "point"
    }

    /// A percentage to one decimal: "13.2%". Past 10^15 a tenth is below the Double's
    /// precision, and rounding by scaling would overflow near the largest Double.
    static func percent(_ value: Double) -> String {
        Quantity.format(value.magnitude < 1e15 ? (value * 10).rounded() / 10 : value) + "%"
    }

    /// Words before a figure that make it the starting point: "from", "against $66m a year
    /// earlier", "compared with".
    private static let startCues: Set<String> = ["from", "against", "versus", "vs"]

    /// The starting point and the level reached, in one clause and of one unit ("from 252
    /// to 287 miles" gives the first no unit of its own): the figure after "to", or else the
    /// level the clause states before its starting point ("worth $1.3bn, up from $1bn").
    static func endpoints(in figures: [Figure]) -> (from: Figure, to: Figure)? {
        // "from 252 to 287 miles" is one range figure: its two ends are the endpoints.
        for range in figures where !range.isConversion && range.wordsBefore.last == "from" {
            if let ends = range.rangeEnds { return ends }
        }
        for from in figures where !from.isConversion && Self.isStart(from) {
            let sameClause = figures.filter { $0.clause == from.clause && !$0.isConversion && $0.quantity.span != from.quantity.span }
            let level = sameClause.first { $0.wordsBefore.last == "to" && compatible(from, $0) }
                ?? sameClause.last { $0.quantity.span.lowerBound < from.quantity.span.lowerBound && !statesChange($0) && compatible(from, $0) && $0.unit != nil }
            if let level { return (from, level) }
        }
        return nil
    }

    private static func isStart(_ f: Figure) -> Bool {
        guard let last = f.wordsBefore.last else { return false }
        if startCues.contains(last) { return true }
        let two = f.wordsBefore.suffix(2)
        return two.first == "compared" && (last == "with" || last == "to")
    }

    /// One unit for both ends: the same, the same but for a rate's period ("£3.1bn" and
    /// "£4.6bn a year"), two durations, or a bare number before a unit ("from 252 to 287 miles").
    private static func compatible(_ a: Figure, _ b: Figure) -> Bool {
        if Units.base(a.unit) == Units.base(b.unit) { return a.unit != nil || a.quantity.kind == .number }
        if Units.seconds(a.unit) != nil, Units.seconds(b.unit) != nil { return true }
        return a.unit == nil && a.quantity.kind == .number && b.wordsBefore.last == "to"
    }

    /// A figure that states a change: with a direction ("up 35 miles", "rose 12%"), after
    /// "by", "a rise of", "an increase of", or after ", or" beside its endpoints ("from 7,600
    /// to 6,600, or 35%").
    static func statesChange(_ f: Figure) -> Bool {
        if f.quantity.change == .up || f.quantity.change == .down { return true }
        let before = f.wordsBefore.suffix(3)
        if before.last == "or", before.dropLast().last == "," { return true }
        return before.last == "by" || before.contains("increase") || before.contains("decrease")
            || before.contains("rise") || before.contains("drop") || before.contains("gain") || before.contains("fall")
            || before.contains("cut") || before.contains("growth") || before.contains("decline") || before.contains("jump")
    }
}

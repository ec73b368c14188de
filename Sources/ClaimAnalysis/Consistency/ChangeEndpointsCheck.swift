import Quantities

/// A change stated both as two endpoints and as an amount or a percentage: "from 252 to
/// 287 miles, up 35 miles", "rose 12% to $4.3 billion from $3.8 billion".
struct ChangeEndpointsCheck: ConsistencyCheck {
    func findings(in article: ArticleFigures) -> [Finding] {
        article.figures.enumerated().flatMap { index, figures in
            check(figures).map { Finding(claim: index, flag: $0) }
        }
    }

    private func check(_ figures: [Figure]) -> [Flag] {
        // Past the largest Double the difference has no number to show (see ConsistencyCheck).
        guard let (from, to) = Self.endpoints(in: figures), let a = from.value, let b = to.value, (b - a).isFinite else { return [] }
        let unit = to.unit ?? from.unit
        var flags: [Flag] = []
        for stated in figures where stated.quantity.span != from.quantity.span && stated.quantity.span != to.quantity.span {
            guard let s = stated.value, Self.statesChange(stated) else { continue }
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
            let (ta, tb) = (from.tolerance, to.tolerance)
            let lowDiff = abs(b - a) - ta - tb
            let highDiff = abs(b - a) + ta + tb
            if stated.unit == "percentage", unit != "percentage", a != 0 {
                let computed = abs(b - a) / abs(a) * 100
                // "from 1e-300 to 1e300" is a change of more than any Double: nothing to show.
                guard computed.isFinite else { continue }
                let lowest = max(0, lowDiff) / (abs(a) + ta) * 100
                let highest = highDiff / max(abs(a) - ta, .leastNonzeroMagnitude) * 100
                if s + stated.tolerance < lowest || s - stated.tolerance > highest {
                    flags.append(Flag(
                        kind: .inconsistent, text: stated.quantity.text,
                        message: "\"\(stated.quantity.text)\" does not match the endpoints: the change works out at \(Self.percent(computed)).",
                        details: "(\(show(b)) − \(show(a))) / \(show(a)) × 100 = \(Self.percent((b - a) / a * 100)); stated: \(stated.quantity.text)"))
                }
            } else if stated.unit == unit || (stated.unit == "percentage point" && unit == "percentage") {
                if s + stated.tolerance < lowDiff || s - stated.tolerance > highDiff {
                    let name = (to.quantity.unit ?? stated.quantity.unit).map { " " + $0 } ?? ""
                    flags.append(Flag(
                        kind: .inconsistent, text: stated.quantity.text,
                        message: "\"\(stated.quantity.text)\" does not match the endpoints: \(show(b)) − \(show(a)) = \(show(b - a))\(name).",
                        details: "\(show(b)) − \(show(a)) = \(show(b - a))\(name); stated: \(stated.quantity.text)"))
                }
            }
        }
        return flags
    }

    /// A percentage to one decimal: "13.2%". Past 10^15 a tenth is below the Double's
    /// precision, and rounding by scaling would overflow near the largest Double.
    static func percent(_ value: Double) -> String {
        Quantity.format(value.magnitude < 1e15 ? (value * 10).rounded() / 10 : value) + "%"
    }

    /// The figures after "from" and after "to", in either order, of one unit ("from 252 to
    /// 287 miles" gives the first no unit of its own).
    static func endpoints(in figures: [Figure]) -> (from: Figure, to: Figure)? {
        guard let from = figures.first(where: { $0.wordsBefore.last == "from" }),
            let to = figures.first(where: { $0.wordsBefore.last == "to" && $0.quantity.span != from.quantity.span })
        else { return nil }
        guard from.unit == to.unit || (from.unit == nil && from.quantity.kind == .number) else { return nil }
        return (from, to)
    }

    /// A figure that states a change: with a direction ("up 35 miles", "rose 12%") or after
    /// "by" or "of" in "an increase of".
    private static func statesChange(_ f: Figure) -> Bool {
        if f.quantity.change == .up || f.quantity.change == .down { return true }
        let before = f.wordsBefore.suffix(3)
        return before.last == "by" || before.contains("increase") || before.contains("decrease")
            || before.contains("rise") || before.contains("drop") || before.contains("gain") || before.contains("fall")
    }
}

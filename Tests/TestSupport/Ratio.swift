import Foundation

/// A rate kept as a whole fraction, so that a pinned floor compares exactly.
///
/// Shared by the calibration suites (flags, attribution, news figures): each pins
/// precision and recall as fractions, and none may pass by a rounding.
public struct Ratio: Hashable, Sendable, CustomStringConvertible {
    public var numerator: Int
    public var denominator: Int

    public init(_ numerator: Int, _ denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// An empty ratio (0/0) counts as 0, so it never passes a floor above 0.
    public var value: Double { denominator == 0 ? 0 : Double(numerator) / Double(denominator) }

    /// Compared by cross-multiplication: 8/19 is at least 16/38, and no rounding moves a pin.
    public func isAtLeast(_ floor: Ratio) -> Bool {
        if floor.numerator == 0 { return true }
        guard denominator > 0, floor.denominator > 0 else { return false }
        return numerator * floor.denominator >= floor.numerator * denominator
    }

    public func isAtMost(_ ceiling: Ratio) -> Bool {
        guard denominator > 0 else { return true }
        guard ceiling.denominator > 0 else { return numerator == 0 }
        return numerator * ceiling.denominator <= ceiling.numerator * denominator
    }

    /// "519/521".
    public var fraction: String { "\(numerator)/\(denominator)" }

    /// "0.95 (94/97)".
    public var description: String {
        denominator == 0 ? "n/a (0/0)" : String(format: "%.2f (%d/%d)", value, numerator, denominator)
    }

    /// "96.9% (94/97)".
    public var percent: String {
        denominator == 0 ? "n/a (0/0)" : String(format: "%.1f%% (%d/%d)", value * 100, numerator, denominator)
    }
}

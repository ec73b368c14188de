import Foundation
import Quantities
import Testing

// Loading and scoring for `AccuracyTests`: the public test vectors in `../shared/data`
// (read in place, never copied into the repository), turned into expected figures in
// ClaimDesk's terms, and the matcher that compares them with what the extractor finds.
// The scoring rules are documented on `AccuracyTests`.

/// Where the vectors live: `../shared/data` next to the package.
enum Vectors {
    /// The package root: this file is `<root>/Tests/QuantitiesTests/AccuracyVectors.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let root = packageRoot.appendingPathComponent("../shared/data").standardizedFileURL

    /// True when `../shared/data` exists; the accuracy suite is skipped otherwise.
    static var available: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The sentences of one vector set, with their expected figures.
    static func load(_ set: VectorSet) throws -> [VectorCase] {
        try #require(available, "the public test vectors are missing: \(root.path) (../shared must sit beside the package)")
        return switch set {
        case .quantulum3: try loadQuantulum3()
        default: try loadRecognizers(set)
        }
    }
}

/// The eight vector sets: seven Recognizers-Text English models and quantulum3's sentences.
/// (Recognizers-Text's OrdinalModel is left out: ordinals are not quantities for ClaimDesk.)
enum VectorSet: String, CaseIterable, Hashable, Sendable {
    case number = "NumberModel"
    case numberRange = "NumberRangeModel"
    case percent = "PercentModel"
    case currency = "CurrencyModel"
    case dimension = "DimensionModel"
    case temperature = "TemperatureModel"
    case age = "AgeModel"
    case quantulum3

    var name: String { rawValue }
}

/// One sentence and the figures the reference finds in it.
struct VectorCase: Sendable {
    /// Position in the vector file, so that a failure can be looked up.
    var index: Int
    var input: String
    var expected: [VectorFigure]
}

/// A figure the reference finds: where it is, and the readings that would count as right.
struct VectorFigure: Sendable, CustomStringConvertible {
    /// The figure as the reference writes it (Recognizers-Text lowercases some of them).
    var text: String
    /// UTF-8 byte offsets in the input, or nil when the text could not be located.
    var span: Range<Int>?
    /// Any one of these matches; most figures have exactly one.
    var readings: [VectorReading]

    var description: String {
        "\"\(text)\"" + (span.map { " @\($0.lowerBound)..<\($0.upperBound)" } ?? " @?") + " = "
            + readings.map(\.description).joined(separator: " | ")
    }
}

/// A value, the change cue it needs (nil: not checked) and the unit it needs.
struct VectorReading: Sendable, CustomStringConvertible {
    var value: QuantityValue
    var change: Change?
    var unit: UnitExpectation

    var description: String {
        var s = describe(value)
        if let change { s += " change \(change.rawValue)" }
        s += " [\(unit)]"
        return s
    }
}

/// What the found quantity's `normalizedUnit` must be.
enum UnitExpectation: Sendable, CustomStringConvertible {
    /// Number models: any unit, or none.
    case unchecked
    /// One of these quantulum3 names, exactly.
    case named(Set<String>)
    /// A currency the reference names without a country ("Dollar", "Franc", "Rupee"):
    /// the bare name or any qualified form of it ("dollar", "canadian dollar").
    case family(String)
    /// quantulum3's "dimensionless": a bare number, a counted noun or a ratio.
    case dimensionless

    var description: String {
        switch self {
        case .unchecked: "any unit"
        case .named(let names): names.sorted().joined(separator: " or ")
        case .family(let name): "any \(name)"
        case .dimensionless: "dimensionless"
        }
    }
}

enum VectorError: Error, CustomStringConvertible {
    case unreadableValue(set: String, input: String, value: String)

    var description: String {
        switch self {
        case .unreadableValue(let set, let input, let value): "\(set): cannot read value \"\(value)\" in \"\(input)\""
        }
    }
}

// MARK: - Recognizers-Text

private struct RecognizersCase: Decodable {
    var Input: String
    var Results: [RecognizersResult]?
}

private struct RecognizersResult: Decodable {
    var Text: String
    var Start: Int?
    var End: Int?
    var Resolution: RecognizersResolution?
}

private struct RecognizersResolution: Decodable {
    var value: String?
    var unit: String?
}

extension Vectors {
    private static func loadRecognizers(_ set: VectorSet) throws -> [VectorCase] {
        let url = root.appendingPathComponent("recognizers-text/\(set.name).json")
        let cases = try JSONDecoder().decode([RecognizersCase].self, from: Data(contentsOf: url))
        return try cases.enumerated().map { index, c in
            var figures: [VectorFigure] = []
            for result in c.Results ?? [] {
                // A unit named with no figure ("convert 10 celsius to fahrenheit", "a small
                // percent") carries no value: it is not a quantity, so it is not expected.
                guard let raw = result.Resolution?.value, raw != "null" else { continue }
                guard let reading = try recognizersReading(set, value: raw, unit: result.Resolution?.unit, input: c.Input) else {
                    continue
                }
                let span = recognizersSpan(result, in: c.Input)
                figures.append(VectorFigure(text: result.Text, span: span, readings: [reading]))
            }
            return VectorCase(index: index, input: c.Input, expected: figures)
        }
    }

    private static func recognizersReading(_ set: VectorSet, value raw: String, unit: String?, input: String) throws -> VectorReading? {
        let unreadable = VectorError.unreadableValue(set: set.name, input: input, value: raw)
        switch set {
        case .numberRange:
            return try rangeReading(raw) ?? { throw unreadable }()
        case .percent:
            let digits = raw.hasSuffix("%") ? String(raw.dropLast()) : raw
            guard let v = Double(digits) else { throw unreadable }
            return VectorReading(value: .exactly(v), change: nil, unit: .named(["percentage"]))
        default:
            guard let v = Double(raw) else { throw unreadable }
            return VectorReading(value: .exactly(v), change: nil, unit: unitExpectation(set, unit))
        }
    }

    /// Number ranges: "[20,30)" and "(10,20)" are ranges; "(30,)" and "[30,)" are more than 30;
    /// "(,100]" and "(,100)" are less than 100; "[20,20]" is exactly 20. ClaimDesk's change
    /// cues have no "or equal", so open and closed ends are not told apart.
    private static func rangeReading(_ raw: String) -> VectorReading? {
        let s = raw.trimmingCharacters(in: .whitespaces)
        guard let open = s.first, let close = s.last, "([".contains(open), ")]".contains(close) else { return nil }
        let parts = s.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let low = Double(parts[0].trimmingCharacters(in: .whitespaces))
        let high = Double(parts[1].trimmingCharacters(in: .whitespaces))
        switch (low, high) {
        case (let l?, let h?) where l == h: return VectorReading(value: .exactly(l), change: .exact, unit: .unchecked)
        case (let l?, let h?): return VectorReading(value: .range(low: l, high: h), change: nil, unit: .unchecked)
        case (let l?, nil): return VectorReading(value: .exactly(l), change: .moreThan, unit: .unchecked)
        case (nil, let h?): return VectorReading(value: .exactly(h), change: .lessThan, unit: .unchecked)
        case (nil, nil): return nil
        }
    }

    /// Recognizers-Text unit names → quantulum3 names (the names ClaimDesk reports).
    ///
    /// By default a name is lowercased and spelled as quantulum3 spells it ("Kilometer per
    /// hour" → "kilometre per hour", "Square meter" → "square metre"); the tables below list
    /// the names that differ by more than that.
    static func unitExpectation(_ set: VectorSet, _ unit: String?) -> UnitExpectation {
        guard let unit else { return .unchecked }
        switch set {
        case .number, .numberRange, .quantulum3:
            return .unchecked
        case .percent:
            return .named(["percentage"])
        case .currency:
            if let names = currencyNames[unit] { return .named(names) }
            if currencyFamilies.contains(unit) { return .family(unit.lowercased()) }
            return .named([unit.lowercased()])
        case .dimension:
            if let names = dimensionNames[unit] { return .named(names) }
            return .named([britishSpelling(unit.lowercased())])
        case .temperature:
            return .named(temperatureNames[unit] ?? [unit.lowercased()])
        case .age:
            // Ages are "year of age" in ClaimDesk; ages in months, weeks and days follow suit.
            // Recognizers-Text's "Age" ("a man of age 87") is in years.
            let base = unit == "Age" ? "year" : unit.lowercased()
            return .named(["\(base) of age"])
        }
    }

    /// Currency names that are not the lowercased Recognizers-Text name.
    static let currencyNames: [String: Set<String>] = [
        "United States dollar": ["dollar"],  // ClaimDesk, like CQE: any US dollar is `dollar`
        "Pound": ["pound sterling"],  // "£", "pounds" in the currency model
        "British pound": ["pound sterling"],
        "Pence": ["penny"],
        "Penny": ["penny"],
    ]
    /// Currencies named without a country: any qualified form counts ("franc" → "swiss franc").
    static let currencyFamilies: Set<String> = ["Dollar", "Franc", "Rupee", "Peso", "Lira"]

    /// Measure names that are not the lowercased, British-spelled Recognizers-Text name.
    static let dimensionNames: [String: Set<String>] = [
        "Pound": ["pound-mass"],  // weight, in the dimension model
        "Metric ton": ["tonne"],
        // Recognizers-Text files "tons", "tonnes" and "t" all under "Ton".
        "Ton": ["ton", "tonne", "short ton", "long ton"],
        // quantulum3 reads "ml" as cubic centimetres.
        "Milliliter": ["millilitre", "cubic centimetre"],
        "Degree": ["degree"],
    ]

    /// Temperature names; a bare "degrees" leaves the scale open.
    static let temperatureNames: [String: Set<String>] = [
        "C": ["celsius"],
        "F": ["fahrenheit"],
        "K": ["kelvin"],
        "Degree": ["celsius", "fahrenheit", "degree"],
    ]

    /// quantulum3 spells units the British way: "metre", "litre".
    static func britishSpelling(_ name: String) -> String {
        name.replacingOccurrences(of: "meter", with: "metre").replacingOccurrences(of: "liter", with: "litre")
    }

    /// Recognizers-Text gives `Start` and `End` (inclusive) in characters (Unicode scalars
    /// here); the extractor's spans are UTF-8 bytes. Falls back to searching for the text.
    private static func recognizersSpan(_ result: RecognizersResult, in input: String) -> Range<Int>? {
        let scalars = Array(input.unicodeScalars)
        if let start = result.Start, let end = result.End, start >= 0, start <= end, end < scalars.count {
            let lower = scalars[..<start].reduce(0) { $0 + UTF8.width($1) }
            let upper = lower + scalars[start...end].reduce(0) { $0 + UTF8.width($1) }
            if let text = accuracySlice(input, lower..<upper), text.lowercased() == result.Text.lowercased() {
                return lower..<upper
            }
        }
        return locate(result.Text, in: input, from: 0)
    }
}

// MARK: - quantulum3

private struct Quantulum3Case: Decodable {
    var req: String
    var res: [Quantulum3Result]
}

private struct Quantulum3Result: Decodable {
    var value: Double
    var unit: String
    var surface: String
    var uncertainty: Double?
}

extension Vectors {
    /// quantulum3's names that ClaimDesk spells otherwise by convention (CQE's, the issue's):
    /// each a one-to-one renaming, so that what matched before still matches and nothing
    /// else does.
    static let quantulum3Renames: [String: String] = [
        "degree Celsius": "celsius",
        "degree fahrenheit": "fahrenheit",
        "degree angle": "degree",
        "united states dollar": "dollar",
    ]

    /// quantulum3's counting units, which ClaimDesk reads as numbers ("a dozen" is 12).
    static let countingUnits: [String: Double] = ["dozen": 12, "baker's dozen": 13, "gross": 144, "pair": 2]

    private static func loadQuantulum3() throws -> [VectorCase] {
        let url = root.appendingPathComponent("quantulum3/quantities.json")
        let cases = try JSONDecoder().decode([Quantulum3Case].self, from: Data(contentsOf: url))
        return cases.enumerated().map { index, c in
            var cursor = 0
            let figures = c.res.map { r -> VectorFigure in
                // A value with an uncertainty is quantulum3's way of writing a range.
                let value: QuantityValue = r.uncertainty.map { .range(low: r.value - $0, high: r.value + $0) } ?? .exactly(r.value)
                var readings: [VectorReading]
                if r.unit == "dimensionless" {
                    readings = [VectorReading(value: value, change: nil, unit: .dimensionless)]
                } else {
                    readings = [VectorReading(value: value, change: nil, unit: .named([quantulum3Renames[r.unit] ?? r.unit]))]
                    if let factor = countingUnits[r.unit], case .exactly(let v) = value {
                        readings.append(VectorReading(value: .exactly(v * factor), change: nil, unit: .dimensionless))
                    }
                }
                // Surfaces come in sentence order; look for each after the previous one.
                let span = locate(r.surface, in: c.req, from: cursor) ?? locate(r.surface, in: c.req, from: 0)
                if let span { cursor = span.upperBound }
                return VectorFigure(text: r.surface, span: span, readings: readings)
            }
            return VectorCase(index: index, input: c.req, expected: figures)
        }
    }

    /// The UTF-8 span of the first case-insensitive occurrence of `needle` at or after byte `from`.
    static func locate(_ needle: String, in haystack: String, from: Int) -> Range<Int>? {
        let utf8 = haystack.utf8
        guard from <= utf8.count, let start = utf8.index(utf8.startIndex, offsetBy: from, limitedBy: utf8.endIndex),
            let found = haystack.range(of: needle, options: [.caseInsensitive], range: start..<haystack.endIndex)
        else { return nil }
        let lower = utf8.distance(from: utf8.startIndex, to: found.lowerBound)
        return lower..<(lower + utf8.distance(from: found.lowerBound, to: found.upperBound))
    }
}

/// The text of UTF-8 byte range `span` in `input`, or nil if out of bounds.
func accuracySlice(_ input: String, _ span: Range<Int>) -> String? {
    let bytes = Array(input.utf8)
    guard span.lowerBound >= 0, span.upperBound <= bytes.count else { return nil }
    return String(decoding: bytes[span], as: UTF8.self)
}

// MARK: - Scoring

/// How one sentence fared.
struct CaseOutcome: Sendable {
    var vectorCase: VectorCase
    var found: [Quantity]
    /// Expected figures no found quantity matched.
    var missing: [VectorFigure]
    /// Found quantities of the model's sort that match nothing and overlap no expected figure.
    var spurious: [Quantity]

    var complete: Bool { missing.isEmpty }
    var clean: Bool { spurious.isEmpty }
    var passed: Bool { complete && clean }
}

extension VectorSet {
    /// Extracts from the case's sentence and matches the found quantities to the expected figures.
    func score(_ c: VectorCase, with extractor: QuantityExtractor) -> CaseOutcome {
        let found = extractor.extract(from: c.input).quantities
        var used = Set<Int>()
        var missing: [VectorFigure] = []
        for figure in c.expected {
            if let k = found.indices.first(where: { !used.contains($0) && matches(found[$0], figure) }) {
                used.insert(k)
            } else {
                missing.append(figure)
            }
        }
        let spurious = found.indices.filter { k in
            !used.contains(k) && counts(found[k])
                && !c.expected.contains { figure in figure.span.map { overlaps($0, found[k].span) } ?? false }
        }.map { found[$0] }
        return CaseOutcome(vectorCase: c, found: found, missing: missing, spurious: spurious)
    }

    /// True when `q` stands where `figure` is written and reads as one of its readings.
    func matches(_ q: Quantity, _ figure: VectorFigure) -> Bool {
        if let span = figure.span, !overlaps(span, q.span) { return false }
        return figure.readings.contains { reading in
            (valueMatches(reading.value, q) || rangeEndsAt(reading.value, q))
                && (reading.change.map { $0 == q.change } ?? true) && unitMatches(reading.unit, q, figure)
        }
    }

    /// Recognizers-Text's unit models have no ranges: of "eight to 10 feet" or "40 - 50 years
    /// old" they report only the end written beside the unit. A found range whose upper end
    /// is that value matches it.
    private func rangeEndsAt(_ expected: QuantityValue, _ q: Quantity) -> Bool {
        guard [.currency, .dimension, .temperature, .age].contains(self),
            case .exactly(let e) = expected, case .range(let low, let high) = q.value
        else { return false }
        return agrees(max(low, high), e)
    }

    /// Whether a found quantity is of the sort this model reports, so that an unmatched one
    /// counts against precision. Recognizers-Text models each report one sort of figure.
    func counts(_ q: Quantity) -> Bool {
        switch self {
        // Recognizers-Text's NumberModel leaves numbers fused with a unit ("29km", "1m") to
        // its dimension model, which is what a measure is.
        case .number: return q.kind != .measure
        case .quantulum3: return true
        case .numberRange:
            if case .range = q.value { return true }
            return q.change == .moreThan || q.change == .lessThan
        case .percent: return q.kind == .percentage
        case .currency: return q.kind == .money
        case .dimension: return q.kind == .measure && !Self.isTemperature(q)
        case .temperature: return Self.isTemperature(q)
        case .age: return q.kind == .age
        }
    }

    static func isTemperature(_ q: Quantity) -> Bool {
        ["celsius", "fahrenheit", "degree rankine", "kelvin"].contains(q.normalizedUnit ?? "")
    }

    private func unitMatches(_ expectation: UnitExpectation, _ q: Quantity, _ figure: VectorFigure) -> Bool {
        var unit = q.normalizedUnit
        // Recognizers-Text's currency model leaves the rate's denominator out ("$ 70" in
        // "$ 70 - a - share"): a price per something matches its currency. Its dimension
        // model does so too ("500,000 barrels" of "500,000 barrels a day"): there a rate
        // whose denominator stands past the figure's span matches its numerator.
        let denominatorOutside = self == .dimension && figure.span.map { q.span.upperBound > $0.upperBound } == true
        if self == .currency || denominatorOutside, let u = unit, let per = u.range(of: " per ") {
            unit = String(u[..<per.lowerBound])
        }
        switch expectation {
        case .unchecked: return true
        case .named(let names): return unit.map { names.contains($0) } ?? false
        case .family(let name): return unit == name || unit?.hasSuffix(" " + name) == true
        case .dimensionless: return [.number, .count, .ratio].contains(q.kind)
        }
    }
}

/// Values agree to a part in a million. A negative expected value also matches its magnitude
/// with change `down` (ClaimDesk, like CQE, reads "-5%" as 5% down). Range ends are compared
/// without regard to order ("from -18 °C to -34 °C").
func valueMatches(_ expected: QuantityValue, _ q: Quantity) -> Bool {
    switch (expected, q.value) {
    case (.exactly(let e), .exactly(let f)):
        return agrees(e, f) || (e < 0 && q.change == .down && agrees(-e, f))
    case (.range(let el, let eh), .range(let fl, let fh)):
        return agrees(min(el, eh), min(fl, fh)) && agrees(max(el, eh), max(fl, fh))
    default:
        return false
    }
}

func agrees(_ x: Double, _ y: Double) -> Bool {
    x == y || abs(x - y) <= 1e-6 * max(abs(x), abs(y))
}

func overlaps(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
    a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
}

// MARK: - Report

func describe(_ value: QuantityValue) -> String {
    func number(_ v: Double) -> String {
        v.rounded() == v && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
    switch value {
    case .exactly(let v): return number(v)
    case .range(let low, let high): return "\(number(low))–\(number(high))"
    }
}

func describe(_ q: Quantity) -> String {
    "\"\(q.text)\" @\(q.span.lowerBound)..<\(q.span.upperBound) = \(describe(q.value)) change \(q.change.rawValue)"
        + " [\(q.normalizedUnit ?? "no unit")] \(q.kind.rawValue)"
}

/// The failure listing for one model, as appended to `CLAIMDESK_ACCURACY_REPORT`.
func failureListing(_ set: VectorSet, summary: String, _ outcomes: [CaseOutcome]) -> String {
    var lines = ["=== \(summary)"]
    for outcome in outcomes where !outcome.passed {
        let c = outcome.vectorCase
        lines.append("--- \(set.name) #\(c.index): missing \(outcome.missing.count), spurious \(outcome.spurious.count)")
        lines.append("input:    \(String(reflecting: c.input))")
        lines.append(contentsOf: c.expected.isEmpty ? ["expected: nothing"] : c.expected.map { "expected: \($0)" })
        lines.append(contentsOf: outcome.found.isEmpty ? ["found:    nothing"] : outcome.found.map { "found:    \(describe($0))" })
        lines.append(contentsOf: outcome.missing.map { "MISSING:  \($0)" })
        lines.append(contentsOf: outcome.spurious.map { "SPURIOUS: \(describe($0))" })
    }
    return lines.joined(separator: "\n") + "\n\n"
}

enum AccuracyReport {
    /// The tests run in parallel; each model's listing is appended whole.
    private static let lock = NSLock()

    /// Appends `text` to the file named by `CLAIMDESK_ACCURACY_REPORT`, if set; never writes
    /// anywhere else (tests must not write into the repository).
    static func append(_ text: String) throws {
        guard let path = ProcessInfo.processInfo.environment["CLAIMDESK_ACCURACY_REPORT"], !path.isEmpty else { return }
        lock.lock()
        defer { lock.unlock() }
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }
}

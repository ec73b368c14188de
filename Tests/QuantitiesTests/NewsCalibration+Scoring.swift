import Foundation
import Quantities
import TestSupport

// Scoring the news calibration set the way the CQE paper scores NewsQuant: per sentence, each
// found quantity (in span order) is matched greedily to the first still-unmatched annotated
// figure that agrees on the metric's fields; matches, found and annotated counts are summed
// over all sentences. The rules are listed in `Calibration/README.md`.

extension NewsCalibration {
    /// The five CQE metrics, each a stricter reading of "the same figure".
    enum Metric: String, CaseIterable, Hashable, Sendable {
        case value
        case valueUnit = "value+unit"
        case valueChange = "value+change"
        case conceptPartial = "value+concept partial"
        case conceptStrict = "value+concept strict"
    }

    /// The calibration suites' shared exact rate.
    typealias Fraction = Ratio

    /// Matched, found and annotated figure counts of one metric.
    struct Tally: Hashable, Sendable {
        var matched = 0
        var found = 0
        var expected = 0

        var precision: Fraction { Fraction(matched, found) }
        var recall: Fraction { Fraction(matched, expected) }
        var f1: Double {
            let p = precision.value, r = recall.value
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }

        static func += (lhs: inout Tally, rhs: Tally) {
            lhs.matched += rhs.matched
            lhs.found += rhs.found
            lhs.expected += rhs.expected
        }
    }

    /// The whole set's tallies, the value tally per domain, and the wrong figures for the report.
    struct Score: Sendable {
        var tallies: [Metric: Tally] = [:]
        var valueByDomain: [String: Tally] = [:]
        var listing: [String] = []
    }

    /// Scores every sentence with what `extract` finds in it.
    static func score(_ sentences: [Sentence], extract: (String) -> [Quantity]) -> Score {
        var score = Score()
        for sentence in sentences {
            let found = extract(sentence.text).sorted { $0.span.lowerBound < $1.span.lowerBound }
            var matchings: [Metric: [Int?]] = [:]
            for metric in Metric.allCases {
                let matching = match(found, sentence.figures, by: metric)
                matchings[metric] = matching
                score.tallies[metric, default: Tally()] += Tally(
                    matched: matching.compactMap { $0 }.count, found: found.count, expected: sentence.figures.count)
            }
            score.valueByDomain[sentence.domain, default: Tally()] += Tally(
                matched: matchings[.value]!.compactMap { $0 }.count, found: found.count, expected: sentence.figures.count)
            score.listing += listing(sentence, found, matchings)
        }
        return score
    }

    /// For each found quantity, in order, the index of the annotated figure it matched, or nil.
    static func match(_ found: [Quantity], _ expected: [Figure], by metric: Metric) -> [Int?] {
        var taken = Array(repeating: false, count: expected.count)
        return found.map { quantity in
            guard let k = expected.indices.first(where: { !taken[$0] && agrees(quantity, expected[$0], on: metric) }) else { return nil }
            taken[k] = true
            return k
        }
    }

    /// Whether a found quantity and an annotated figure agree on the metric's fields.
    static func agrees(_ quantity: Quantity, _ figure: Figure, on metric: Metric) -> Bool {
        guard sameValue(quantity.value, figure.value) else { return false }
        switch metric {
        case .value:
            return true
        case .valueUnit:
            return quantity.normalizedUnit?.lowercased() == figure.unit?.lowercased()
        case .valueChange:
            return quantity.change == figure.change
        case .conceptPartial:
            let found = conceptWords(quantity.concept), expected = conceptWords(figure.concept)
            // An annotated `-` is matched only by no concept at all.
            return expected.isEmpty ? found.isEmpty : !found.isDisjoint(with: expected)
        case .conceptStrict:
            return conceptWords(quantity.concept) == conceptWords(figure.concept)
        }
    }

    /// Equal to a part in a million; a range matches only a range with the same ends in the
    /// same order (the convention writes ends as the text does, "from 3.9% to 3.6%" → [3.9, 3.6]).
    static func sameValue(_ a: QuantityValue, _ b: QuantityValue) -> Bool {
        func close(_ x: Double, _ y: Double) -> Bool { abs(x - y) <= 1e-6 * max(abs(x), abs(y)) }
        switch (a, b) {
        case (.exactly(let x), .exactly(let y)): return close(x, y)
        case (.range(let l1, let h1), .range(let l2, let h2)): return close(l1, l2) && close(h1, h2)
        default: return false
        }
    }

    /// Words that carry no concept of their own.
    static let stopWords: Set<String> = ["the", "a", "an", "of", "its", "their", "his", "her", "and", "in", "on", "for", "to"]

    /// Concept words compared as CQE compares them: lowercased, end punctuation and a
    /// possessive "'s" dropped, stop words dropped. Entries holding several words are split.
    static func conceptWords(_ concept: [String]) -> Set<String> {
        var words: Set<String> = []
        for word in concept.flatMap({ $0.split(whereSeparator: \.isWhitespace) }) {
            var w = word.lowercased().trimmingCharacters(in: .punctuationCharacters.union(.symbols))
            for suffix in ["'s", "’s"] where w.hasSuffix(suffix) { w.removeLast(2) }
            w = w.trimmingCharacters(in: .punctuationCharacters)
            if !w.isEmpty && !stopWords.contains(w) { words.insert(w) }
        }
        return words
    }

    /// A sentence's wrong figures, for the report: those the value metric missed, the found
    /// quantities it left unmatched, and value matches another metric rejected. Empty when all is right.
    private static func listing(_ sentence: Sentence, _ found: [Quantity], _ matchings: [Metric: [Int?]]) -> [String] {
        let byValue = matchings[.value]!
        var lines: [String] = []
        for (k, figure) in sentence.figures.enumerated() {
            guard let q = byValue.firstIndex(of: k) else {
                lines.append("  missed   \(figure)")
                continue
            }
            let wrong = Metric.allCases.filter { !(matchings[$0]!.contains(k)) }
            if !wrong.isEmpty {
                lines.append("  expected \(figure)\n     found \(shown(found[q]))  (wrong for \(wrong.map(\.rawValue).joined(separator: ", ")))")
            }
        }
        for (q, match) in byValue.enumerated() where match == nil {
            lines.append("  spurious \(shown(found[q]))")
        }
        return lines.isEmpty ? [] : ["\(sentence.location) \(sentence.text)"] + lines
    }

    /// A found quantity in the file's notation, with the text it was read from.
    static func shown(_ q: Quantity) -> String {
        "\"\(q.text)\" → " + describe(q.value, unit: q.normalizedUnit, change: q.change, concept: q.concept)
    }

    /// Appends the listing to the file named by CLAIMDESK_CALIBRATION_REPORT when that holds a
    /// path (it contains a "/"), as the flag calibration suites do; writes nothing otherwise.
    static func report(_ lines: [String]) throws {
        guard let path = ProcessInfo.processInfo.environment["CLAIMDESK_CALIBRATION_REPORT"], path.contains("/") else { return }
        let data = Data(lines.map { $0 + "\n" }.joined().utf8)
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: data)
    }
}

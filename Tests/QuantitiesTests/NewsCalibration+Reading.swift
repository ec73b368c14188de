import Foundation
import Quantities
import TestSupport

// Reading the news calibration set: `Calibration/<domain>.txt`, one `S:` line per sentence
// and one `F:` line per annotated figure. The format and the annotation conventions are in
// `Calibration/README.md`; the scoring is in `NewsCalibration+Scoring.swift`.

/// The hand-annotated news sentences of `Tests/QuantitiesTests/Calibration`, and their scorer.
enum NewsCalibration {
    /// One file per domain, in the order the report lists them.
    static let domains = ["business", "politics", "sport", "technology", "science"]

    /// The set is part of the repository, so it is found from the package root and never skipped.
    static let directory = packageRoot.appendingPathComponent("Tests/QuantitiesTests/Calibration")

    /// A line that does not follow the format, named by file and line number.
    struct FormatError: Error, CustomStringConvertible {
        var description: String
    }

    /// The sentences of every domain, file by file; `folder` names a set inside
    /// `Calibration/` (`fresh`, the held-out sentences written after the rules), none the main set.
    static func load(folder: String? = nil) throws -> [Sentence] {
        try domains.flatMap { try load($0, folder: folder) }
    }

    /// The sentences of `Calibration/[folder/]<domain>.txt`.
    static func load(_ domain: String, folder: String? = nil) throws -> [Sentence] {
        let file = (folder.map { $0 + "/" } ?? "") + domain + ".txt"
        let content = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
        return try sentences(in: content, file: file, domain: domain)
    }

    /// The sentences of one file's text; throws on the first malformed line.
    static func sentences(in content: String, file: String, domain: String) throws -> [Sentence] {
        var sentences: [Sentence] = []
        // The entry being read; a blank line closes it, so a stray `F:` cannot join the wrong sentence.
        var open = false
        for (k, raw) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let location = "\(file):\(k + 1)"
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                open = false
            } else if line.hasPrefix("#") {
                continue
            } else if line.hasPrefix("S:") {
                let text = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { throw FormatError(description: "\(location): an S line with no sentence") }
                guard !open else { throw FormatError(description: "\(location): an S line inside an entry (a blank line must come first)") }
                sentences.append(Sentence(domain: domain, location: location, text: text, figures: []))
                open = true
            } else if line.hasPrefix("F:") {
                guard open, !sentences.isEmpty else { throw FormatError(description: "\(location): an F line with no S line before it") }
                sentences[sentences.count - 1].figures.append(try figure(line.dropFirst(2), at: location))
            } else {
                throw FormatError(description: "\(location): a line that is neither S:, F:, # nor blank")
            }
        }
        return sentences
    }

    /// One `F:` line's fields: `value | unit | change | concept`.
    static func figure(_ text: Substring, at location: String) throws -> Figure {
        let fields = text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard fields.count == 4 else { throw FormatError(description: "\(location): \(fields.count) fields, expected value | unit | change | concept") }
        let value = try self.value(fields[0], at: location)
        guard !fields[1].isEmpty else { throw FormatError(description: "\(location): an empty unit (write - for none)") }
        guard let change = Change(rawValue: fields[2]) else {
            throw FormatError(description: "\(location): change \"\(fields[2])\" is none of = ~ > < up down")
        }
        guard !fields[3].isEmpty else { throw FormatError(description: "\(location): an empty concept (write - for none)") }
        let concept = fields[3] == "-" ? [] : fields[3].split(separator: " ").map(String.init)
        return Figure(value: value, unit: fields[1] == "-" ? nil : fields[1], change: change, concept: concept, location: location)
    }

    /// A plain number (`9000`, `1.5e9`, `-0.8`) or a range `[A, B]` in the order written.
    private static func value(_ text: String, at location: String) throws -> QuantityValue {
        func number(_ s: Substring) throws -> Double {
            // Double() also takes "nan", "inf" and hex; the set needs none of them.
            let t = s.trimmingCharacters(in: .whitespaces)
            guard let v = Double(t), v.isFinite, t.allSatisfy({ "0123456789.eE+-".contains($0) }) else {
                throw FormatError(description: "\(location): \"\(t)\" is not a number (digits without separators, e.g. 9000 or 1.5e9)")
            }
            return v
        }
        guard text.hasPrefix("[") else { return .exactly(try number(Substring(text))) }
        guard text.hasSuffix("]") else { throw FormatError(description: "\(location): a range needs a closing ]") }
        let ends = text.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
        guard ends.count == 2 else { throw FormatError(description: "\(location): a range needs two ends, [A, B]") }
        return .range(low: try number(ends[0]), high: try number(ends[1]))
    }
}

extension NewsCalibration {
    /// One sentence and the figures annotated in it, in the order they appear.
    struct Sentence: Sendable {
        var domain: String
        /// `file:line` of the `S:` line.
        var location: String
        var text: String
        var figures: [Figure]
    }

    /// An annotated figure. The range ends are kept in the order written.
    struct Figure: Sendable, CustomStringConvertible {
        var value: QuantityValue
        /// The normalized unit, or nil for a bare number (`-` in the file).
        var unit: String?
        var change: Change
        /// The concept words as written; empty for `-`.
        var concept: [String]
        /// `file:line` of the `F:` line.
        var location: String

        var description: String {
            NewsCalibration.describe(value, unit: unit, change: change, concept: concept)
        }
    }

    /// A figure in the file's own notation, so that a report reads like the annotation.
    static func describe(_ value: QuantityValue, unit: String?, change: Change, concept: [String]) -> String {
        func number(_ v: Double) -> String {
            v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
        }
        let shown: String
        switch value {
        case .exactly(let v): shown = number(v)
        case .range(let low, let high): shown = "[\(number(low)), \(number(high))]"
        }
        return "\(shown) | \(unit ?? "-") | \(change.rawValue) | \(concept.isEmpty ? "-" : concept.joined(separator: " "))"
    }
}

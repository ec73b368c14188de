import Quantities

/// One piece of arithmetic a reviewer would redo by hand, run across an article's claims.
///
/// What statcheck does for p-values, done for news figures: where a sentence states both
/// the parts and the whole of a calculation (two endpoints and the change between them,
/// shares of one whole, a total and its parts), the check recomputes it and raises an
/// `inconsistent` flag, with the arithmetic, when the numbers do not agree.
///
/// Figures may be anything a Double holds, from 5e-324 to 1.7976931348623157e308. A check
/// whose arithmetic leaves that range (a sum of parts past 1.8e308, a change from 1e-300 to
/// 1e300 as a ratio or a percentage) raises nothing: it would have no number to show, and a
/// flag that reads "inf" tells a reviewer nothing. Printing goes through `show`, which never
/// traps (`Quantity.format`).
protocol ConsistencyCheck: Sendable {
    func findings(in article: ArticleFigures) -> [Finding]
}

/// An inconsistency, raised on the claim whose stated figure does not add up.
struct Finding: Hashable {
    /// Index into `ArticleFigures.claims`.
    var claim: Int
    var flag: Flag
}

/// An article's claims with what consistency checks ask of them.
struct ArticleFigures {
    var claims: [Claim]
    /// The figures of each claim with their neighbouring words, read once for all checks.
    var figures: [[Figure]]
    /// Every year named in the article, in reading order ("in 2019", "June 18, 2024").
    var yearsNamed: [Int]

    init(claims: [Claim], document: Document) {
        self.claims = claims
        figures = claims.map(\.figures)
        yearsNamed = Self.years(in: document.text)
    }

    /// The article's "now": the latest year it names, if any.
    var referenceYear: Int? { yearsNamed.max() }

    /// Four-digit numbers standing alone, read byte by byte: the whole article is scanned.
    /// Numbers inside terminal escape sequences ("ESC [2099;1m") are no years.
    static func years(in text: String) -> [Int] {
        let bytes = Array(text.utf8)
        func isDigit(_ k: Int) -> Bool { k >= 0 && k < bytes.count && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
        func isWordByte(_ k: Int) -> Bool {
            guard k >= 0 && k < bytes.count else { return false }
            let b = bytes[k] | 0x20
            return isDigit(k) || (b >= 0x61 && b <= 0x7A) || bytes[k] >= 0x80
        }
        var years: [Int] = []
        var k = 0
        while k + 3 < bytes.count {
            if bytes[k] == 0x1B || bytes[k] == 0xC2, let end = EscapeSequence.end(in: bytes, at: k) {
                k = end
            } else if isDigit(k), !isWordByte(k - 1), isDigit(k + 1), isDigit(k + 2), isDigit(k + 3), !isWordByte(k + 4),
                !(k > 0 && (bytes[k - 1] == 0x2C || bytes[k - 1] == 0x2E) && isDigit(k - 2))
            {
                let n = (0..<4).reduce(0) { $0 * 10 + Int(bytes[k + $1] - 0x30) }
                if (1800...2100).contains(n) { years.append(n) }
                k += 4
            } else {
                k += 1
            }
        }
        return years
    }

    static func year(_ text: String) -> Int? {
        guard text.count == 4, let n = Int(text), (1800...2100).contains(n) else { return nil }
        return n
    }
}

enum ConsistencyChecks {
    /// Every check, in the order their flags are listed.
    static let all: [any ConsistencyCheck] = [
        ChangeEndpointsCheck(), MultipleCheck(), SharesSumCheck(), TotalPartsCheck(), ElapsedYearsCheck(),
    ]

    /// The `inconsistent` flags of an article, by claim index.
    static func flags(for claims: [Claim], document: Document) -> [Int: [Flag]] {
        let article = ArticleFigures(claims: claims, document: document)
        var flags: [Int: [Flag]] = [:]
        for check in all {
            for finding in check.findings(in: article) where !(flags[finding.claim]?.contains(finding.flag) ?? false) {
                flags[finding.claim, default: []].append(finding.flag)
            }
        }
        return flags
    }
}

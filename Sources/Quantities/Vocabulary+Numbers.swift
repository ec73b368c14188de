/// Number words and multipliers, the written-out half of "every form of figure".
enum NumberWords {
    static let units: [TokenKey: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19,
    ]
    static let tens: [TokenKey: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
    /// Scale words that multiply what stands before them.
    static let scales: [TokenKey: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "dozen": 12, "dozens": 12, "lakh": 100_000, "lakhs": 100_000,
        "crore": 10_000_000, "crores": 10_000_000,
    ]
    /// Abbreviated multipliers written after digits: "$1.2bn", "5k", "3.5 mln".
    static let abbreviatedScales: [TokenKey: Double] = [
        "k": 1_000, "thousand": 1_000, "mn": 1_000_000, "mln": 1_000_000, "mil": 1_000_000,
        "bn": 1_000_000_000, "bln": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000, "tln": 1_000_000_000_000,
    ]
    /// "m" and "b" mean million and billion only beside a currency ("£800m"); elsewhere "800m" is metres.
    static let currencyScales: [TokenKey: Double] = ["m": 1_000_000, "b": 1_000_000_000, "t": 1_000_000_000_000]
    /// Capital letters glued to digits that mean a multiplier in any context ("10M people",
    /// "1.2B"): the metre is a lowercase "m", and no unit is written "B".
    static let capitalScales: [String: Double] = ["M": 1_000_000, "B": 1_000_000_000, "b": 1_000_000_000, "MM": 1_000_000]

    /// Single-character fractions: "½", "2¾".
    static let vulgarFractions: [String: Double] = [
        "½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
        "⅘": 0.8, "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
    ]

    /// Nouns that are themselves numbers: "a dozen eggs", "a score of".
    static let collectives: [TokenKey: Double] = ["dozen": 12, "score": 20]
    /// Fraction words, singular and plural, for "a third", "two-thirds", "half".
    static let fractions: [TokenKey: Double] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
        "fourth": 4, "fourths": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
        "seventh": 7, "sevenths": 7, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
        "hundredth": 100, "hundredths": 100, "thousandth": 1_000, "thousandths": 1_000,
    ]
    /// "doubled", "sixfold": multiples that carry no digits.
    static let multipleWords: [TokenKey: Double] = [
        "double": 2, "doubled": 2, "triple": 3, "tripled": 3, "quadruple": 4, "quadrupled": 4,
        "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
        "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100, "twice": 2, "thrice": 3,
    ]

    static func isNumberWord(_ w: TokenKey) -> Bool {
        units[w] != nil || tens[w] != nil || scales[w] != nil
    }
}

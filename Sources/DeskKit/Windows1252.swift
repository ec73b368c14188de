/// Windows-1252, the "ANSI" encoding of Windows editors and older newsroom systems: Latin-1
/// with printable characters (€, curly quotes, dashes, …) where Latin-1 has C1 controls.
/// Articles that are not UTF-8 are most often in it, a "£" or an "é" being the one
/// non-ASCII byte.
public enum Windows1252 {
    /// The characters of bytes 0x80–0x9F; nil for the five bytes the encoding leaves
    /// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), whose presence means the text is not
    /// Windows-1252 at all. The same table as the numeric references in `HTMLText`.
    static let high: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// `bytes` read as Windows-1252, or nil when one of them is undefined in it. Every other
    /// byte is a character: ASCII as itself, 0x80–0x9F from `high`, 0xA0–0xFF as the
    /// Latin-1 character of the same number.
    public static func decode(_ bytes: [UInt8]) -> String? {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            switch byte {
            case 0x80...0x9F:
                guard let scalar = high[Int(byte - 0x80)] else { return nil }
                scalars.append(scalar)
            default:
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }
}

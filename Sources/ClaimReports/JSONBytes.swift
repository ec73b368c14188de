/// A JSON text built straight into UTF-8 bytes: what batch output writes instead of strings.
///
/// `extract --jsonl` writes one object per input line over gigabytes; building each line by
/// string interpolation and concatenation was 28% of `--figures-only`'s time. Appending
/// bytes to one reused buffer does the same work without a `String` per piece.
public struct JSONBytes: Sendable {
    /// The text so far.
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public var isEmpty: Bool { bytes.isEmpty }

    /// Forgets the text, keeping the buffer for the next line.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// Appends ASCII punctuation or a key written in the source: `{"text":`.
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends text already in JSON, such as another buffer's elements.
    public mutating func raw(_ other: JSONBytes) {
        bytes.append(contentsOf: other.bytes)
    }

    /// Appends bytes already in JSON.
    mutating func raw(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
    }

    /// Appends "\u00XX" for a control byte, in lowercase hex.
    mutating func unicodeEscape(_ b: UInt8) {
        raw("\\u00")
        bytes.append(Self.hexDigit(b >> 4))
        bytes.append(Self.hexDigit(b & 0xF))
    }

    public mutating func byte(_ b: UInt8) {
        bytes.append(b)
    }

    /// Appends an integer in decimal digits.
    public mutating func int(_ v: Int) {
        if v < 0 {
            bytes.append(UInt8(ascii: "-"))
            // The magnitude as unsigned: Int.min has no positive Int.
            digits(UInt(bitPattern: v).magnitudeOfNegative)
        } else {
            digits(UInt(v))
        }
    }

    private mutating func digits(_ v: UInt) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = v
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
                count += 1
            } while n > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// Appends a JSON number: whole values below 2^53 as digits, others as Swift prints
    /// them (the shortest digits that read back as the same Double: "2.3e+18", "1e-300");
    /// the same rule as `JSONNumber`. Not finite (never produced by the extractor): null.
    public mutating func number(_ v: Double) {
        guard v.isFinite else {
            raw("null")
            return
        }
        if v.magnitude < 0x1p53, let whole = Int64(exactly: v) {
            int(Int(whole))
        } else {
            bytes.append(contentsOf: "\(v)".utf8)
        }
    }

    /// Appends a JSON string literal with the escapes RFC 8259 requires: quote, backslash
    /// and the control characters below U+0020; everything else as its UTF-8 bytes.
    public mutating func string(_ s: String) {
        escaped(s, shortControlEscapes: false)
    }

    /// Appends `s` as a JSON string literal: quote and backslash escaped, "\n", "\r", "\t",
    /// and other control characters as "\u00XX" (lowercase), or as "\b" and "\f" for
    /// U+0008 and U+000C with `shortControlEscapes` (what `JSONEncoder` writes); everything
    /// else as its UTF-8 bytes.
    mutating func escaped(_ s: String, shortControlEscapes: Bool) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var run = 0
            for (i, b) in utf8.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                // Copy the clean run before the byte in one go: most strings have no escape.
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                run = i + 1
                switch b {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                case 0x08 where shortControlEscapes: raw("\\b")
                case 0x0C where shortControlEscapes: raw("\\f")
                default: unicodeEscape(b)
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ v: UInt8) -> UInt8 {
        v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "a") + v - 10
    }

    /// Appends `null` for nil, else the string.
    public mutating func string(orNull s: String?) {
        if let s { string(s) } else { raw("null") }
    }
}

extension UInt {
    /// The magnitude of a negative Int given as its bit pattern: Int.min included.
    fileprivate var magnitudeOfNegative: UInt { 0 &- self }
}

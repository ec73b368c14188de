/// Terminal escape sequences and C1 controls in UTF-8 text (ECMA-48), which are formatting
/// pasted with a terminal's output, never words or figures: "0m" in "ESC [0m" is no zero
/// metres (issue 16).
///
/// What a sequence is, from its first byte:
/// - CSI, `ESC [` or C1 U+009B: parameter and intermediate bytes (0x20–0x3F), then one
///   final byte (0x40–0x7E). A byte that cannot be in a CSI ends it before that byte.
/// - Control strings, `ESC ]` (OSC), `ESC P` (DCS), `ESC X` (SOS), `ESC ^` (PM), `ESC _`
///   (APC) or C1 U+009D, U+0090, U+0098, U+009E, U+009F: everything up to BEL, ST (`ESC \`
///   or U+009C), both included. An unterminated string ends before the next ESC or line end
///   (LF or CR), so that a stray `ESC ]` cannot hide the rest of an article.
/// - Any other `ESC`: intermediate bytes (0x20–0x2F), then one final byte (0x30–0x7E), as
///   in `ESC ( B` or `ESC 7`; an `ESC` before anything else stands alone.
/// - Any other C1 control (U+0080–U+009F, such as NEL U+0085) stands alone.
public enum EscapeSequence {
    /// The index just past the escape sequence or C1 control that starts at `start`, or nil
    /// when none starts there.
    ///
    /// Only ESC (0x1B) and 0xC2 can start one, so a caller on a hot path tests for those two
    /// bytes before calling.
    @inlinable
    public static func end<Bytes: Collection>(in bytes: Bytes, at start: Bytes.Index) -> Bytes.Index?
    where Bytes.Element == UInt8 {
        guard start < bytes.endIndex else { return nil }
        var i = bytes.index(after: start)
        let introducer: UInt8
        switch bytes[start] {
        case 0x1B:
            guard i < bytes.endIndex else { return i }
            let next = bytes[i]
            switch next {
            case 0x5B: introducer = 0x9B  // "[": CSI
            case 0x5D: introducer = 0x9D  // "]": OSC
            case 0x50: introducer = 0x90  // "P": DCS
            case 0x58, 0x5E, 0x5F: introducer = 0x98  // "X", "^", "_": SOS, PM, APC
            case 0x20...0x2F:
                // nF: intermediates, then a final byte.
                while i < bytes.endIndex, (0x20...0x2F).contains(bytes[i]) { i = bytes.index(after: i) }
                if i < bytes.endIndex, (0x30...0x7E).contains(bytes[i]) { i = bytes.index(after: i) }
                return i
            case 0x30...0x7E:
                return bytes.index(after: i)
            default:
                return i
            }
            i = bytes.index(after: i)
        case 0xC2:
            guard i < bytes.endIndex, (0x80...0x9F).contains(bytes[i]) else { return nil }
            introducer = bytes[i]
            i = bytes.index(after: i)
        default:
            return nil
        }
        switch introducer {
        case 0x9B:
            while i < bytes.endIndex, (0x20...0x3F).contains(bytes[i]) { i = bytes.index(after: i) }
            if i < bytes.endIndex, (0x40...0x7E).contains(bytes[i]) { i = bytes.index(after: i) }
            return i
        case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
            while i < bytes.endIndex {
                let b = bytes[i]
                if b == 0x07 { return bytes.index(after: i) }
                if b == 0x0A || b == 0x0D { return i }
                if b == 0x1B {
                    let after = bytes.index(after: i)
                    return after < bytes.endIndex && bytes[after] == 0x5C ? bytes.index(after: after) : i
                }
                if b == 0xC2 {
                    let after = bytes.index(after: i)
                    if after < bytes.endIndex, bytes[after] == 0x9C { return bytes.index(after: after) }
                }
                i = bytes.index(after: i)
            }
            return i
        default:
            return i
        }
    }

    /// `text` with each escape sequence and C1 control replaced by one space, or nil when it
    /// holds none: for readers of words that must not see "0m" or a window title.
    public static func blanked(_ text: String) -> String? {
        let utf8 = text.utf8
        guard let first = firstStart(in: utf8) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        out.append(contentsOf: utf8[utf8.startIndex..<first])
        var i = first
        while i < utf8.endIndex {
            let b = utf8[i]
            if b == 0x1B || b == 0xC2, let end = end(in: utf8, at: i) {
                out.append(0x20)
                i = end
            } else {
                out.append(b)
                i = utf8.index(after: i)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when `text` holds an escape sequence or a C1 control.
    public static func occurs(in text: String) -> Bool {
        firstStart(in: text.utf8) != nil
    }

    /// Where the first sequence starts. The claim analysis asks this of every sentence and
    /// word window, so a native string's bytes are scanned in place: going through the
    /// UTF-8 view's indices cost 2% of the analysis.
    private static func firstStart(in utf8: String.UTF8View) -> String.UTF8View.Index? {
        let offset = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var k = 0
            while k < bytes.count {
                let b = bytes[k]
                // ESC always starts a sequence; 0xC2 only before 0x80…0x9F (a C1 control).
                if b == 0x1B || (b == 0xC2 && k + 1 < bytes.count && bytes[k + 1] & 0xE0 == 0x80) { return k }
                k += 1
            }
            return nil
        }
        if let offset { return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) } }
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let b = utf8[i]
            if b == 0x1B || b == 0xC2, end(in: utf8, at: i) != nil { return i }
            i = utf8.index(after: i)
        }
        return nil
    }
}

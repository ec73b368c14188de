/// Control characters in text that comes from articles and reviewers, made inert before the
/// text is printed or embedded in a report.
///
/// A terminal acts on them: ESC starts sequences that clear the screen, move the cursor, set
/// the window title or hide text, BEL rings, and the C1 controls (U+0080–U+009F, CSI among
/// them) do what ESC does on terminals that read them. An article is not allowed to do any of
/// that to the reviewer's terminal, nor to a report someone prints with `cat`.
public enum ControlCharacters {
    /// What a control character becomes: U+FFFD, the character `extract` already shows for
    /// bytes that are not UTF-8. It is visibly not text the article wrote (as "^[" could be),
    /// and what followed the control ("[2J") stays readable, and inert, after it.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F): the characters terminals act on.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// `text` on one line with nothing a terminal acts on: each line break (LF, CR, CRLF,
    /// U+2028, U+2029) and tab becomes one space, since the text is a field inside a line laid
    /// out by the caller, and every other control character becomes `replacement`.
    public static func oneLine(_ text: String) -> String {
        // Most text has none: keep it as it is, without copying.
        guard text.unicodeScalars.contains(where: { isControl($0) || isLineSeparator($0) }) else { return text }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n", previous == "\r" { continue }  // CRLF is one break: its CR gave the space
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || isLineSeparator(scalar) {
                out.append(" ")
            } else if isControl(scalar) {
                out.append(replacement)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isLineSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}

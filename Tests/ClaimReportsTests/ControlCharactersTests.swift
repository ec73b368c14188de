import ClaimReports
import Testing

@Suite struct ControlCharactersTests {
    @Test(arguments: [
        ("plain text, 62% «kept»", "plain text, 62% «kept»"),
        ("clear \u{1B}[2J screen", "clear \u{FFFD}[2J screen"),
        ("title \u{1B}]0;pwned\u{07}", "title \u{FFFD}]0;pwned\u{FFFD}"),
        ("C1 \u{9B}31m and \u{85}NEL", "C1 \u{FFFD}31m and \u{FFFD}NEL"),
        ("nul \u{0} del \u{7F} vt \u{0B} ff \u{0C}", "nul \u{FFFD} del \u{FFFD} vt \u{FFFD} ff \u{FFFD}"),
        ("two\nlines", "two lines"),
        ("windows\r\nbreak", "windows break"),
        ("old mac\rbreak", "old mac break"),
        ("two\n\nparagraphs", "two  paragraphs"),
        ("tab\there", "tab here"),
        ("line\u{2028}separator\u{2029}", "line separator "),
        // Not controls: accents, U+00A0 and U+00A0's neighbours stay.
        ("Café\u{A0}£5 \u{A0}", "Café\u{A0}£5 \u{A0}"),
    ])
    func oneLine(_ text: String, _ expected: String) {
        #expect(ControlCharacters.oneLine(text) == expected)
    }

    @Test func everyC0DelAndC1ScalarIsAControlAndNothingElseIs() {
        for value in UInt32(0)...0x2FF {
            let scalar = Unicode.Scalar(value)!
            let expected = value < 0x20 || (0x7F...0x9F).contains(value)
            #expect(ControlCharacters.isControl(scalar) == expected, "U+\(String(value, radix: 16))")
        }
    }
}

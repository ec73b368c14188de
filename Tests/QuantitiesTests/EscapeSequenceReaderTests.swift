import Quantities
import Testing

/// `EscapeSequence`, the byte reader the tokenizer, the sentence splitter and the word
/// splitter share: where each kind of sequence ends.
@Suite("Escape sequences: the reader")
struct EscapeSequenceReaderTests {
    @Test("The escape-sequence reader on bytes: where each sequence ends", arguments: [
        ("\u{1B}[0mx", 4),
        ("\u{1B}[38;5;196mx", 11),
        ("\u{1B}]0;t\u{07}x", 6),
        ("\u{1B}]0;t\u{1B}\\x", 7),
        ("\u{1B}]0;t\nx", 5),
        ("\u{1B}(Bx", 3),
        ("\u{1B}7x", 2),
        ("\u{1B}\u{1B}", 1),
        ("\u{1B}é", 1),
        ("\u{9B}0mx", 4),
        ("\u{9D}0;t\u{9C}x", 7),
        ("\u{85}x", 2),
    ])
    func sequenceEnd(_ input: String, end: Int) {
        let bytes = Array(input.utf8)
        #expect(EscapeSequence.end(in: bytes, at: 0) == end, "\(input.debugDescription)")
    }

    @Test("Text without escape sequences has none, and blanking keeps every other byte")
    func blanking() {
        #expect(EscapeSequence.end(in: Array("5%".utf8), at: 0) == nil)
        #expect(EscapeSequence.end(in: Array("é".utf8), at: 0) == nil)
        #expect(EscapeSequence.blanked("plain 5% text, «é»") == nil)
        #expect(EscapeSequence.blanked("a\u{1B}[0mb \u{1B}]0;5%\u{07}c\u{85}d") == "a b  c d")
    }
}

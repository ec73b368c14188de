import Testing

@testable import DeskKit

@Suite struct Windows1252Tests {
    @Test func everyDefinedByteIsItsCharacter() throws {
        #expect(Windows1252.decode(Array("plain ASCII\n".utf8)) == "plain ASCII\n")
        #expect(Windows1252.decode([0xA3, 0x35, 0x20, 0x80, 0x39, 0x20, 0x93, 0x71, 0x94, 0x20, 0x96, 0x20, 0xE9, 0xFF])
            == "£5 €9 “q” – éÿ")
        let all = (0...255).map(UInt8.init).filter { ![0x81, 0x8D, 0x8F, 0x90, 0x9D].contains($0) }
        let decoded = try #require(Windows1252.decode(all))
        #expect(decoded.unicodeScalars.count == all.count)
        // The printable range 0x80–0x9F holds no C1 control.
        #expect(!decoded.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
    }

    @Test(arguments: [0x81, 0x8D, 0x8F, 0x90, 0x9D] as [UInt8])
    func theFiveUndefinedBytesMeanItIsNotWindows1252(_ byte: UInt8) {
        #expect(Windows1252.decode([0x41, byte, 0x42]) == nil)
    }
}

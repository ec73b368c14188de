import Foundation
import Testing

/// Issue 16: an article saved as Windows-1252 (the "ANSI" of Windows editors, a superset of
/// Latin-1) is read, with a warning, instead of being refused over one "£".
@Suite struct ArticleEncodingCLITests {
    /// "The port earned £5 million in 2024, officials said “quietly”." in Windows-1252: £ is
    /// 0xA3, the curly quotes 0x93 and 0x94, é 0xE9.
    static let windows1252: [UInt8] = {
        var bytes = Array("Caf".utf8)
        bytes.append(0xE9)
        bytes += Array(" news\n\nThe port earned ".utf8)
        bytes.append(0xA3)
        bytes += Array("5 million in 2024, officials said ".utf8)
        bytes.append(0x93)
        bytes += Array("quietly".utf8)
        bytes.append(0x94)
        bytes += Array(".\n".utf8)
        return bytes
    }()

    @Test func aWindows1252ArticleIsReadWithAWarning() throws {
        let ws = try Workspace()
        try ws.write("pounds.txt", Self.windows1252)
        let check = try ws.run(["check", "pounds.txt", "--no-report"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr == "claimdesk: warning: 'pounds.txt' is not UTF-8; read it as Windows-1252\n")
        #expect(check.stdout.contains("as article #1: Café news\n"), "\(check.stdout)")
        #expect(check.stdout.contains("figure: £5 million"), "\(check.stdout)")
        #expect(check.stdout.contains("officials said “quietly”."), "\(check.stdout)")
    }

    @Test func addReadsItToo() throws {
        let ws = try Workspace()
        try ws.write("pounds.txt", Self.windows1252)
        let add = try ws.run(["add", "pounds.txt"])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stderr == "claimdesk: warning: 'pounds.txt' is not UTF-8; read it as Windows-1252\n")
        #expect(add.stdout.hasPrefix("Added 1 article ("))
    }

    /// 0x81, 0x8D, 0x8F, 0x90 and 0x9D mean nothing in Windows-1252: such a file is neither.
    @Test(arguments: [0x81, 0x8D, 0x8F, 0x90, 0x9D] as [UInt8])
    func aByteWindows1252LeavesUndefinedIsStillRefused(_ byte: UInt8) throws {
        let ws = try Workspace()
        try ws.write("odd.txt", Self.windows1252 + [byte, 0x0A])
        let check = try ws.run(["check", "odd.txt", "--no-report"])
        #expect(check.status != 0)
        #expect(check.stderr == "claimdesk: error: cannot read 'odd.txt': not UTF-8 text (convert it first, e.g. with iconv)\n")
        #expect(!FileManager.default.fileExists(atPath: ws.database.path))
    }

    @Test func binaryStaysRefused() throws {
        let ws = try Workspace()
        try ws.write("nul.txt", Self.windows1252 + [0x00])
        let check = try ws.run(["check", "nul.txt", "--no-report"])
        #expect(check.status != 0)
        #expect(check.stderr == "claimdesk: error: cannot read 'nul.txt': binary data (NUL bytes), not text\n")
    }
}

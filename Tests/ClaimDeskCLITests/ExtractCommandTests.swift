import Foundation
import TestSupport
import Testing

@Suite struct ExtractCommandTests {
    func objects(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func oneObjectPerInputLineIncludingBlankOnes() throws {
        let ws = try Workspace()
        let input = "Blinken said 90% of microelectronics.\n\n\nsupplying % of machine tools\r\nRange 5-10% here\nno figures"
        let result = try ws.run(["extract", "--jsonl"], input: Array(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try objects(result.stdout)
        #expect(lines.count == 6)
        let first = try #require((lines[0]["quantities"] as? [[String: Any]])?.first)
        #expect(first["text"] as? String == "90%")
        #expect(first["value"] as? Int == 90)
        #expect(first["normalized_unit"] as? String == "percentage")
        #expect(first["concept"] as? [String] == ["microelectronics"])
        #expect(first["start"] as? Int == 13 && first["end"] as? Int == 16)
        #expect((lines[1]["quantities"] as? [Any])?.isEmpty == true)
        #expect((lines[2]["flags"] as? [Any])?.isEmpty == true)
        let gap = try #require((lines[3]["flags"] as? [[String: Any]])?.first)
        #expect(gap["kind"] as? String == "missing-figure")
        let range = try #require((lines[4]["quantities"] as? [[String: Any]])?.first)
        #expect(range["value"] as? [Int] == [5, 10])
        #expect((lines[5]["quantities"] as? [Any])?.isEmpty == true)
        // No database is touched in batch mode.
        #expect(!FileManager.default.fileExists(atPath: ws.database.path))
    }

    @Test func fileArgumentGivesTheSameOutputAsStdin() throws {
        let ws = try Workspace()
        try ws.copy("Claims/sample.txt")
        let fromFile = try ws.run(["extract", "--jsonl", "Claims/sample.txt"])
        let sample = try Data(contentsOf: packageRoot.appendingPathComponent("Claims/sample.txt"))
        let fromStdin = try ws.run(["extract"], input: [UInt8](sample))
        #expect(fromFile.status == 0)
        #expect(fromFile.stdout == fromStdin.stdout)
        let inputLines = String(decoding: sample, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let expected = inputLines.last == "" ? inputLines.count - 1 : inputLines.count
        #expect(try objects(fromFile.stdout).count == expected)
    }

    @Test func invalidUTF8IsReplacedWithAWarning() throws {
        let ws = try Workspace()
        let result = try ws.run(["extract"], input: [0xFF, 0xFE, 0x20] + Array("5 workers\nok 7%\n".utf8))
        #expect(result.status == 0)
        #expect(try objects(result.stdout).count == 2)
        #expect(result.stderr.contains("1 of 2 lines were not valid UTF-8"))
    }

    @Test func spansAreUTF8ByteOffsetsIntoTheLine() throws {
        let ws = try Workspace()
        let line = "«Цена» выросла: “Prices rose 12%” said Ана."
        let result = try ws.run(["extract"], input: Array((line + "\n").utf8))
        let q = try #require((try objects(result.stdout).first?["quantities"] as? [[String: Any]])?.first)
        let start = try #require(q["start"] as? Int)
        let end = try #require(q["end"] as? Int)
        let bytes = Array(line.utf8)
        #expect(String(decoding: bytes[start..<end], as: UTF8.self) == "12%")
    }

    @Test func missingFileIsAnError() throws {
        let ws = try Workspace()
        let result = try ws.run(["extract", "--jsonl", "nope.txt"])
        #expect(result.status != 0)
        #expect(result.stderr == "claimdesk: error: cannot read 'nope.txt': no such file\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func aLongLineWithoutNewlineIsOneDocument() throws {
        let ws = try Workspace()
        let line = String(repeating: "Sales rose 5% in 2019 and 1,200 workers left. ", count: 20_000)
        let result = try ws.run(["extract"], input: Array(line.utf8))
        #expect(result.status == 0)
        let objects = try objects(result.stdout)
        #expect(objects.count == 1)
        #expect((objects[0]["quantities"] as? [Any])?.count == 40_000)
    }
}

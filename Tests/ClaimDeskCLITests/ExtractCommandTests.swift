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

    /// Input of `lines` news lines, a few of them long, and some bytes that are not UTF-8.
    private func mixedInput(lines: Int) -> [UInt8] {
        let sentences = [
            "Exports rose 5% to $3.2bn in May, the ministry said.",
            "Unilever, which employs 9,000 people in Britain, cut 2,000 jobs.",
            "Hundreds of homes were flooded; some 300 people were evacuated.",
            "supplying % of machine tools",
            "",
            "Prices fell from 3.9% to 3.6% between March and June.",
        ]
        var bytes: [UInt8] = []
        for k in 0..<lines {
            if k % 97 == 0 {
                // A long line, cut into many pieces by --piece-limit.
                bytes += Array(String(repeating: sentences[k % 3] + " ", count: 40).utf8)
            } else {
                bytes += Array(sentences[k % sentences.count].utf8)
            }
            if k % 211 == 0 { bytes += [0xFF, 0x20] }
            bytes.append(0x0A)
        }
        return bytes
    }

    @Test func everyJobCountGivesTheSameOutputInInputOrder() throws {
        let ws = try Workspace()
        // More lines than one batch of one thread holds (256 pieces), so that batches and the
        // pieces of a long line span each other's ends.
        let input = mixedInput(lines: 1_200)
        let one = try ws.run(["extract", "--jsonl", "--jobs", "1", "--piece-limit", "300"], input: input)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(try objects(one.stdout).count == 1_200)
        for jobs in ["2", "3", "8"] {
            let many = try ws.run(["extract", "--jsonl", "--jobs", jobs, "--piece-limit", "300"], input: input)
            #expect(many.status == 0)
            #expect(many.stdout == one.stdout, "--jobs \(jobs) differs from --jobs 1")
            #expect(many.stderr == one.stderr)
        }
        let fast = try ws.run(["extract", "--jsonl", "--figures-only", "--jobs", "1"], input: input)
        let fastMany = try ws.run(["extract", "--jsonl", "--figures-only", "--jobs", "4"], input: input)
        #expect(fastMany.stdout == fast.stdout)
        #expect(one.stderr.contains("of 1200 lines were not valid UTF-8"))
    }

    @Test(arguments: ["0", "-2", "1000"])
    func aJobCountOutOfRangeIsAnError(_ jobs: String) throws {
        let ws = try Workspace()
        let result = try ws.run(["extract", "--jobs=" + jobs], input: Array("Sales rose 5%.\n".utf8))
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--jobs must be"), "\(result.stderr)")
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

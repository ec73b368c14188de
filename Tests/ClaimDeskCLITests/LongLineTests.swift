import Foundation
import TestSupport
import Testing

@testable import claimdesk

/// Long lines: read in bounded pieces, each byte scanned once, output as if read whole.
@Suite struct LongLineTests {
    /// Reads `bytes` through a LineReader with a small piece limit.
    func pieces(_ bytes: [UInt8], limit: Int) throws -> [LineReader.Piece] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-lines-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forReadingFrom: url)
        var reader = LineReader(handle: handle, pieceLimit: limit)
        var out: [LineReader.Piece] = []
        while let piece = reader.nextPiece() { out.append(piece) }
        return out
    }

    /// The lines a reader gives back, pieces joined: what `extract` must see.
    func lines(_ pieces: [LineReader.Piece]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        for piece in pieces {
            current += piece.bytes
            if piece.endsLine {
                lines.append(current)
                current = []
            }
        }
        return lines
    }

    @Test func piecesRejoinToTheLinesWithTheirEndsRemoved() throws {
        var random = SplitMix64(seed: 0x11E5)
        let alphabet: [UInt8] = Array("ab. é%$5 \r\n".utf8)
        for _ in 0..<300 {
            let count = random.below(400)
            let bytes = (0..<count).map { _ in random.pick(alphabet) }
            let limit = 16 + random.below(40)
            let got = try pieces(bytes, limit: limit)
            // The reference: split on LF, drop one CR before an LF, no line after a final LF;
            // text after the last LF is a line as it is.
            var expected = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            for k in expected.indices.dropLast() where expected[k].last == 0x0D { expected[k].removeLast() }
            if bytes.last == 0x0A || bytes.isEmpty { expected.removeLast() }
            #expect(lines(got) == expected, "limit \(limit), input \(bytes)")
            for piece in got {
                #expect(piece.bytes.count <= limit)
                // No cut splits a UTF-8 sequence.
                #expect(String(validating: piece.bytes, as: UTF8.self) != nil || String(validating: bytes, as: UTF8.self) == nil)
            }
            #expect(got.filter(\.startsLine).count == expected.count)
        }
    }

    @Test func cutsFallAfterSentenceEndsWhenThereIsOne() throws {
        let text = "Prices rose 5% in May. Output fell 2.3m tonnes in June. Exports were flat."
        let got = try pieces(Array(text.utf8), limit: 40)
        #expect(String(decoding: got[0].bytes, as: UTF8.self) == "Prices rose 5% in May. ")
        #expect(!got[0].endsLine && got[0].startsLine && got.last!.endsLine)
    }

    @Test func aLongLineGivesTheSameFiguresAtTheRightOffsets() throws {
        let ws = try Workspace()
        let sentence = "The port handled 1.2 million containers in 2025, up 8% from the year before, Okafor said. "
        // About 1.2 MB: two pieces at the real limit for figures only; the (slower in a
        // debug build) full analysis meets the same piece logic on a lower limit.
        for (mode, repeats) in [(["--figures-only"], 13_000), (["--piece-limit", "4096"], 400)] {
            let line = String(repeating: sentence, count: repeats)
            let input = Array(("short line with 5% first\n" + line + "\n" + "and 3 million Britons last").utf8)
            let result = try ws.run(["extract", "--jsonl"] + mode, input: input)
            #expect(result.status == 0, "\(result.stderr)")
            let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(rows.count == 3)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(rows[1].utf8)) as? [String: Any])
            let quantities = try #require(object["quantities"] as? [[String: Any]])
            let perSentence = quantities.count / repeats
            #expect(perSentence >= 2 && quantities.count == perSentence * repeats)
            let bytes = Array(line.utf8)
            for q in quantities {
                let start = try #require(q["start"] as? Int), end = try #require(q["end"] as? Int)
                #expect(String(decoding: bytes[start..<end], as: UTF8.self) == q["text"] as? String)
            }
            #expect(object["flags"] is [Any])
        }
    }
}

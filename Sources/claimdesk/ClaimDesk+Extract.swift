import ArgumentParser
import ClaimAnalysis
import ClaimReports
import Foundation
import Quantities

extension ClaimDesk {
    /// Batch mode for pipelines: figures of each input line as one JSON object per line.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Extract the figures of each input line as JSON Lines (no database).",
            discussion: """
                Treats each input line as one document and writes exactly one JSON object per
                input line, in order, blank lines included:
                  {"quantities":[{"text":"90%","start":0,"end":3,"value":90,"unit":"%",
                    "normalized_unit":"percentage","change":"=","concept":["microelectronics"],
                    "kind":"percentage"}],"flags":[]}
                value is a number, or [low, high] for a range. start and end are UTF-8 byte
                offsets into the line. flags are the claim analysis's flags (missing-figure,
                vague-quantity, no-source, no-time-frame, no-base, no-baseline, inconsistent
                with its arithmetic in "details", and the notes approximate and superlative),
                each at the words it points at; --figures-only skips the analysis, reports only
                missing figures, and runs about ten times faster. Bytes that are not UTF-8
                are replaced by U+FFFD (which is 3 bytes long) before extraction, and a warning
                goes to stderr. Reads stdin
                when no file is given; memory stays flat on inputs of any size: a line over
                1 MB is read in pieces of at most 1 MB cut at sentence ends (else at a space),
                each analysed on its own, with offsets still counted from the line's start.
                """)

        @Argument(help: ArgumentHelp("The input file; standard input when omitted.", valueName: "file"))
        var file: String?

        @ArgumentParser.Flag(help: "Write JSON Lines (the only format for now; accepted for scripts that spell it out).")
        var jsonl = false

        @ArgumentParser.Flag(help: "Only figures and missing-figure gaps: skip sentence, attribution and flag analysis (fast).")
        var figuresOnly = false

        /// The longest stretch of a line analysed at once; tests lower it to reach the
        /// piece logic with small inputs.
        @Option(name: .customLong("piece-limit"), help: .hidden)
        var pieceLimit = LineReader.defaultPieceLimit

        func run() throws {
            let handle: FileHandle
            if let file {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
                    throw CLIError("cannot read '\(file)': no such file")
                }
                guard !isDirectory.boolValue, let opened = FileHandle(forReadingAtPath: file) else {
                    throw CLIError("cannot read '\(file)': not a readable file")
                }
                handle = opened
            } else {
                handle = FileHandle.standardInput
            }
            let extractor = QuantityExtractor()
            let analyzer = ClaimAnalyzer()
            var reader = LineReader(handle: handle, pieceLimit: pieceLimit)
            var output = OutputBuffer()
            var lineNumber = 0
            var invalidLines = 0
            // Each line is built into one reused buffer. A long line comes in pieces: its
            // quantities are written as they are found and its flags, which JSON puts after
            // them, are held until the line ends.
            var json = JSONBytes(capacity: 1 << 12)
            var heldFlags = JSONBytes()
            var lineInvalid = false
            var shift = 0
            var wroteQuantity = false
            while let piece = reader.nextPiece() {
                if piece.startsLine { lineNumber += 1 }
                let text: String
                if let valid = String(validating: piece.bytes, as: UTF8.self) {
                    text = valid
                } else {
                    lineInvalid = true
                    text = String(decoding: piece.bytes, as: UTF8.self)
                }
                let extraction = extractor.extract(from: text)
                let flags = figuresOnly ? ExtractionJSONL.gapFlags(extraction) : ExtractionJSONL.claimFlags(analyzer.analyze(text), line: text)
                json.removeAll()
                if piece.startsLine && piece.endsLine {
                    ExtractionJSONL.writeLine(extraction, flags: flags, into: &json)
                    output.writeLine(json)
                } else {
                    if piece.startsLine {
                        json.raw("{\"quantities\":[")
                        (shift, wroteQuantity) = (0, false)
                        heldFlags.removeAll()
                    }
                    ExtractionJSONL.writeQuantityElements(extraction.quantities, shift: shift, continuing: wroteQuantity, into: &json)
                    wroteQuantity = wroteQuantity || !extraction.quantities.isEmpty
                    ExtractionJSONL.writeFlagElements(flags, shift: shift, continuing: !heldFlags.isEmpty, into: &heldFlags)
                    shift += text.utf8.count
                    if piece.endsLine {
                        json.raw("],\"flags\":[")
                        json.raw(heldFlags)
                        json.raw("]}")
                        output.writeLine(json)
                    } else {
                        output.append(json)
                    }
                }
                if piece.endsLine {
                    if lineInvalid { invalidLines += 1 }
                    lineInvalid = false
                }
            }
            output.flush()
            if invalidLines > 0 {
                FileHandle.standardError.write(Data("claimdesk: warning: \(invalidLines) of \(lineNumber) lines were not valid UTF-8; invalid bytes were replaced by U+FFFD\n".utf8))
            }
        }
    }
}

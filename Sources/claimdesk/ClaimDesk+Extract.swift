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
                Lines are analysed --jobs at a time on as many threads (default: the number
                of cores), in batches of at most 8 MB; output is in input order either way.
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

        @Option(help: ArgumentHelp("Analyse this many lines at once, on as many threads; output stays in input order.", valueName: "n"))
        var jobs = ProcessInfo.processInfo.activeProcessorCount

        func validate() throws {
            guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
            guard jobs <= 256 else { throw ValidationError("--jobs must be at most 256, not \(jobs)") }
        }

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
            var reader = LineReader(handle: handle, pieceLimit: pieceLimit)
            var batch = ExtractionBatch(figuresOnly: figuresOnly, jobs: jobs)
            var output = OutputBuffer()
            var writer = JSONLWriter()
            // Pieces are read in batches of bounded size, analysed in parallel, and written
            // in input order: memory holds one batch and its output, whatever the input.
            while true {
                var ended = false
                while !batch.isFull {
                    guard let piece = reader.nextPiece() else {
                        ended = true
                        break
                    }
                    batch.add(piece)
                }
                batch.run()
                for result in batch.results { writer.write(result, to: &output) }
                batch.removeAll()
                if ended { break }
            }
            output.flush()
            let (invalidLines, lineNumber) = (writer.invalidLines, writer.lines)
            if invalidLines > 0 {
                FileHandle.standardError.write(Data("claimdesk: warning: \(invalidLines) of \(lineNumber) lines were not valid UTF-8; invalid bytes were replaced by U+FFFD\n".utf8))
            }
        }
    }
}

/// One batch of `extract` input: pieces of lines, their texts decoded, analysed on `jobs`
/// threads into JSON elements, each piece's result at its index.
struct ExtractionBatch {
    /// What one piece becomes: its quantity and flag elements, spans already moved to
    /// the piece's place in its line.
    struct Result {
        var quantities = JSONBytes()
        var flags = JSONBytes()
        var startsLine: Bool
        var endsLine: Bool
        /// The piece held bytes that are not UTF-8.
        var invalid: Bool
    }

    let figuresOnly: Bool
    let jobs: Int
    private var texts: [String] = []
    private var shifts: [Int] = []
    private(set) var results: [Result] = []
    private var bytes = 0
    /// Where the line being read had got to when the last piece was added.
    private var shift = 0

    init(figuresOnly: Bool, jobs: Int) {
        self.figuresOnly = figuresOnly
        self.jobs = jobs
    }

    /// Enough work for every thread, and a bound on memory: at most 256 pieces a thread or
    /// 8 MB of text (a piece is at most 1 MB).
    var isFull: Bool { texts.count >= 256 * jobs || bytes >= 8 << 20 }

    mutating func add(_ piece: LineReader.Piece) {
        let text: String
        let invalid: Bool
        if let valid = String(validating: piece.bytes, as: UTF8.self) {
            (text, invalid) = (valid, false)
        } else {
            (text, invalid) = (String(decoding: piece.bytes, as: UTF8.self), true)
        }
        if piece.startsLine { shift = 0 }
        texts.append(text)
        shifts.append(shift)
        results.append(Result(startsLine: piece.startsLine, endsLine: piece.endsLine, invalid: invalid))
        // Offsets count the decoded text's bytes: a replaced invalid byte is U+FFFD's three.
        shift += text.utf8.count
        bytes += text.utf8.count
    }

    /// Analyses every piece on `jobs` threads, each taking the next piece not yet taken:
    /// input alternates long paragraphs and blank lines, so a fixed share would leave one
    /// thread all the work.
    mutating func run() {
        let count = texts.count
        guard count > 0 else { return }
        let threads = min(jobs, count)
        let (texts, shifts, figuresOnly) = (self.texts, self.shifts, self.figuresOnly)
        let next = PieceCounter()
        results.withUnsafeMutableBufferPointer { results in
            // Each index is written by exactly one thread, and read only after all finish.
            nonisolated(unsafe) let results = results
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                let extractor = QuantityExtractor()
                let analyzer = ClaimAnalyzer()
                while let i = next.take(below: count) {
                    let text = texts[i]
                    let extraction = extractor.extract(from: text)
                    let flags = figuresOnly ? ExtractionJSONL.gapFlags(extraction) : ExtractionJSONL.claimFlags(analyzer.analyze(text), line: text)
                    ExtractionJSONL.writeQuantityElements(extraction.quantities, shift: shifts[i], into: &results[i].quantities)
                    ExtractionJSONL.writeFlagElements(flags, shift: shifts[i], into: &results[i].flags)
                }
            }
        }
    }

    mutating func removeAll() {
        texts.removeAll(keepingCapacity: true)
        shifts.removeAll(keepingCapacity: true)
        results.removeAll(keepingCapacity: true)
        bytes = 0
    }
}

/// The index of the next piece to analyse, shared by the threads of one batch.
private final class PieceCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    /// The next index below `count`, or nil when every piece is taken.
    func take(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}

/// Joins the pieces' elements into one JSON object per input line, in order: a long line's
/// quantities are written as its pieces come, and its flags, which JSON puts after them,
/// are held until the line ends.
struct JSONLWriter {
    private var line = JSONBytes(capacity: 1 << 12)
    private var heldFlags = JSONBytes()
    private var wroteQuantity = false
    private var lineInvalid = false
    private(set) var lines = 0
    private(set) var invalidLines = 0

    mutating func write(_ piece: ExtractionBatch.Result, to output: inout OutputBuffer) {
        line.removeAll()
        if piece.startsLine {
            lines += 1
            line.raw("{\"quantities\":[")
            wroteQuantity = false
            heldFlags.removeAll()
        }
        if !piece.quantities.isEmpty {
            if wroteQuantity { line.byte(UInt8(ascii: ",")) }
            line.raw(piece.quantities)
            wroteQuantity = true
        }
        if !piece.flags.isEmpty {
            if !heldFlags.isEmpty { heldFlags.byte(UInt8(ascii: ",")) }
            heldFlags.raw(piece.flags)
        }
        lineInvalid = lineInvalid || piece.invalid
        if piece.endsLine {
            line.raw("],\"flags\":[")
            line.raw(heldFlags)
            line.raw("]}")
            output.writeLine(line)
            if lineInvalid { invalidLines += 1 }
            lineInvalid = false
        } else {
            output.append(line)
        }
    }
}

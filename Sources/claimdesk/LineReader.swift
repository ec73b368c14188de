import ClaimReports
import Foundation

/// Reads a file or standard input line by line in fixed-size chunks, so that memory stays
/// flat however large the input is.
///
/// A line longer than `pieceLimit` comes out in pieces cut at a sentence end (else at a
/// space, else at a character boundary), so that one 100 MB line costs no more memory than
/// many short ones. Each byte is scanned for a line end once: the reader remembers how far
/// it has looked, so a long line is not rescanned for every chunk read.
struct LineReader {
    /// A stretch of one input line: a whole line, or a piece of a long one.
    struct Piece {
        /// The bytes, without the line end ("\n" or "\r\n").
        var bytes: ArraySlice<UInt8>
        /// True for the last piece of its line (and for every whole line).
        var endsLine: Bool
        /// True for the first piece of its line.
        var startsLine: Bool
    }

    private let handle: FileHandle
    private let pieceLimit: Int
    private var buffer: [UInt8] = []
    /// Where the unread part of the buffer starts.
    private var start = 0
    /// Everything before this offset has been searched for "\n" and holds none past `start`.
    private var scanned = 0
    /// Whether the next piece starts its line (false after a long line was cut).
    private var atLineStart = true
    private var atEnd = false
    private static let chunkSize = 1 << 16
    static let defaultPieceLimit = 1 << 20

    init(handle: FileHandle, pieceLimit: Int = LineReader.defaultPieceLimit) {
        self.handle = handle
        self.pieceLimit = max(16, pieceLimit)
    }

    /// The next whole line or piece of a long line, or nil at the end of the input.
    mutating func nextPiece() -> Piece? {
        while true {
            let newline = findNewline()
            let pending = (newline ?? buffer.count) - start
            if pending > pieceLimit {
                let cut = Self.cutPoint(in: buffer, from: start, limit: pieceLimit)
                return take(start..<cut, endsLine: false, next: cut)
            }
            if let newline {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                return take(start..<end, endsLine: true, next: newline + 1)
            }
            if atEnd {
                // Text after the last "\n" is one more line; a cut line needs its last piece
                // even when that piece is empty.
                guard start < buffer.count || !atLineStart else { return nil }
                return take(start..<buffer.count, endsLine: true, next: buffer.count)
            }
            // Drop what was consumed before reading more, so the buffer holds at most one
            // piece plus a chunk.
            if start > 0 {
                buffer.removeFirst(start)
                scanned -= start
                start = 0
            }
            let data = handle.readData(ofLength: Self.chunkSize)
            if data.isEmpty { atEnd = true } else { buffer.append(contentsOf: data) }
        }
    }

    private mutating func take(_ range: Range<Int>, endsLine: Bool, next: Int) -> Piece {
        let piece = Piece(bytes: buffer[range], endsLine: endsLine, startsLine: atLineStart)
        atLineStart = endsLine
        start = next
        scanned = max(scanned, next)
        return piece
    }

    /// The first "\n" at or after `start`, searching each byte once over the reader's life.
    private mutating func findNewline() -> Int? {
        let from = max(scanned, start)
        if let k = buffer[from...].firstIndex(of: UInt8(ascii: "\n")) {
            scanned = k
            return k
        }
        scanned = buffer.count
        return nil
    }

    /// Where to end a piece of at most `limit` bytes from `start`: after the last sentence
    /// end (". ", "! ", "? " and the space), else after the last space or tab, else at the
    /// last character boundary, so that a figure is never split from its unit or cue and a
    /// UTF-8 sequence is never split at all.
    static func cutPoint(in bytes: [UInt8], from start: Int, limit: Int) -> Int {
        let end = start + limit
        var space: Int?
        var k = end - 1
        while k > start {
            let b = bytes[k]
            if b == 0x20 || b == 0x09 {
                if [0x2E, 0x21, 0x3F].contains(bytes[k - 1]) { return k + 1 }
                if space == nil { space = k + 1 }
            }
            // A sentence end is worth looking back for, but not across the whole piece.
            if space != nil, end - k > 4096 { break }
            k -= 1
        }
        if let space { return space }
        var cut = end
        while cut > start + 1, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }
}

/// Buffers standard output and writes it in large blocks.
struct OutputBuffer {
    private var bytes: [UInt8] = []

    /// Appends a JSON line and its line end.
    mutating func writeLine(_ json: JSONBytes) {
        bytes.append(contentsOf: json.bytes)
        bytes.append(UInt8(ascii: "\n"))
        if bytes.count >= 1 << 16 { flush() }
    }

    /// Appends part of a JSON line, for a line written in parts.
    mutating func append(_ json: JSONBytes) {
        bytes.append(contentsOf: json.bytes)
        if bytes.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !bytes.isEmpty else { return }
        FileHandle.standardOutput.write(Data(bytes))
        bytes.removeAll(keepingCapacity: true)
    }
}

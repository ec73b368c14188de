import Foundation

/// Reads a file or standard input line by line in fixed-size chunks, so that memory stays
/// flat however large the input is.
struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private static let chunkSize = 1 << 16

    init(handle: FileHandle) {
        self.handle = handle
    }

    /// The next line's bytes without its line end ("\n" or "\r\n"), or nil at the end.
    mutating func next() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = buffer[start..<end]
                start = newline + 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                return line
            }
            // Drop what was consumed before reading more, so the buffer holds at most one line plus a chunk.
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            let data = handle.readData(ofLength: Self.chunkSize)
            if data.isEmpty { atEnd = true } else { buffer.append(contentsOf: data) }
        }
    }
}

/// Buffers standard output and writes it in large blocks.
struct OutputBuffer {
    private var bytes: [UInt8] = []

    mutating func write(_ line: String) {
        bytes.append(contentsOf: line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        if bytes.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !bytes.isEmpty else { return }
        FileHandle.standardOutput.write(Data(bytes))
        bytes.removeAll(keepingCapacity: true)
    }
}

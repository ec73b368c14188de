@testable import Quantities
import Testing

/// Texts past the 32-bit offsets of tokens are read in chunks cut at whitespace; these tests
/// shrink the thresholds so that chunking runs on a few hundred bytes.
@Suite("Chunked extraction")
struct ChunkingTests {
    let text = String(repeating: "Exports reached $4.2 billion and 13,000 workers struck. ", count: 12)

    @Test("Chunks give the same figures at the same offsets as one pass")
    func sameFigures() {
        let whole = extractor.extract(from: text)
        let chunked = extractor.extract(from: text, chunkLimit: 100, chunkSize: 90)
        #expect(chunked.quantities.map(\.span) == whole.quantities.map(\.span))
        #expect(chunked.quantities.map(\.value) == whole.quantities.map(\.value))
        #expect(chunked.quantities.count == 24)
        expectSpansInBounds(text, chunked)
    }

    @Test("A chunk with no space to cut at is cut at the size, and spans stay in bounds")
    func noSpace() {
        let digits = String(repeating: "7%", count: 200)
        let chunked = extractor.extract(from: digits, chunkLimit: 100, chunkSize: 64)
        expectSpansInBounds(digits, chunked)
    }
}

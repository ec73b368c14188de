import ClaimAnalysis
import FuzzerDriver
import Quantities

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the harness runs each input through, from `CLAIMDESK_FUZZ_TARGET`: `extractor`
/// (the default, `QuantityExtractor` on the input as text) or `analyzer` (`ClaimAnalyzer`
/// on the input read as plain text, Markdown or HTML, chosen by its first byte).
enum FuzzTarget {
    case extractor
    case analyzer

    static let current: FuzzTarget = {
        guard let name = getenv("CLAIMDESK_FUZZ_TARGET").map({ String(cString: $0) }) else { return .extractor }
        switch name {
        case "extractor": return .extractor
        case "analyzer": return .analyzer
        default:
            let message = "claimdesk-fuzz: CLAIMDESK_FUZZ_TARGET must be extractor or analyzer, not \(name)\n"
            _ = message.withCString { write(2, $0, strlen($0)) }
            exit(2)
        }
    }()
}

/// A broken invariant is a crash, so that libFuzzer saves the input that broke it.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

/// The extractor's contract: every span inside the text and slicing back to the figure's
/// text, every value finite (JSON and SQLite hold nothing else), every value printable.
func checkExtraction(_ extraction: Extraction, of text: String) {
    let bytes = Array(text.utf8)
    for q in extraction.quantities {
        require(q.span.lowerBound >= 0 && q.span.upperBound <= bytes.count && !q.span.isEmpty, "span \(q.span) outside 0..<\(bytes.count)")
        require(String(decoding: bytes[q.span], as: UTF8.self) == q.text, "span \(q.span) is not \(q.text.debugDescription)")
        switch q.value {
        case .exactly(let v): require(v.isFinite, "\(q.text.debugDescription) has value \(v)")
        case .range(let low, let high): require(low.isFinite && high.isFinite, "\(q.text.debugDescription) has range \(low)–\(high)")
        }
        require(q.value.central.isFinite, "\(q.text.debugDescription): midpoint \(q.value.central)")
        let shown = q.formattedValue
        require(!shown.contains("inf") && !shown.contains("nan"), "\(q.text.debugDescription) shows as \(shown)")
    }
    for gap in extraction.gaps {
        require(gap.span.lowerBound >= 0 && gap.span.upperBound <= bytes.count, "gap span \(gap.span) outside 0..<\(bytes.count)")
    }
}

/// The analysis's contract: claims point into the document, their figures keep the
/// extractor's contract, and no flag prints a number that is not one ("inf", "nan") unless
/// the input itself holds those letters.
func checkAnalysis(_ analysis: Analysis, input: String) {
    let document = Array(analysis.document.text.utf8)
    let lowerInput = input.lowercased()
    for claim in analysis.claims {
        require(claim.span.lowerBound >= 0 && claim.span.upperBound <= document.count, "claim span \(claim.span) outside 0..<\(document.count)")
        require(String(decoding: document[claim.span], as: UTF8.self) == claim.sentence, "claim span \(claim.span) is not its sentence")
        checkExtraction(Extraction(quantities: claim.quantities, gaps: []), of: claim.sentence)
        for flag in claim.flags {
            for words in [flag.message, flag.details ?? ""] {
                for token in ["inf", "nan"] where words.contains(token) && !lowerInput.contains(token) {
                    fatalError("flag \(flag.kind) prints \(token): \(words)")
                }
            }
        }
    }
}

let extractor = QuantityExtractor()
let analyzer = ClaimAnalyzer()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    switch FuzzTarget.current {
    case .extractor:
        // Lossy decoding, as `claimdesk extract` does with bytes that are not UTF-8.
        let text = String(decoding: bytes, as: UTF8.self)
        checkExtraction(extractor.extract(from: text), of: text)
    case .analyzer:
        guard let first = bytes.first else { return 0 }
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        let format: ArticleFormat = first % 3 == 0 ? .text : first % 3 == 1 ? .markdown : .html
        let plain = ArticleText.plain(text, format: format)
        checkAnalysis(analyzer.analyze(plain), input: plain)
    }
    return 0
}

// The entry point hands the command line to libFuzzer. It is top-level code, not libFuzzer's
// own `main` (which `-parse-as-library` would call for): SwiftPM links an executable's `main`
// to a renamed Swift entry point (`claimdesk_fuzz_main`), so a library-mode file would leave
// that symbol undefined.
var arguments = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argv) { data, size in fuzzOneInput(data, size) })

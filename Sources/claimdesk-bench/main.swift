import ClaimAnalysis
import Foundation
import Quantities

// Throughput and memory of the extractor on English news text.
//
//   swift run -c release claimdesk-bench [megabytes] [--analyzer] [--dense | --file PATH]
//   swift run -c release claimdesk-bench [megabytes] --long-line [--figures-only]
//   swift run -c release claimdesk-bench [kilobytes] --repeated
//   swift run -c release claimdesk-bench [articles] --pipeline
//
// Feeds paragraphs (about 600 bytes each) to QuantityExtractor one at a time on one thread,
// as `claimdesk extract --jsonl` does, and prints MB/s, figures per kilobyte and the
// process's peak resident memory. Run it at two sizes: the peak should not grow with input.
//
// The default corpus mixes sentences with figures and sentences without, at 6.2 figures
// per KB: seven times denser than the seed article (0.9 per KB), so the figure is
// conservative. `--dense` uses only the figure sentences (one figure per 50 bytes), the
// worst case; `--file` repeats the paragraphs of any text file, such as a real article.

// `--long-line` and `--repeated` time the release `claimdesk` binary as a whole process:
// `extract` of one huge line against the same bytes in short lines, and `check` of an
// article repeating one figure ("$5m " x 10,000) or one sentence 5,000 times. `--pipeline`
// times what a user runs on a generated corpus (2,000 articles by default): the extractor
// alone, `extract --jsonl` with and without the analysis, `add`, `claims --json`, `export`.

let arguments = Array(CommandLine.arguments.dropFirst())
let megabytes = arguments.first.flatMap { Int($0) } ?? 64
if arguments.contains("--long-line") {
    ProcessBench.longLine(megabytes: arguments.first.flatMap { Int($0) } ?? 100, figuresOnly: arguments.contains("--figures-only"))
    exit(0)
}
if arguments.contains("--pipeline") {
    ProcessBench.pipeline(articles: arguments.first.flatMap { Int($0) } ?? 2_000)
    exit(0)
}
if arguments.contains("--repeated") {
    ProcessBench.repeatedFigure(kilobytes: arguments.first.flatMap { Int($0) } ?? 40)
    exit(0)
}
let useAnalyzer = arguments.contains("--analyzer")
let dense = arguments.contains("--dense")
let file = arguments.firstIndex(of: "--file").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }

var corpus = "news mix"
var paragraphs: [String]
if let file {
    guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
        FileHandle.standardError.write("claimdesk-bench: cannot read \(file) as UTF-8\n".data(using: .utf8)!)
        exit(1)
    }
    paragraphs = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    corpus = file
} else if dense {
    paragraphs = paragraphs(of: figureSentences)
    corpus = "figure-dense"
} else {
    paragraphs = newsMix()
}
let target = megabytes * 1_000_000

func peakResidentKB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
    }
    return -1
}

/// CPU time of this thread, which a busy neighbour on a shared machine does not inflate.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

let extractor = QuantityExtractor()
let analyzer = ClaimAnalyzer()
var bytes = 0
var figures = 0
var k = 0
// The input is run in rounds; the median round is the figure to quote, since single runs
// on a shared machine swing by a third.
let rounds = 5
var wallRates: [Double] = []
var cpuRates: [Double] = []
let clock = ContinuousClock()
for round in 1...rounds {
    let roundStart = bytes
    let cpuStart = threadCPUSeconds()
    let elapsed = clock.measure {
        while bytes < target * round / rounds {
            let paragraph = paragraphs[k % paragraphs.count]
            k += 1
            bytes += paragraph.utf8.count + 1
            if useAnalyzer {
                figures += analyzer.analyze(paragraph).claims.reduce(0) { $0 + $1.quantities.count }
            } else {
                figures += extractor.extract(from: paragraph).quantities.count
            }
        }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let megabytes = Double(bytes - roundStart) / 1e6
    wallRates.append(megabytes / seconds)
    cpuRates.append(megabytes / (threadCPUSeconds() - cpuStart))
}
func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

print("engine: \(useAnalyzer ? "ClaimAnalyzer (claims, attribution, flags)" : "QuantityExtractor")")
print("corpus: \(corpus), \(String(format: "%.1f", Double(figures) / (Double(bytes) / 1000))) figures per KB")
print("input: \(bytes / 1_000_000) MB in \(k) paragraphs, \(figures) figures, \(rounds) rounds")
print(String(format: "throughput: %.1f MB/s median wall clock (best %.1f), %.1f MB/s median CPU time (one thread)",
    median(wallRates), wallRates.max()!, median(cpuRates)))
print("peak resident memory: \(peakResidentKB() / 1024) MB")

import ClaimAnalysis
import Foundation
import Quantities

// Throughput and memory of the extractor on synthetic English news text.
//
//   swift run -c release claimdesk-bench [megabytes] [--analyzer]
//
// Feeds paragraphs of news-style sentences (about 600 bytes each) to QuantityExtractor one
// at a time on one thread, as `claimdesk extract --jsonl` does, and prints MB/s and the
// process's peak resident memory. Run it at two sizes: the peak should not grow with input.

let sentences = [
    "The city council approved a port budget of $48.5 million on Tuesday, the largest in its history.",
    "Council treasurer Maria Okafor said the harbour handled 1.2 million containers in 2025, up 8% from the year before.",
    "\"Freight now pays for 62% of the port's running costs,\" Okafor told the Lindenport Ledger.",
    "According to her, the new terminal will create about 1,300 jobs by 2028.",
    "The vote passed 9 to 2, the first time in 17 years that the council has backed an expansion.",
    "Opponents said dredging would cost $ million more than planned and that dozens of families would lose moorings.",
    "Unemployment fell 0.3 percentage points to 4.1 per cent in March, the statistics office said.",
    "Brent crude rose to US $58.24 per barrel while the central bank cut rates by 25 basis points.",
    "The storm brought winds of 87 mph (140 km/h) and left more than 13,000 homes without power.",
    "Between 5 and 10% of voters remain undecided, and one in five said they might not vote at all.",
    "Shares of the firm, which employs twenty-four thousand people, gained 3.5% in early trading.",
    "A 52-year-old man was arrested at 10:30 am on June 18 near the F-16 hangar at Section 427.",
    "Exports to the region reached €1.2bn, roughly two-thirds of the total, according to customs data.",
    "The new line runs 252 to 287 miles and trains will reach 3000 rpm in under 12 minutes.",
]

let arguments = CommandLine.arguments.dropFirst()
let megabytes = arguments.first.flatMap { Int($0) } ?? 64
let useAnalyzer = arguments.contains("--analyzer")

var paragraphs: [String] = []
for start in 0..<sentences.count {
    paragraphs.append((0..<6).map { sentences[(start + $0 * 5) % sentences.count] }.joined(separator: " "))
}
let target = megabytes * 1_000_000

func peakResidentKB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
    }
    return -1
}

let extractor = QuantityExtractor()
let analyzer = ClaimAnalyzer()
var bytes = 0
var figures = 0
var k = 0
let clock = ContinuousClock()
let elapsed = clock.measure {
    while bytes < target {
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
let rate = Double(bytes) / 1e6 / seconds
print("engine: \(useAnalyzer ? "ClaimAnalyzer (claims, attribution, flags)" : "QuantityExtractor")")
print("input: \(bytes / 1_000_000) MB in \(k) paragraphs, \(figures) figures")
print(String(format: "time: %.2f s, throughput: %.1f MB/s (one thread)", seconds, rate))
print("peak resident memory: \(peakResidentKB() / 1024) MB")

import ClaimAnalysis
import Foundation
import Quantities

// Throughput and memory of the extractor on English news text.
//
//   swift run -c release claimdesk-bench [megabytes] [--analyzer] [--dense | --file PATH]
//
// Feeds paragraphs (about 600 bytes each) to QuantityExtractor one at a time on one thread,
// as `claimdesk extract --jsonl` does, and prints MB/s, figures per kilobyte and the
// process's peak resident memory. Run it at two sizes: the peak should not grow with input.
//
// The default corpus mixes sentences with figures and sentences without, at 6.2 figures
// per KB: seven times denser than the seed article (0.9 per KB), so the figure is
// conservative. `--dense` uses only the figure sentences (one figure per 50 bytes), the
// worst case; `--file` repeats the paragraphs of any text file, such as a real article.

let figureSentences = [
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

/// Sentences of the kind that fill most of a news story: no figure in them.
let plainSentences = [
    "The mayor defended the plan at a crowded meeting in the old town hall on Tuesday evening.",
    "Residents who live near the harbour say the noise from the cranes keeps them awake at night.",
    "\"We were never asked what we wanted,\" said Ellen Marsh, who has run a bakery on the quay for decades.",
    "The opposition accused the council of rushing the vote before the summer recess.",
    "Officials insisted that the environmental review had been thorough and independent.",
    "Dockworkers' unions have welcomed the expansion but want guarantees about shift patterns.",
    "The ministry declined to comment on whether it would fund the new rail link.",
    "Critics point out that similar projects elsewhere have run late and over budget.",
    "Shipping companies are watching the decision closely as they redraw their northern routes.",
    "The harbour master said the dredging would be carried out in stages to protect the seabed.",
    "Local fishermen fear that the work will drive fish away from their traditional grounds.",
    "A spokesperson for the port authority said talks with the unions were continuing.",
    "The plan still needs approval from the regional government before construction can begin.",
    "Several councillors said they had received letters from worried parents at the nearby school.",
    "Economists are divided over how much the region will gain from the extra traffic.",
    "The company behind the terminal is owned by a consortium of pension funds and a shipping line.",
    "Protesters gathered outside the building with banners calling for a public inquiry.",
    "The chair of the planning committee said she expected a legal challenge.",
]

let arguments = Array(CommandLine.arguments.dropFirst())
let megabytes = arguments.first.flatMap { Int($0) } ?? 64
let useAnalyzer = arguments.contains("--analyzer")
let dense = arguments.contains("--dense")
let file = arguments.firstIndex(of: "--file").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }

/// Six-sentence paragraphs cycling through `sentences`.
func paragraphs(of sentences: [String]) -> [String] {
    (0..<sentences.count).map { start in
        (0..<6).map { sentences[(start + $0 * 5) % sentences.count] }.joined(separator: " ")
    }
}

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
    // One figure sentence for every two plain ones, interleaved.
    var mixed: [String] = []
    for (k, plain) in (plainSentences + plainSentences).enumerated() {
        mixed.append(plain)
        if k % 2 == 1 { mixed.append(figureSentences[(k / 2) % figureSentences.count]) }
    }
    paragraphs = paragraphs(of: mixed)
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

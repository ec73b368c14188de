import Foundation
import Quantities

/// Whole-process benchmarks: the release `claimdesk` binary run on generated inputs, timed
/// by wall clock and CPU, with the child's peak resident memory from `wait4`.
enum ProcessBench {
    struct Run {
        var seconds: Double
        var cpuSeconds: Double
        var peakKB: Int
        var status: Int32
    }

    /// `claimdesk` beside this bench binary (`swift build -c release` builds both).
    static var binary: String {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        return here.appendingPathComponent("claimdesk").path
    }

    /// Runs `claimdesk arguments` with stdout and stderr sent to /dev/null.
    static func run(_ arguments: [String]) -> Run {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            FileHandle.standardError.write(Data("claimdesk-bench: no claimdesk at \(binary); build it first with 'swift build -c release'\n".utf8))
            exit(1)
        }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else {
            FileHandle.standardError.write(Data("claimdesk-bench: cannot start \(binary)\n".utf8))
            exit(1)
        }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Run(seconds: seconds, cpuSeconds: cpu, peakKB: usage.ru_maxrss, status: status)
    }

    static func temporaryFile(_ name: String, _ contents: (inout FileHandleWriter) -> Void) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-bench-\(getpid())-\(name)").path
        FileManager.default.createFile(atPath: path, contents: nil)
        var writer = FileHandleWriter(FileHandle(forWritingAtPath: path)!)
        contents(&writer)
        writer.close()
        return path
    }

    static func report(_ label: String, _ run: Run, megabytes: Double? = nil) {
        var line = "\(label): " + String(format: "%.2f s wall, %.2f s CPU", run.seconds, run.cpuSeconds)
        if let megabytes { line += String(format: ", %.1f MB/s", megabytes / run.seconds) }
        line += ", peak \(run.peakKB / 1024) MB"
        if run.status != 0 { line += ", exit status \(run.status) (FAILED)" }
        print(line)
    }

    /// `extract --jsonl` on one line of `megabytes` MB against the same paragraphs one per
    /// line: a long line must cost at most twice as much, with memory flat.
    static func longLine(megabytes: Int, figuresOnly: Bool) {
        let target = megabytes * 1_000_000
        let paragraphs = newsMix()
        func write(separator: String) -> String {
            temporaryFile(separator == "\n" ? "lines.txt" : "line.txt") { out in
                var written = 0
                var k = 0
                while written < target {
                    let p = paragraphs[k % paragraphs.count] + separator
                    out.write(p)
                    written += p.utf8.count
                    k += 1
                }
                out.write("\n")
            }
        }
        let lines = write(separator: "\n")
        let line = write(separator: " ")
        defer { for path in [lines, line] { try? FileManager.default.removeItem(atPath: path) } }
        let mode = figuresOnly ? ["--figures-only"] : []
        print("extract --jsonl\(figuresOnly ? " --figures-only" : ""), \(megabytes) MB of news mix (whole process)")
        let short = run(["extract", "--jsonl"] + mode + [lines])
        report("  one paragraph per line", short, megabytes: Double(megabytes))
        let long = run(["extract", "--jsonl"] + mode + [line])
        report("  one single line       ", long, megabytes: Double(megabytes))
        print(String(format: "  single line / short lines: %.2fx time", long.seconds / short.seconds))
    }

    /// `check` of an article that repeats one short figure many times ("$5m " x N, 40 KB by
    /// default): storing it must take time linear in its figures.
    static func repeatedFigure(kilobytes: Int) {
        let count = kilobytes * 1000 / 4
        let article = temporaryFile("repeated.txt") { out in
            out.write("The budget grew again. ")
            for _ in 0..<count { out.write("$5m ") }
            out.write("\n")
        }
        let sentences = temporaryFile("sentences.txt") { out in
            // One paragraph: a paragraph repeated on its own would be dropped as page furniture.
            for _ in 0..<5_000 { out.write("It cost $5m. ") }
            out.write("\n")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-bench-\(getpid())-db").path
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.removeItem(atPath: directory)
            try? FileManager.default.removeItem(atPath: article)
            try? FileManager.default.removeItem(atPath: sentences)
        }
        print("check, whole process, new database each")
        let repeated = run(["check", "--no-report", "--db", directory + "/a.sqlite", article])
        report("  \(kilobytes) KB of \"$5m \" (\(count) figures in one sentence)", repeated)
        let same = run(["check", "--no-report", "--db", directory + "/b.sqlite", sentences])
        report("  5,000 identical sentences \"It cost $5m.\"", same)
    }
}

extension ProcessBench {
    /// The whole pipeline as a user runs it, on a generated corpus of `articles` news articles
    /// (about 5 KB each): the extractor alone in this process, then the release `claimdesk`
    /// as whole processes: `extract --jsonl --figures-only` and with the full analysis over
    /// the corpus one paragraph per line, `add` of the articles into a new database, and
    /// `claims --json` and `export` over what `add` stored. Each with its peak memory.
    static func pipeline(articles: Int) {
        let paragraphs = newsMix()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-bench-\(getpid())-pipeline").path
        try? FileManager.default.createDirectory(atPath: directory + "/articles", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // Each article: a headline of its own, so that no two share a hash, and eight
        // paragraphs picked by its number, so that articles differ in their mix.
        let corpusPath = directory + "/corpus.txt"
        FileManager.default.createFile(atPath: corpusPath, contents: nil)
        var corpus = FileHandleWriter(FileHandle(forWritingAtPath: corpusPath)!)
        var bytes = 0
        for n in 0..<articles {
            var article = "Bench article \(n + 1): a generated news story\n\n"
            for j in 0..<8 { article += paragraphs[(n * 7 + j * 3) % paragraphs.count] + "\n\n" }
            FileManager.default.createFile(atPath: directory + "/articles/\(String(format: "%05d", n)).txt", contents: Data(article.utf8))
            corpus.write(article)
            bytes += article.utf8.count
        }
        corpus.close()
        let megabytes = Double(bytes) / 1e6

        let extractor = QuantityExtractor()
        var figures = 0
        let cpuStart = threadCPUSeconds()
        for n in 0..<articles { for j in 0..<8 { figures += extractor.extract(from: paragraphs[(n * 7 + j * 3) % paragraphs.count]).quantities.count } }
        let extractorSeconds = threadCPUSeconds() - cpuStart

        print("pipeline: \(articles) generated articles, " + String(format: "%.1f MB", megabytes) + ", \(figures) figures")
        print(String(format: "  extractor alone, in process: %.1f MB/s CPU (one thread), peak %d MB", megabytes / extractorSeconds, peakResidentKB() / 1024))
        let fast = run(["extract", "--jsonl", "--figures-only", corpusPath])
        report("  extract --jsonl --figures-only", fast, megabytes: megabytes)
        let full = run(["extract", "--jsonl", corpusPath])
        report("  extract --jsonl (full analysis)", full, megabytes: megabytes)
        let database = directory + "/bench.sqlite"
        let add = run(["add", "--db", database, directory + "/articles"])
        report("  add", add)
        print(String(format: "    %.0f articles/s wall, %.0f articles/s CPU", Double(articles) / add.seconds, Double(articles) / add.cpuSeconds))
        report("  claims --json", run(["claims", "--json", "--db", database]))
        report("  export", run(["export", "--db", database]))
    }
}

/// Buffered writes to a file, for generating large inputs without holding them in memory.
struct FileHandleWriter {
    private let handle: FileHandle
    private var bytes: [UInt8] = []

    init(_ handle: FileHandle) { self.handle = handle }

    mutating func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        handle.write(Data(bytes))
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func close() {
        flush()
        try? handle.close()
    }
}

import Foundation
import TestSupport
import Testing

/// The built `claimdesk` binary, next to the test bundle that `swift test` runs.
let claimdeskBinary: URL = {
    let candidates = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("claimdesk"),
        Bundle.main.bundleURL.appendingPathComponent("claimdesk"),
        Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("claimdesk"),
        packageRoot.appendingPathComponent(".build/debug/claimdesk"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
}()

struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// A scratch workspace: a temporary directory holding its own database, as a user's would.
struct Workspace: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var database: URL { url.appendingPathComponent("claimdesk.sqlite") }

    /// Copies a file from the package into the workspace at the same relative path.
    func copy(_ relative: String) throws {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent(relative), to: target)
    }

    func write(_ relative: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: url.appendingPathComponent(relative))
    }

    /// `claimdesk` set up to run in the workspace: the fixed clock, reviewer "tester", no
    /// database or reviewer from the caller's environment, then `environment` on top.
    private func process(_ arguments: [String], environment: [String: String] = [:]) -> Process {
        let process = Process()
        process.executableURL = claimdeskBinary
        process.arguments = arguments
        process.currentDirectoryURL = url
        process.environment = self.environment(environment)
        return process
    }

    /// Starts `claimdesk` in the workspace without waiting, with the fixed clock; output goes
    /// nowhere. For tests of concurrent processes and kills.
    func start(_ arguments: [String]) throws -> Process {
        let process = self.process(arguments)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `claimdesk` in the workspace with a fixed clock and reviewer.
    func run(_ arguments: [String], environment: [String: String] = [:], input: [UInt8]? = nil) throws -> RunResult {
        try runProcess(self.process(arguments, environment: environment), input: input)
    }

    /// The environment every run gets: the fixed clock, no database or reviewer from the
    /// caller's environment, then `environment` on top.
    func environment(_ environment: [String: String] = [:]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["CLAIMDESK_DB"] = nil
        env["CLAIMDESK_REVIEWER"] = nil
        env["SOURCE_DATE_EPOCH"] = "1780000000"
        env["USER"] = "tester"
        for (k, v) in environment { env[k] = v }
        return env
    }
}

/// Runs `process` to its end with `input` on stdin (none when nil) and returns its status,
/// stdout and stderr: the one runner every test that launches a program with pipes uses.
///
/// stdin is fed and stderr drained on threads of their own: reading stdout to the end first
/// would deadlock once the child filled the stderr pipe (64 KB) while we waited for stdout
/// to close, and a large input could deadlock against full output pipes.
func runProcess(_ process: Process, input: [UInt8]? = nil) throws -> RunResult {
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let stdin = Pipe()
    process.standardInput = input == nil ? FileHandle.nullDevice : stdin
    try process.run()
    if let input {
        let writer = stdin.fileHandleForWriting
        Thread.detachNewThread {
            writer.write(Data(input))
            try? writer.close()
        }
    }
    let errorData = ErrorBox()
    let drained = DispatchSemaphore(value: 0)
    let errorHandle = err.fileHandleForReading
    Thread.detachNewThread {
        errorData.data = errorHandle.readDataToEndOfFile()
        drained.signal()
    }
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    drained.wait()
    let stderr = errorData.data
    process.waitUntilExit()
    return RunResult(
        status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
        stderr: String(decoding: stderr, as: UTF8.self))
}

/// Holds what the stderr thread read until the runner takes it (after the semaphore).
private final class ErrorBox: @unchecked Sendable {
    var data = Data()
}

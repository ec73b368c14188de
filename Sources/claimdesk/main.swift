import ArgumentParser
import Foundation

// A custom entry point instead of `@main`, so that every failure (a bad option, a missing
// file, an unknown claim) prints exactly one line on stderr and exits non-zero, which is
// what scripts and newsroom pipelines can rely on.
do {
    var command = try ClaimDesk.parseAsRoot()
    try command.run()
} catch {
    let code = ClaimDesk.exitCode(for: error)
    if code == .success || error is CleanExit {
        ClaimDesk.exit(withError: error)
    }
    let message = ClaimDesk.message(for: error)
        .split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    if !message.isEmpty {
        FileHandle.standardError.write(Data("claimdesk: error: \(message)\n".utf8))
    }
    exit(code.rawValue)
}

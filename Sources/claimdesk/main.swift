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
    // ArgumentParser lists choices on separate lines; fold them so the error stays one line.
    let lines = ClaimDesk.message(for: error).split(whereSeparator: \.isNewline)
        .map { $0.trimmingCharacters(in: .whitespaces) }
        .map { $0.hasPrefix("- ") ? String($0.dropFirst(2)) : $0 }
        .filter { !$0.isEmpty }
    let message = lines.first.map { first in
        lines.count > 1 ? first + " " + lines.dropFirst().joined(separator: ", ") : first
    } ?? ""
    if !message.isEmpty {
        FileHandle.standardError.write(Data("claimdesk: error: \(message.terminalSafe)\n".utf8))
    }
    exit(code.rawValue)
}

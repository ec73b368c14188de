import Foundation
import TestSupport

/// A workspace with Claims/sample.txt checked in as article #1 (claims #1 to #8), no report.
func checkedSample() throws -> Workspace {
    let ws = try Workspace()
    try ws.copy("Claims/sample.txt")
    let check = try ws.run(["check", "Claims/sample.txt", "--no-report"])
    guard check.status == 0 else { throw CheckFailed(stderr: check.stderr) }
    return ws
}

struct CheckFailed: Error {
    var stderr: String
}

/// A file of the workspace, as UTF-8 text.
func readFile(_ ws: borrowing Workspace, _ relative: String) throws -> String {
    try String(contentsOf: ws.url.appendingPathComponent(relative), encoding: .utf8)
}

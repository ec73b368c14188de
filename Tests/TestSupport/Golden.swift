import Foundation
import Testing

/// Where the package lives, found from this file so tests work from any directory.
public let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Compares `actual` with a committed file. With CLAIMDESK_UPDATE_GOLDEN=1 it rewrites the
/// file instead and records an issue, so an update is never mistaken for a pass.
public func expectGolden(_ actual: String, at relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = packageRoot.appendingPathComponent(relativePath)
    if ProcessInfo.processInfo.environment["CLAIMDESK_UPDATE_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
        Issue.record("rewrote \(relativePath); run again without CLAIMDESK_UPDATE_GOLDEN", sourceLocation: sourceLocation)
        return
    }
    let expected = try #require(
        try? String(contentsOf: url, encoding: .utf8),
        "\(relativePath) is missing: run with CLAIMDESK_UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
    #expect(actual == expected, "\(relativePath) is stale: regenerate it and review the diff", sourceLocation: sourceLocation)
}

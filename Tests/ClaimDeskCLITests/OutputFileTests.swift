import Foundation
import Testing

@testable import claimdesk

@Suite struct OutputFileTests {
    @Test(arguments: [
        ("x", ""), ("R", ""), ("Reports/x.md", "Reports"), ("a/b/c", "a/b"), ("/x.md", "/"), ("./x.md", "."),
        ("a//b", "a"), ("a/b/", "a"), ("/", "/"), ("", ""),
    ])
    func directories(_ path: String, _ expected: String) {
        #expect(PathName.directory(of: path) == expected)
    }

    @Test func joins() {
        #expect(PathName.join("Reports", "x.md") == "Reports/x.md")
        #expect(PathName.join("./", "x.md") == "./x.md")
        #expect(PathName.join("", "x.md") == "x.md")
        #expect(PathName.join("/", "x.md") == "/x.md")
    }

    @Test func aWriteReplacesTheFileWholeAndLeavesNoTemporaryFile() throws {
        let ws = try Workspace()
        let path = ws.url.appendingPathComponent("out.md").path
        try OutputFile.write("first\n", to: path, missingDirectory: .refuse)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try OutputFile.write("second\n", to: path, missingDirectory: .refuse)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: ws.url.path) == ["out.md"])
    }

    @Test func aNewFileGetsTheUsualMode() throws {
        let ws = try Workspace()
        let path = ws.url.appendingPathComponent("new/deeper/out.md").path
        try OutputFile.write("x", to: path, missingDirectory: .create)
        let mask = umask(0)
        umask(mask)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == Int(0o666 & ~mask))
    }

    @Test func problemsAreNamed() throws {
        let ws = try Workspace()
        try ws.write("file", [0x78])
        let file = ws.url.appendingPathComponent("file").path
        #expect(OutputFile.DirectoryProblem.find(file, missingDirectory: .create) == .notADirectory(file))
        #expect(OutputFile.DirectoryProblem.find(file + "/sub", missingDirectory: .create) == .notADirectory(file))
        let missing = ws.url.appendingPathComponent("a/b").path
        #expect(OutputFile.DirectoryProblem.find(missing, missingDirectory: .refuse) == .missing(missing))
        #expect(OutputFile.DirectoryProblem.find(missing, missingDirectory: .create) == nil)
        #expect(OutputFile.DirectoryProblem.cannotCreate("Reports", reason: "permission denied").description(of: "Reports") == "cannot create it: permission denied")
        #expect(OutputFile.DirectoryProblem.cannotCreate("a", reason: "permission denied").description == "cannot create the directory 'a': permission denied")
    }
}

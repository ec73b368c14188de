import ClaimAnalysis
import Foundation

/// Turns the paths given to `add` into the list of files to read, in a stable order.
public enum ArticleFinder {
    /// The folder `add` reads when no path is given.
    public static let defaultFolder = "Claims"
    /// Extensions (lowercased) of the files taken from folders: `ArticleFormat`'s.
    public static let extensions = ArticleFormat.fileExtensions.map(\.extension)
    /// ".txt, .md, .markdown, .html, .htm or .xhtml", for help texts.
    public static var extensionList: String {
        extensions.dropLast().map { "." + $0 }.joined(separator: ", ") + " or ." + extensions.last!
    }

    /// A path found, and what to do with it.
    public struct Candidate: Equatable, Sendable {
        public enum Kind: Equatable, Sendable {
            case article
            case skip(String)
            case fail(String)
        }
        public var path: String
        public var kind: Kind

        public init(path: String, kind: Kind) {
            self.path = path
            self.kind = kind
        }
    }

    /// Files named are taken as they are; folders are walked recursively in name order. A
    /// path reached twice (named twice, or through a link) is listed once.
    public static func collect(_ roots: [String]) -> [Candidate] {
        var found: [Candidate] = []
        var seenFiles: Set<String> = []
        var seenFolders: Set<String> = []
        let manager = FileManager.default

        func real(_ path: String) -> String { URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path }

        func take(_ path: String, _ kind: Candidate.Kind) {
            guard seenFiles.insert(real(path)).inserted else { return }
            found.append(Candidate(path: path, kind: kind))
        }

        func walk(_ folder: String) {
            guard seenFolders.insert(real(folder)).inserted else { return }
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: folder).sorted()
            } catch {
                take(folder, .fail("cannot list the folder: \(error.localizedDescription)"))
                return
            }
            for name in names {
                let path = (folder as NSString).appendingPathComponent(name)
                if name.hasPrefix(".") {
                    take(path, .skip("hidden"))
                    continue
                }
                var isDirectory: ObjCBool = false
                guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                    take(path, .skip("a broken link"))
                    continue
                }
                if isDirectory.boolValue {
                    walk(path)
                } else {
                    let ext = ArticleFormat.pathExtension(name)
                    if ArticleFormat.isArticleFile(name) {
                        take(path, .article)
                    } else {
                        take(path, .skip(ext.isEmpty ? "no extension: not an article file" : "not an article file (.\(ext))"))
                    }
                }
            }
        }

        for root in roots {
            var isDirectory: ObjCBool = false
            if !manager.fileExists(atPath: root, isDirectory: &isDirectory) {
                take(root, .fail("no such file or folder"))
            } else if isDirectory.boolValue {
                walk(root)
            } else {
                take(root, .article)
            }
        }
        return found
    }
}

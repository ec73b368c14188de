import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The files reports and exports are written to: checked before any work is done, written
/// whole or not at all, and with the mode of the file they replace.
///
/// Every failure is one `CLIError` that names the file the user asked for and says why in
/// the system's words ("permission denied"), never Foundation's error codes.
enum OutputFile {
    /// What to do when the file's directory does not exist.
    enum MissingDirectory {
        /// Create it, as `check` does for Reports/ and `report -o` for the file's directory.
        case create
        /// Refuse, as `export -o` does: a typo in the path must not leave new directories.
        case refuse
    }

    /// Throws unless `path` can be written: it is no directory, its directory exists (or can
    /// be created, with `.create`) and is one, and this user may create files in it.
    /// Commands call it before they open the database, so that a read-only directory is
    /// reported as the file that cannot be written, and a refused write changes nothing.
    static func checkWritable(_ path: String, missingDirectory: MissingDirectory) throws {
        if isDirectory(path) { throw CLIError("cannot write '\(path.terminalSafe)': it is a directory; name a file") }
        let directory = PathName.directory(of: path)
        if let problem = DirectoryProblem.find(directory, missingDirectory: missingDirectory) {
            throw CLIError("cannot write '\(path.terminalSafe)': \(problem.description)")
        }
    }

    /// Throws unless files can be created in `directory` (or it can be created, with
    /// `.create`): "cannot write \(what) into 'DIR': REASON".
    static func checkDirectory(_ directory: String, for what: String, missingDirectory: MissingDirectory) throws {
        if let problem = DirectoryProblem.find(directory, missingDirectory: missingDirectory) {
            throw CLIError("cannot write \(what) into '\(directory.terminalSafe)': \(problem.description(of: directory))")
        }
    }

    /// Why no file can be created in a directory.
    enum DirectoryProblem: Equatable {
        case notADirectory(String)
        case missing(String)
        /// The outermost missing directory, and why it cannot be made.
        case cannotCreate(String, reason: String)
        /// The system's reason ("permission denied").
        case denied(String)

        /// The problem with `directory` ("" is the working directory), or nil when files can
        /// be created in it.
        static func find(_ directory: String, missingDirectory: MissingDirectory) -> DirectoryProblem? {
            var status = stat()
            if stat(directory.isEmpty ? "." : directory, &status) == 0 {
                guard status.st_mode & S_IFMT == S_IFDIR else { return .notADirectory(directory) }
                return access(directory.isEmpty ? "." : directory, W_OK | X_OK) == 0 ? nil : .denied(systemReason(errno))
            }
            let code = errno
            let parent = PathName.directory(of: directory)
            // A file where a directory of the path should be: name that file.
            if code == ENOTDIR, parent != directory { return find(parent, missingDirectory: missingDirectory) ?? .denied(systemReason(code)) }
            guard code == ENOENT else { return .denied(systemReason(code)) }
            guard missingDirectory == .create, parent != directory else { return .missing(directory) }
            // It will be made inside its nearest existing ancestor, which must take it.
            switch find(parent, missingDirectory: .create) {
            case nil: return nil
            case .denied(let reason): return .cannotCreate(directory, reason: reason)
            case let other?: return other
            }
        }

        var description: String { description(of: nil) }

        /// The words for it; `subject`, the directory the message is already about, is
        /// called "it".
        func description(of subject: String?) -> String {
            switch self {
            case .notADirectory(let d): return subject == d ? "it is a file, not a directory" : "'\(d.terminalSafe)' is a file, not a directory"
            case .missing(let d): return subject == d ? "it does not exist" : "there is no directory '\(d.terminalSafe)'"
            case .cannotCreate(let d, let reason): return "cannot create " + (d == subject ? "it" : "the directory '\(d.terminalSafe)'") + ": " + reason
            case .denied(let reason): return reason
            }
        }
    }

    /// Writes `text` to `path`, after `checkWritable`, creating the directory if allowed.
    /// The bytes go to a temporary file beside the target, made with mode 0600, which gets
    /// the mode of the file it replaces (or the usual 0666 less the umask for a new file)
    /// and is renamed over the target: a reader sees the old file or the new one, never half
    /// of one, and a file kept private (0600) stays private, even for the moment of writing.
    static func write(_ text: String, to path: String, missingDirectory: MissingDirectory) throws {
        try checkWritable(path, missingDirectory: missingDirectory)
        let directory = PathName.directory(of: path)
        if !directory.isEmpty, !isDirectory(directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw CLIError("cannot write '\(path.terminalSafe)': cannot create the directory '\(directory.terminalSafe)': \(reason(error))")
            }
        }
        if let problem = replace(path, in: directory, with: Array(text.utf8)) {
            throw CLIError("cannot write '\(path.terminalSafe)': \(problem)")
        }
    }

    /// The atomic replacement `write` describes; the system's reason when it fails.
    private static func replace(_ path: String, in directory: String, with bytes: [UInt8]) -> String? {
        var existing = stat()
        let mode: mode_t
        if stat(path, &existing) == 0 {
            mode = existing.st_mode & 0o7777
        } else {
            let mask = umask(0)
            umask(mask)
            mode = 0o666 & ~mask
        }
        // A short fixed name: "." + a 255-byte name + a suffix would pass the name limit.
        var template = Array(PathName.join(directory.isEmpty ? "." : directory, ".claimdesk-XXXXXX").utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { return systemReason(errno) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var isOpen = true
        // Gives up: the temporary file goes, the target is as it was.
        func abandon(_ reason: String) -> String {
            if isOpen { close(fd) }
            unlink(temporary)
            return reason
        }
        do {
            try FileHandle(fileDescriptor: fd, closeOnDealloc: false).write(contentsOf: bytes)
        } catch {
            return abandon(reason(error))
        }
        guard fchmod(fd, mode) == 0, fsync(fd) == 0 else { return abandon(systemReason(errno)) }
        isOpen = false
        guard close(fd) == 0 else { return abandon(systemReason(errno)) }
        guard rename(temporary, path) == 0 else { return abandon(systemReason(errno)) }
        return nil
    }

    /// Which file a path names: its device and inode, so that "./x.md", a symbolic link, a
    /// hard link or another case on a case-insensitive disk all give the same one. Reports
    /// use it never to write over an article's own file.
    struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64

        /// Nil when nothing is at `path`.
        init?(_ path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    /// Whether `a` and `b` are one existing file (`FileID`).
    static func isSameFile(_ a: String, _ b: String) -> Bool {
        guard let first = FileID(a) else { return false }
        return first == FileID(b)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// "permission denied": the system's message for `code`, in the lower case of the rest of the line.
    static func systemReason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }

    /// The shortest true reason: the system's words when the error carries an errno, else Foundation's.
    static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey].flatMap { $0 as? Error }.map { $0 as NSError }
        for candidate in [underlying, error as NSError].compactMap({ $0 }) where candidate.domain == NSPOSIXErrorDomain {
            return systemReason(Int32(candidate.code))
        }
        return error.localizedDescription
    }
}

/// Path arithmetic on strings for the files commands write. Not NSString's path methods:
/// on Linux `deletingLastPathComponent` crashes on a one-character path, which made
/// `report 1 -o x` die.
enum PathName {
    /// "Reports" of "Reports/x.md", "" of "x.md", "/" of "/x.md", "a" of "a/b/".
    static func directory(of path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        var directory = path[..<slash]
        while directory.count > 1, directory.hasSuffix("/") { directory.removeLast() }
        return directory.isEmpty ? "/" : String(directory)
    }

    /// `name` inside `directory`: "Reports/x.md", "./x.md" for "./", "x.md" for "".
    static func join(_ directory: String, _ name: String) -> String {
        if directory.isEmpty { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}

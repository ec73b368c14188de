import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of a one-line progress bar: `[#####-----] 5/10 Claims/x.txt`.
enum ProgressBar {
    /// `done` of `total` as a bar `width` cells wide, the count, then `label`. The label is
    /// shortened from the left ("…" then its end, which names the file) so that the line
    /// fits in `columns` characters; the bar and count are never cut. The label, a file
    /// path, is made `terminalSafe` first.
    static func render(done: Int, total: Int, width: Int = 20, label: String, columns: Int = .max) -> String {
        let label = label.terminalSafe
        let total = max(total, 0)
        let done = min(max(done, 0), total)
        let width = max(width, 1)
        let filled = total == 0 ? width : done * width / total
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] \(done)/\(total)"
        guard !label.isEmpty else { return bar }
        let room = columns - bar.count - 1  // one space between count and label
        if label.count <= room { return bar + " " + label }
        guard room >= 2 else { return bar }
        return bar + " …" + label.suffix(room - 1)
    }
}

/// Draws a `ProgressBar` on stderr, redrawing it in place, when stderr is a terminal; does
/// nothing otherwise, so that pipes, logs and tests see only the real output.
final class ProgressLine {
    private let fileDescriptor: Int32
    private let enabled: Bool
    /// The state last asked for, drawn or not.
    private var latest: (done: Int, total: Int, label: String)?
    private var isShown = false
    private var lastDraw: UInt64 = 0
    /// Redraws closer together than this are dropped (except the first and the last), so a
    /// folder of ten thousand small files does not flood the terminal.
    private let interval: UInt64 = 50_000_000

    init(fileDescriptor: Int32 = STDERR_FILENO, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.fileDescriptor = fileDescriptor
        enabled = isatty(fileDescriptor) == 1 && environment["TERM"] != "dumb"
    }

    /// Shows `done` of `total` with `label` (the item being worked on).
    func update(done: Int, total: Int, label: String) {
        guard enabled else { return }
        latest = (done, total, label)
        let now = DispatchTime.now().uptimeNanoseconds
        guard !isShown || done >= total || now &- lastDraw >= interval else { return }
        write("\r" + render() + "\u{1B}[K")
    }

    /// Writes `line` and a newline to stderr, above the bar if one is shown.
    func printLine(_ line: String) {
        guard enabled, isShown else {
            write(line + "\n")
            return
        }
        write("\r\u{1B}[K" + line + "\n" + render() + "\u{1B}[K")
    }

    /// Erases the bar; the cursor is left at the start of the empty line.
    func clear() {
        guard enabled, isShown else { return }
        write("\r\u{1B}[K")
        isShown = false
    }

    /// The bar for the latest state, sized to the terminal, noted as drawn.
    private func render() -> String {
        guard let latest else { return "" }
        isShown = true
        lastDraw = DispatchTime.now().uptimeNanoseconds
        let columns = Self.columns(fileDescriptor)
        // Stay one short of the edge: writing the last column makes some terminals wrap.
        return ProgressBar.render(
            done: latest.done, total: latest.total, width: min(20, max(5, columns / 4)), label: latest.label,
            columns: columns - 1)
    }

    private func write(_ text: String) {
        FileHandle(fileDescriptor: fileDescriptor, closeOnDealloc: false).write(Data(text.utf8))
    }

    /// The terminal's width, or $COLUMNS, or 80.
    private static func columns(_ fileDescriptor: Int32) -> Int {
        var size = winsize()
        let status = withUnsafeMutablePointer(to: &size) { ioctl(fileDescriptor, UInt(TIOCGWINSZ), $0) }
        if status == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let value = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), value > 0 { return value }
        return 80
    }
}

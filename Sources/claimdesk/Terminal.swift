#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The terminal settings in force before raw mode, kept in globals because the signal and
// exit handlers that put them back are C functions and can capture nothing. Written only on
// the main thread before the handlers are installed, read afterwards.
nonisolated(unsafe) private var savedSettings = termios()
nonisolated(unsafe) private var rawSettings = termios()
nonisolated(unsafe) private var terminalFD: Int32 = -1
nonisolated(unsafe) private var rawActive: Int32 = 0
nonisolated(unsafe) private var handlersInstalled = false

/// Puts the saved settings back. Async-signal-safe: only tcsetattr.
private func restoreSavedSettings() {
    guard rawActive != 0, terminalFD >= 0 else { return }
    _ = tcsetattr(terminalFD, TCSANOW, &savedSettings)
    rawActive = 0
}

/// Ctrl-C, a hang-up or a kill: restore the terminal, say that nothing answered is lost, and
/// die of the same signal so that the shell sees an interrupted command (exit status 130 for
/// Ctrl-C). Every answer was saved when it was given, so there is nothing to flush.
private func fatalSignalHandler(_ signo: Int32) {
    restoreSavedSettings()
    // Installed only for a review on a terminal, so the message is always about that review,
    // even when the signal comes while a note is being typed (and the terminal is not raw).
    do {
        let message: StaticString = "\nInterrupted: every answer given so far is saved.\n"
        _ = write(STDOUT_FILENO, message.utf8Start, message.utf8CodeUnitCount)
    }
    _ = signal(signo, SIG_DFL)
    _ = raise(signo)
}

/// Ctrl-Z: give the shell a normal terminal while stopped, and go back to raw mode on `fg`.
private func suspendHandler(_ signo: Int32) {
    let wasRaw = rawActive != 0
    restoreSavedSettings()
    _ = signal(SIGTSTP, SIG_DFL)
    _ = raise(SIGTSTP)
    // Execution resumes here after SIGCONT.
    _ = signal(SIGTSTP, suspendHandler)
    if wasRaw, terminalFD >= 0 {
        _ = tcsetattr(terminalFD, TCSANOW, &rawSettings)
        rawActive = 1
    }
}

/// Single-key input from a terminal: "cbreak" raw mode (no line buffering, no echo; Ctrl-C
/// still interrupts), with the terminal restored on every way out — a normal return, `exit`,
/// Ctrl-C, SIGTERM, SIGHUP — and around Ctrl-Z.
final class Terminal {
    let fd: Int32

    /// Nil when `fd` is not a terminal or its settings cannot be read; the caller then reads lines.
    init?(fd: Int32 = STDIN_FILENO) {
        guard isatty(fd) == 1 else { return nil }
        var settings = termios()
        guard tcgetattr(fd, &settings) == 0 else { return nil }
        self.fd = fd
        savedSettings = settings
        terminalFD = fd
        var raw = settings
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        rawSettings = raw
        Self.installHandlers()
        enterRaw()
    }

    deinit { restore() }

    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    private static func installHandlers() {
        guard !handlersInstalled else { return }
        handlersInstalled = true
        atexit { restoreSavedSettings() }
        for signo in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { _ = signal(signo, fatalSignalHandler) }
        _ = signal(SIGTSTP, suspendHandler)
    }

    /// TCSANOW rather than TCSAFLUSH: keys typed ahead before the first prompt are kept.
    private func enterRaw() {
        if tcsetattr(fd, TCSANOW, &rawSettings) == 0 { rawActive = 1 }
    }

    /// Back to the settings found at start. Safe to call more than once.
    func restore() {
        restoreSavedSettings()
    }

    /// One key press: a byte, or a whole UTF-8 character. Escape sequences (arrow and function
    /// keys) are read whole and returned as "\u{1B}". Nil at end of input or on a read error.
    func readKey() -> Character? {
        guard let first = readByte() else { return nil }
        if first == 0x1B {
            drainPendingInput()
            return "\u{1B}"
        }
        var bytes = [first]
        let extra = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : 0
        for _ in 0..<extra {
            guard let next = readByte() else { break }
            bytes.append(next)
        }
        return String(decoding: bytes, as: UTF8.self).first
    }

    /// A line typed with the terminal's own editing and echo (for a note or a URL), then back
    /// to single keys. Nil at end of input (Ctrl-D on an empty line).
    func readLine() -> String? {
        restore()
        defer { enterRaw() }
        var bytes: [UInt8] = []
        while let byte = readByte() {
            if byte == 0x0A { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }

    private func readByte() -> UInt8? {
        var byte: UInt8 = 0
        while true {
            let n = read(fd, &byte, 1)
            if n == 1 { return byte }
            if n < 0, errno == EINTR { continue }
            return nil
        }
    }

    /// Discards the rest of an escape sequence that is already waiting (within 30 ms).
    private func drainPendingInput() {
        var pending = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while poll(&pending, 1, 30) > 0, pending.revents & Int16(POLLIN) != 0 {
            var scratch = [UInt8](repeating: 0, count: 64)
            if read(fd, &scratch, scratch.count) <= 0 { return }
        }
    }
}

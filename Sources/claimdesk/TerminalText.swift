import ClaimReports

extension String {
    /// This text, from an article, a reviewer or a file name, made fit for the terminal: on
    /// one line, with every control character replaced (`ControlCharacters.oneLine`). Every
    /// command applies it to each such field it prints, so an article cannot clear the screen
    /// or set the window title; the layout's own newlines and the review's reverse-video
    /// codes are added around the fields, after it.
    var terminalSafe: String { ControlCharacters.oneLine(self) }
}

import Foundation

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Whether standard output is a terminal (progress bars and colour only then).
var standardOutputIsTerminal: Bool { isatty(1) == 1 }
/// Whether standard error is a terminal.
var standardErrorIsTerminal: Bool { isatty(2) == 1 }

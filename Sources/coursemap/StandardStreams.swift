import Foundation
import Synchronization

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Whether standard output is a terminal (progress bars and colour only then).
var standardOutputIsTerminal: Bool { isatty(1) == 1 }
/// Whether standard error is a terminal.
var standardErrorIsTerminal: Bool { isatty(2) == 1 }

/// Keeps values alive until the process exits.
///
/// A command that built a catalog of 100,000 lessons spends a tenth of its time freeing it when
/// `run()` returns; handing the values here skips that, since the process ends right after.
enum ProcessLifetime {
    private static let kept = Mutex<[any Sendable]>([])

    static func keep(_ value: any Sendable) {
        kept.withLock { $0.append(value) }
    }
}

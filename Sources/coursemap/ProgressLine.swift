import Foundation
import LinkCheck
import Synchronization

/// Redraws one progress line on standard error, at most ten times a second.
final class ProgressLine: Sendable {
    private let enabled: Bool
    private let unit: String
    private let lastDraw = Mutex<ContinuousClock.Instant?>(nil)

    init(enabled: Bool, unit: String) {
        self.enabled = enabled
        self.unit = unit
    }

    /// Progress only for a person watching: stdout and stderr are terminals, this is not CI,
    /// and `--no-progress` was not given.
    static func isWanted(unless noProgress: Bool) -> Bool {
        guard !noProgress, standardOutputIsTerminal, standardErrorIsTerminal else { return false }
        let ci = ProcessInfo.processInfo.environment["CI"]?.lowercased()
        return ci != "true" && ci != "1"
    }

    func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        let now = ContinuousClock.now
        let due = lastDraw.withLock { last in
            guard done == total || last.map({ now - $0 >= .milliseconds(100) }) ?? true else { return false }
            last = now
            return true
        }
        if due {
            FileHandle.standardError.write(
                Data(("\r" + LinkProgressBar.render(done: done, total: total, unit: unit)).utf8)
            )
        }
    }

    func finish() {
        guard enabled, lastDraw.withLock({ $0 }) != nil else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}

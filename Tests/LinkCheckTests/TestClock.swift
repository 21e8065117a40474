import Foundation
import LinkCheck
import Synchronization

/// A clock whose sleeps return at once and move its time forward, and which records them.
final class TestClock: LinkCheckClock {
    private struct State {
        var offset: Duration = .zero
        var sleeps: [Duration] = []
    }

    private let base: Date
    private let state = Mutex(State())

    init(start: Date = Date(timeIntervalSince1970: 1_750_000_000)) { base = start }

    var now: Date {
        let offset = state.withLock { $0.offset }
        return base.addingTimeInterval(Double(offset.components.seconds) + Double(offset.components.attoseconds) / 1e18)
    }

    var elapsed: Duration { state.withLock { $0.offset } }

    /// Every sleep asked for, in order.
    var sleeps: [Duration] { state.withLock { $0.sleeps } }

    func sleep(for duration: Duration) async throws {
        state.withLock { state in
            state.offset += duration
            state.sleeps.append(duration)
        }
        await Task.yield()
    }

    /// Moves time forward, e.g. a day between two runs.
    func advance(by duration: Duration) { state.withLock { $0.offset += duration } }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A table file that ``CatalogFolder`` opened, read at any offset from any thread (`pread`) and
/// closed when released.
final class OpenFile: Sendable {
    private let descriptor: Int32
    /// The file's size when it was opened.
    let size: Int

    init?(path: String) {
        // Non-blocking, so that a named pipe is refused below instead of waiting for a writer.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        size = Int(status.st_size)
    }

    deinit { close(descriptor) }

    /// The bytes of `range`; nil when they cannot all be read (an error, or the file is shorter now).
    func read(_ range: Range<Int>) -> [UInt8]? {
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, count in
            count = 0
            while count < range.count {
                let got = pread(
                    descriptor,
                    buffer.baseAddress! + count,
                    range.count - count,
                    off_t(range.lowerBound + count)
                )
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { break }
                count += got
            }
            complete = count == range.count
        }
        return complete ? bytes : nil
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes that stay at one address, read-only, for as long as this object lives: a file mapped
/// into memory, or a copy of an array. Lets byte tables keep offsets instead of Strings.
///
/// `@unchecked Sendable`: the memory is never written after `init`, and it is released only in
/// `deinit`, when nothing can read it any more.
final class PinnedBytes: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<UInt8>
    private let isMapped: Bool

    init(copying bytes: [UInt8]) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = copy.initialize(from: bytes)
        buffer = UnsafeBufferPointer(start: copy.baseAddress, count: bytes.count)
        isMapped = false
    }

    /// Maps a regular file read-only; nil when it cannot be (empty, not regular, an error).
    /// Mapping a 30 MB table costs next to nothing, and its pages are read in by the threads
    /// that scan them; reading it into memory of its own cost 20 to 30 ms more (100,000 lessons).
    init?(mapping path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 else {
            return nil
        }
        let size = Int(status.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            return nil
        }
        buffer = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
        isMapped = true
    }

    deinit {
        guard let base = buffer.baseAddress else { return }
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: base), buffer.count)
        } else {
            UnsafeMutableRawPointer(mutating: base).deallocate()
        }
    }
}

import CLibPQ
#if canImport(Glibc)
import Glibc
#endif

/// A file descriptor another thread can make readable, to interrupt
/// `Connection.waitForNotifications` at once (shutdown, new local work). Backed by eventfd(2).
public final class WakeSignal: Sendable {
    public let fileDescriptor: Int32

    public init() {
        fileDescriptor = eventfd(0, Int32(EFD_NONBLOCK | EFD_CLOEXEC))
    }

    deinit { close(fileDescriptor) }

    /// Safe from any thread and from signal handlers.
    public func signal() {
        var one: UInt64 = 1
        _ = write(fileDescriptor, &one, MemoryLayout<UInt64>.size)
    }

    /// Resets the signal after it was seen.
    public func clear() {
        var value: UInt64 = 0
        _ = read(fileDescriptor, &value, MemoryLayout<UInt64>.size)
    }

    /// Sleeps until signalled or `timeout` passes. Returns true when signalled.
    @discardableResult
    public func wait(timeout: Duration) -> Bool {
        var fd = pollfd(fd: fileDescriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&fd, 1, timeout.milliseconds)
        if ready > 0 { clear() }
        return ready > 0
    }
}

extension Duration {
    /// Whole milliseconds, clamped to what poll(2) accepts.
    public var milliseconds: Int32 {
        let (seconds, attoseconds) = components
        return Int32(clamping: max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000))
    }
}

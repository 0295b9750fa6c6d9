import Dispatch
import Foundation
import LibPQ
import Synchronization

/// Set once, on SIGTERM/SIGINT or by a test; every loop checks it and every registered
/// WakeSignal is rung so sleepers notice at once instead of at their next timeout.
public final class ShutdownSignal: Sendable {
    private let state = Mutex<(requested: Bool, wakes: [WakeSignal])>((false, []))

    public init() {}

    public var isRequested: Bool { state.withLock { $0.requested } }

    public func request() {
        let wakes = state.withLock { state in
            state.requested = true
            return state.wakes
        }
        for wake in wakes { wake.signal() }
    }

    func register(_ wake: WakeSignal) {
        let requested = state.withLock { state in
            state.wakes.append(wake)
            return state.requested
        }
        if requested { wake.signal() }
    }

    /// Routes SIGTERM and SIGINT here instead of killing the process. The caller keeps the
    /// returned sources alive for as long as the handlers should stay.
    public func installSignalHandlers() -> [any DispatchSourceSignal] {
        [SIGTERM, SIGINT].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in request() }
            source.resume()
            return source
        }
    }
}

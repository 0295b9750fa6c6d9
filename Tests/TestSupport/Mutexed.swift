import Synchronization

/// A value several test threads update.
public final class Mutexed<Value: Sendable>: Sendable {
    private let storage: Mutex<Value>
    public init(_ value: Value) { storage = Mutex(value) }
    public var value: Value { storage.withLock { $0 } }
    public func mutate(_ body: (inout Value) -> Void) { storage.withLock { body(&$0) } }
}

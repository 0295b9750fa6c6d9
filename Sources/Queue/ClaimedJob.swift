/// A job this worker holds a lease on.
public struct ClaimedJob: Sendable {
    public enum Payload: Sendable {
        case text(String)
        case bytes([UInt8])
        /// Over the claim's size limit: not downloaded.
        case tooLarge(bytes: Int)
    }

    public var id: Int64
    /// The attempt number this claim counted (1 for the first); the completion's fencing token.
    public var attempt: Int
    public var maxAttempts: Int
    public var sourceURL: String?
    public var contentType: String?
    public var payload: Payload
}

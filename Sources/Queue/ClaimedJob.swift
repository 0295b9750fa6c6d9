/// A job this worker holds a lease on.
public struct ClaimedJob: Sendable, Equatable {
    public enum Payload: Sendable, Equatable {
        case text(String)
        case bytes([UInt8])
        /// Over the claim's size limit: not downloaded.
        case tooLarge(bytes: Int)
    }

    public var id: Int64
    /// How many times the job has been claimed, this claim included: the fencing token its
    /// outcome carries. Unlike `attempt` it never goes back, so it tells this claim from any
    /// earlier one even after a rescue or hand-back gave an attempt back.
    public var claim: Int
    /// The attempt this claim counts (1 for the first), out of `maxAttempts`.
    public var attempt: Int
    public var maxAttempts: Int
    public var sourceURL: String?
    public var contentType: String?
    public var payload: Payload

    public init(id: Int64, claim: Int, attempt: Int, maxAttempts: Int = 5, sourceURL: String? = nil, contentType: String? = nil,
                payload: Payload) {
        self.id = id
        self.claim = claim
        self.attempt = attempt
        self.maxAttempts = maxAttempts
        self.sourceURL = sourceURL
        self.contentType = contentType
        self.payload = payload
    }
}

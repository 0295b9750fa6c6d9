import CLibPQ

/// An error from libpq or the server, with the server's SQLSTATE when there is one.
public struct PostgresError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable {
        /// Connecting failed or the connection broke; reconnecting may help.
        case connection
        /// The server rejected a statement.
        case query
        /// The server answered with something this binding does not understand.
        case protocolViolation
    }

    public var kind: Kind
    /// Five-character SQLSTATE, e.g. "23505" for a unique violation.
    public var sqlState: String?
    public var message: String

    public init(kind: Kind, sqlState: String? = nil, message: String) {
        self.kind = kind
        self.sqlState = sqlState
        self.message = message
    }

    /// Worth retrying: the connection broke, or the server asked us to try again.
    public var isTransient: Bool {
        if kind == .connection { return true }
        guard let state = sqlState else { return false }
        // 08: connection exception; 40001/40P01: serialization failure, deadlock;
        // 57P01-57P03: admin/crash shutdown, cannot connect now; 53300: too many connections.
        return state.hasPrefix("08") || ["40001", "40P01", "57P01", "57P02", "57P03", "53300"].contains(state)
    }

    public var description: String {
        if let state = sqlState { return "\(message) (SQLSTATE \(state))" }
        return message
    }
}

extension PostgresError {
    /// libpq's messages end in a newline and sometimes repeat "ERROR:  "; keep one clean line.
    static func clean(_ raw: UnsafePointer<CChar>?) -> String {
        guard let raw else { return "unknown libpq error" }
        var text = String(cString: raw)
        while text.last?.isNewline == true { text.removeLast() }
        return text.isEmpty ? "unknown libpq error" : text
    }
}

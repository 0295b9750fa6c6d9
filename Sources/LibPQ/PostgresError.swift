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

    public var description: String {
        if let state = sqlState { return "\(message) (SQLSTATE \(state))" }
        return message
    }
}

extension PostgresError {
    /// libpq's messages span lines ("ERROR:  ...", "DETAIL:  ...", "LINE 3: ...") and end in
    /// a newline; log lines and `last_error` want one line, so the lines are joined with " | "
    /// and runs of spaces collapsed.
    static func clean(_ raw: UnsafePointer<CChar>?) -> String {
        guard let raw else { return "unknown libpq error" }
        return oneLine(String(cString: raw))
    }

    /// The SQLSTATE a server's refusal to connect would carry (libpq reports connection
    /// failures as text only): a bad password or an unknown role or database is a setup
    /// error, unlike a server that is down or starting.
    static func refusalState(_ message: String) -> String? {
        let refusals: [(String, String)] = [
            ("password authentication failed", "28P01"), ("no password supplied", "28P01"),
            ("authentication failed", "28000"), ("no pg_hba.conf entry", "28000"),
            ("role \"", "28000"),  // role "x" does not exist
            ("database \"", "3D000"),  // database "x" does not exist
            ("permission denied for database", "42501"),
        ]
        let lowered = message.lowercased()
        if lowered.contains("the database system is starting up") || lowered.contains("shutting down") { return "57P03" }
        return refusals.first { lowered.contains($0.0) && (!$0.0.hasSuffix("\"") || lowered.contains("does not exist")) }?.1
    }

    static func oneLine(_ text: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline).map { line in
            line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        }.filter { !$0.isEmpty }
        return lines.isEmpty ? "unknown libpq error" : lines.joined(separator: " | ")
    }
}

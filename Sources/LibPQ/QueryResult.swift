/// The rows a statement returned, copied out of libpq's result in text format.
public struct QueryResult: Sendable {
    public let columns: [String]
    public let rows: [Row]

    public struct Row: Sendable {
        let columnIndex: [String: Int]
        public let values: [String?]

        public subscript(_ column: String) -> String? {
            guard let index = columnIndex[column] else { return nil }
            return values[index]
        }

        public func int(_ column: String) throws(PostgresError) -> Int {
            guard let text = self[column], let value = Int(text) else { throw Self.missing(column) }
            return value
        }

        public func double(_ column: String) -> Double? {
            self[column].flatMap(Double.init)
        }

        public func bool(_ column: String) -> Bool? {
            self[column].map { $0 == "t" }
        }

        /// Decodes a bytea column sent in text format (`\x` followed by hex digits).
        public func bytes(_ column: String) -> [UInt8]? {
            guard let text = self[column] else { return nil }
            return Hex.decodeBytea(text)
        }

        private static func missing(_ column: String) -> PostgresError {
            PostgresError(kind: .protocolViolation, message: "column \(column) is missing, NULL or not of the expected type")
        }
    }
}

enum Hex {
    static func decodeBytea(_ text: String) -> [UInt8]? {
        var utf8 = text.utf8[...]
        guard utf8.starts(with: "\\x".utf8) else { return nil }
        utf8 = utf8.dropFirst(2)
        guard utf8.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count / 2)
        var high: UInt8?
        for c in utf8 {
            guard let nibble = nibble(c) else { return nil }
            if let h = high { out.append(h << 4 | nibble); high = nil } else { high = nibble }
        }
        return out
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

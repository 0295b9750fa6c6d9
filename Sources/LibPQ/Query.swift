/// A statement and its parameters. Built by string interpolation, every interpolated value
/// becomes a `$n` parameter, so values can never change the statement (no SQL injection):
///
///     let q: Query = "SELECT id FROM newsdesk.jobs WHERE state = \(state) LIMIT \(limit)"
public struct Query: Sendable, ExpressibleByStringInterpolation {
    public private(set) var sql: String
    public private(set) var binds: [Bind]

    public init(sql: String, binds: [Bind] = []) {
        self.sql = sql
        self.binds = binds
    }

    public init(stringLiteral value: String) {
        self.init(sql: value)
    }

    public init(stringInterpolation: Interpolation) {
        self.init(sql: stringInterpolation.sql, binds: stringInterpolation.binds)
    }

    public struct Interpolation: StringInterpolationProtocol {
        var sql = ""
        var binds: [Bind] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            sql.reserveCapacity(literalCapacity + interpolationCount * 3)
        }

        public mutating func appendLiteral(_ literal: String) { sql += literal }

        public mutating func appendInterpolation(_ value: some BindConvertible) {
            binds.append(value.bind)
            sql += "$\(binds.count)"
        }

        public mutating func appendInterpolation(_ value: (some BindConvertible)?) {
            binds.append(value?.bind ?? .null)
            sql += "$\(binds.count)"
        }
    }
}

/// One parameter value: sent as text (the server casts it) or as raw bytes (bytea).
public enum Bind: Sendable, Equatable {
    case text(String)
    case bytes([UInt8])
    case null
}

public protocol BindConvertible {
    var bind: Bind { get }
}

extension String: BindConvertible { public var bind: Bind { .text(self) } }
extension Int: BindConvertible { public var bind: Bind { .text(String(self)) } }
extension Int64: BindConvertible { public var bind: Bind { .text(String(self)) } }
extension Double: BindConvertible { public var bind: Bind { .text(String(self)) } }
extension Bool: BindConvertible { public var bind: Bind { .text(self ? "true" : "false") } }
extension Bind: BindConvertible { public var bind: Bind { self } }

/// Integer arrays travel as PostgreSQL array literals: `{1,2,3}`.
extension Array: BindConvertible where Element: FixedWidthInteger {
    public var bind: Bind { .text("{" + map { "\($0)" }.joined(separator: ",") + "}") }
}

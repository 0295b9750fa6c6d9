import CLibPQ

/// A libpq connection string (URI or keyword/value), read the way libpq reads it, for what
/// has to happen before connecting: refusing a malformed one without echoing its password
/// (libpq quotes the offending token, which for a stray `%` in a URI is the password itself),
/// telling whether it carries a password, and adding one kept outside it.
public struct ConnectionString: Sendable {
    public struct Option: Sendable, Equatable {
        public var keyword: String
        public var value: String
    }

    /// The options the string sets explicitly, in libpq's order.
    public let options: [Option]

    /// Parses like libpq; a malformed string throws a connection error whose message has
    /// every spelling of the password in `conninfo` replaced by `***`, with the SQLSTATE
    /// `malformedState`.
    public init(_ conninfo: String) throws(PostgresError) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        guard let parsed = PQconninfoParse(conninfo, &errorMessage) else {
            let message = errorMessage.map { PostgresError.clean($0) } ?? "libpq could not parse it"
            PQfreemem(errorMessage)
            throw PostgresError(kind: .connection, sqlState: Self.malformedState, message: "invalid connection string: "
                + Self.redact(message, secretsOf: conninfo)
                + " (in a URI, write % in a password as %25, @ as %40 and / as %2F)")
        }
        defer { PQconninfoFree(parsed) }
        var options: [Option] = []
        var entry = parsed
        while let keyword = entry.pointee.keyword {
            if let value = entry.pointee.val { options.append(Option(keyword: String(cString: keyword), value: String(cString: value))) }
            entry += 1
        }
        self.options = options
        // An unencoded @ or / in a URI's password makes libpq split the URI elsewhere, read a piece
        // of the password as the host, port or database, and quote it in the connection error.
        if let written = Self.uriUserInfoPassword(conninfo), !written.isEmpty,
           (written.removingPercentEncodingLeniently ?? written) != self.password {
            throw PostgresError(kind: .connection, sqlState: Self.malformedState, message: """
                invalid connection string: libpq splits this URI's user info elsewhere than where its last @ is; \
                percent-encode @ as %40, / as %2F and % as %25 in the user name, password and database name
                """)
        }
    }

    /// The SQLSTATE of a connection string libpq cannot read (libpq gives none: the server is
    /// never reached). syntax_error: like any class 42 error it is a setup mistake that no retry
    /// fixes, so a worker stops with a configuration error instead of reconnecting forever.
    public static let malformedState = "42601"

    public subscript(keyword: String) -> String? {
        options.first { $0.keyword == keyword }?.value
    }

    /// The password written into the string itself (not one libpq finds in PGPASSWORD or a
    /// password file).
    public var password: String? { self["password"] }

    /// The same settings with `password` set, in keyword/value form (which libpq reads like
    /// the URI it may have come from).
    public func settingPassword(_ password: String) -> String {
        (options.filter { $0.keyword != "password" } + [Option(keyword: "password", value: password)])
            .map { "\($0.keyword)=\(Self.quoted($0.value))" }
            .joined(separator: " ")
    }

    /// `message` with every spelling of the password `conninfo` carries (as written, percent-
    /// decoded, quoted or not) replaced by `***`, and, when it carries one, every token libpq
    /// quoted too: an unencoded `@` or `%` in a password makes libpq split the string elsewhere
    /// and quote a piece of the password as a host name or a bad token.
    public static func redact(_ message: String, secretsOf conninfo: String) -> String {
        let secrets = passwordSpellings(in: conninfo).filter { !$0.isEmpty }
        guard !secrets.isEmpty else { return message }
        var redacted = message.replacing(/"[^"]*"/, with: "\"***\"")
        for secret in secrets.sorted(by: { $0.count > $1.count }) {
            redacted = redacted.replacing(secret, with: "***")
        }
        return redacted
    }

    static func quoted(_ value: String) -> String {
        "'" + value.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
    }

    /// Every text that may be the password in `conninfo`: libpq's own reading when it has
    /// one, a URI's user info after its first `:` (up to the last `@` before the query, since
    /// an unencoded `@` may be part of the password), a `password=` setting in keyword form or
    /// in a URI's query, and each of those percent-decoded.
    static func passwordSpellings(in conninfo: String) -> Set<String> {
        var found: Set<String> = []
        if let parsed = PQconninfoParse(conninfo, nil) {
            var entry = parsed
            while let keyword = entry.pointee.keyword {
                if String(cString: keyword) == "password", let value = entry.pointee.val { found.insert(String(cString: value)) }
                entry += 1
            }
            PQconninfoFree(parsed)
        }
        if let written = uriUserInfoPassword(conninfo) { found.insert(written) }
        var search = conninfo[...]
        while let match = search.firstMatch(of: /password\s*=\s*/) {
            let value = search[match.range.upperBound...]
            if value.first == "'" {
                found.insert(unquoted(value.dropFirst()))
            } else {
                found.insert(String(value.prefix { !$0.isWhitespace }))
                found.insert(String(value.prefix { !$0.isWhitespace && $0 != "&" }))
            }
            search = value
        }
        for spelling in found {
            if let decoded = spelling.removingPercentEncodingLeniently { found.insert(decoded) }
        }
        return found
    }

    /// The password as written in a URI's user info: after the first `:` and before the last
    /// `@` ahead of the query.
    static func uriUserInfoPassword(_ conninfo: String) -> String? {
        for scheme in ["postgresql://", "postgres://"] where conninfo.hasPrefix(scheme) {
            let authority = conninfo.dropFirst(scheme.count).prefix { $0 != "?" }
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                return String(authority[authority.index(after: colon)..<at])
            }
        }
        return nil
    }

    /// A single-quoted keyword value up to its closing quote (or the end), with \' and \\
    /// unescaped.
    private static func unquoted(_ text: Substring) -> String {
        var value = ""
        var escaped = false
        for character in text {
            if escaped {
                value.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "'" {
                break
            } else {
                value.append(character)
            }
        }
        return value
    }
}

extension String {
    /// Decodes each valid %XX and keeps anything else as written (unlike Foundation's
    /// removingPercentEncoding, which gives up on the first stray %); nil when nothing changes.
    var removingPercentEncodingLeniently: String? {
        var bytes: [UInt8] = []
        let utf8 = Array(self.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
               let high = Self.hexValue(utf8[index + 1]), let low = Self.hexValue(utf8[index + 2]) {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        guard bytes != utf8 else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

/// Text cut into letter runs, digit runs and single punctuation marks, the unit the date
/// grammar matches on. Letters and digits are split apart so "1st" and "01T10" read naturally.
public struct DateToken: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case word, number, mark }
    public var kind: Kind
    /// Lower-cased for words; the mark itself for punctuation.
    public var text: String
    /// A word whose first letter is upper case ("May", "MAY"); prose needs it for month names.
    public var isCapitalised: Bool
    /// Offsets in Unicode scalars into the tokenised text.
    public var start: Int
    public var end: Int

    public var number: Int? { kind == .number && text.utf8.count <= 4 ? Int(text) : nil }

    public static func tokenize<S: StringProtocol>(_ text: S) -> [DateToken] {
        tokenize(text.unicodeScalars)
    }

    /// Tokens of `scalars`; whitespace only separates. Linear; lower-casing has an ASCII fast path.
    public static func tokenize<C: Collection>(_ scalars: C) -> [DateToken] where C.Element == Unicode.Scalar {
        var tokens: [DateToken] = []
        // The token's lower-cased UTF-8, one buffer reused for every token.
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var currentKind: Kind?
        var capitalised = false
        var start = 0
        var offset = 0
        func flush() {
            if let kind = currentKind, !current.isEmpty {
                tokens.append(DateToken(kind: kind, text: String(decoding: current, as: UTF8.self), isCapitalised: capitalised,
                                        start: start, end: offset))
            }
            current.removeAll(keepingCapacity: true)
            currentKind = nil
        }
        for scalar in scalars {
            defer { offset += 1 }
            let kind: Kind?
            if scalar.value >= 0x30 && scalar.value <= 0x39 {
                kind = .number
            } else if scalar.isASCII ? (scalar.value | 0x20 >= 0x61 && scalar.value | 0x20 <= 0x7A) : scalar.properties.isAlphabetic {
                kind = .word
            } else if scalar.isASCII ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace {
                kind = nil
            } else {
                flush()
                tokens.append(DateToken(kind: .mark, text: String(scalar), isCapitalised: false, start: offset, end: offset + 1))
                continue
            }
            if kind != currentKind {
                flush()
                start = offset
                capitalised = kind == .word && (scalar.isASCII ? scalar.value <= 0x5A : scalar.properties.isUppercase)
            }
            currentKind = kind
            guard kind != nil else { continue }
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                current.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else {
                current.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        flush()
        return tokens
    }
}

/// A line cut into letter runs, digit runs and single punctuation marks, the unit the date
/// patterns match on. Letters and digits are split apart so "1st" and "01T10" read naturally.
struct DateToken: Equatable {
    enum Kind: Equatable { case word, number, mark }
    var kind: Kind
    /// Lower-cased for words; the mark itself for punctuation.
    var text: String

    var number: Int? { kind == .number && text.count <= 4 ? Int(text) : nil }

    /// Tokens of `line`; whitespace only separates. Input is capped by the caller.
    static func tokenize<S: StringProtocol>(_ line: S) -> [DateToken] {
        var tokens: [DateToken] = []
        var current = ""
        var currentKind: Kind?
        func flush() {
            if let kind = currentKind, !current.isEmpty { tokens.append(DateToken(kind: kind, text: current)) }
            current = ""
            currentKind = nil
        }
        for scalar in line.unicodeScalars {
            let kind: Kind?
            if ("0"..."9").contains(scalar) {
                kind = .number
            } else if scalar.properties.isAlphabetic {
                kind = .word
            } else if scalar.properties.isWhitespace {
                kind = nil
            } else {
                flush()
                tokens.append(DateToken(kind: .mark, text: String(scalar)))
                continue
            }
            if kind != currentKind { flush() }
            currentKind = kind
            if kind != nil { current.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars) }
        }
        flush()
        return tokens
    }
}

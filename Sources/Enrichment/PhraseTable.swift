/// Exact, case-sensitive lookup of multi-word phrases over tokens (longest match first).
struct PhraseTable<Value: Sendable>: Sendable {
    private var entries: [String: Value] = [:]
    private(set) var maxTokens = 1

    init() {}

    /// Keeps the first value given for a phrase.
    mutating func add(_ phrase: String, _ value: Value) {
        let words = Tokenizer.tokens(of: Array(phrase.unicodeScalars)).map(\.text)
        guard !words.isEmpty else { return }
        let key = words.joined(separator: " ")
        if entries[key] == nil { entries[key] = value }
        maxTokens = max(maxTokens, words.count)
    }

    func value(for phrase: String) -> Value? { entries[phrase] }

    /// The longest phrase starting at token `i` and ending before `limit`: (token count, value).
    func longestMatch(in tokens: [Token], at i: Int, limit: Int) -> (length: Int, value: Value)? {
        guard i < limit, tokens[i].isWord || tokens[i].kind == .number else { return nil }
        var length = min(maxTokens, limit - i)
        while length > 0 {
            let key = tokens[i..<(i + length)].map(\.text).joined(separator: " ")
            if let v = entries[key] { return (length, v) }
            length -= 1
        }
        return nil
    }
}

/// Exact, case-sensitive lookup of multi-word phrases over tokens (longest match first). Phrases are
/// indexed by their first word, so a lookup compares a few candidates instead of building strings.
struct PhraseTable<Value: Sendable>: Sendable {
    private struct Phrase: Sendable {
        let rest: [String]
        let value: Value
    }

    /// First word -> phrases starting with it, longest first.
    private var byFirstWord: [String: [Phrase]] = [:]

    init() {}

    /// Keeps the first value given for a phrase.
    mutating func add(_ phrase: String, _ value: Value) {
        let words = Tokenizer.tokens(of: Array(phrase.unicodeScalars)).map(\.text)
        guard let first = words.first else { return }
        let rest = Array(words.dropFirst())
        var list = byFirstWord[first, default: []]
        guard !list.contains(where: { $0.rest == rest }) else { return }
        list.append(Phrase(rest: rest, value: value))
        list.sort { $0.rest.count > $1.rest.count }
        byFirstWord[first] = list
    }

    /// The value of a phrase given as space-separated words.
    func value(for phrase: String) -> Value? {
        let words = phrase.split(separator: " ").map(String.init)
        guard let first = words.first else { return nil }
        let rest = Array(words.dropFirst())
        return byFirstWord[first]?.first { $0.rest == rest }?.value
    }

    /// The longest phrase starting at token `i` and ending before `limit`: (token count, value).
    func longestMatch(in tokens: [Token], at i: Int, limit: Int) -> (length: Int, value: Value)? {
        guard i < limit, let candidates = byFirstWord[tokens[i].text] else { return nil }
        for phrase in candidates where i + phrase.rest.count < limit {
            var matches = true
            for (k, word) in phrase.rest.enumerated() where tokens[i + 1 + k].text != word {
                matches = false
                break
            }
            if matches { return (phrase.rest.count + 1, phrase.value) }
        }
        return nil
    }
}

import TextCore

/// Identifies the language of a text: the script decides alone where only one language uses it (Hangul,
/// Greek, Thai, ...) or picks between Chinese and Japanese by kana; otherwise character n-gram profiles of
/// the languages written in the dominant script vote. Returns "und" for text without letters or with no
/// dominant script.
struct LanguageIdentifier: Sendable {
    /// Enough text for a stable answer; more only costs time.
    static let maxScalars = 1000

    func identify(_ text: String, hint: String? = nil) -> Enrichment.Language {
        identify(prefix: Array(text.unicodeScalars.prefix(Self.maxScalars)), hint: hint)
    }

    /// The language of a stretch of a body (a paragraph), read from its first `maxScalars` scalars.
    func identify(scalars: ArraySlice<Unicode.Scalar>, hint: String? = nil) -> Enrichment.Language {
        identify(prefix: Array(scalars.prefix(Self.maxScalars)), hint: hint)
    }

    private func identify(prefix scalars: [Unicode.Scalar], hint: String?) -> Enrichment.Language {
        var scriptCounts: [Script: Int] = [:]
        for s in scalars where s.isLetter { scriptCounts[Script(s), default: 0] += 1 }
        let letters = scriptCounts.values.reduce(0, +)
        guard letters > 0 else { return .init(code: "und", confidence: 0) }
        let kana = scriptCounts[.kana, default: 0]
        let han = scriptCounts[.han, default: 0]
        if Double(kana + han) / Double(letters) > 0.5 {
            return .init(code: kana * 20 >= han ? "ja" : "zh", confidence: rounded(Double(kana + han) / Double(letters)))
        }
        guard let (script, count) = scriptCounts.max(by: { $0.value < $1.value }) else { return .init(code: "und", confidence: 0) }
        let share = Double(count) / Double(letters)
        guard share >= 0.6 else { return .init(code: "und", confidence: rounded(share)) }
        if let language = script.soleLanguage { return .init(code: language, confidence: rounded(share)) }
        return vote(scalars, script: script, share: share, hint: hint)
    }

    private func vote(_ scalars: [Unicode.Scalar], script: Script, share: Double, hint: String?) -> Enrichment.Language {
        let profiles = LanguageProfiles.shared
        let candidates = profiles.languages.indices.filter { profiles.scripts[$0] == script }
        guard !candidates.isEmpty else { return .init(code: "und", confidence: 0) }
        var orderCounts = [0, 0, 0]
        var bonus = [Float](repeating: 0, count: profiles.languages.count)
        var word: [Unicode.Scalar] = []
        // Unchecked buffers: this loop adds every n-gram's entry for every language written in the script.
        profiles.entries.withUnsafeBufferPointer { entries in
            bonus.withUnsafeMutableBufferPointer { bonus in
                func scoreWord() {
                    guard !word.isEmpty else { return }
                    for order in 1...3 where word.count >= order {
                        for start in 0...(word.count - order) {
                            orderCounts[order - 1] += 1
                            guard let range = profiles.index[LanguageProfiles.key(word[start..<(start + order)])] else { continue }
                            for k in range { bonus[entries[k].language] += entries[k].gain }
                        }
                    }
                    word.removeAll(keepingCapacity: true)
                }
                for s in scalars {
                    if s.isLetter && Script(s) == script {
                        if s.value < 0x80 {
                            word.append(s.isUpperCaseLetter ? Unicode.Scalar(s.value + 32)! : s)
                        } else {
                            word.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
                        }
                    } else {
                        scoreWord()
                    }
                }
                scoreWord()
            }
        }
        let grams = orderCounts.reduce(0, +)
        guard grams > 0 else { return .init(code: "und", confidence: 0) }
        var scored = candidates.map { l -> (Int, Float) in
            var s = bonus[l]
            for o in 0..<3 { s += Float(orderCounts[o]) * profiles.floors[l][o] }
            return (l, s)
        }
        scored.sort { $0.1 > $1.1 }
        let best = scored[0]
        let margin = scored.count > 1 ? Double(best.1 - scored[1].1) / Double(grams) : 1
        var code = profiles.languages[best.0]
        // A markup hint settles a near tie between languages the text fits equally well.
        if margin < 0.05, let hint = hint?.prefix(2).lowercased(), scored.prefix(3).contains(where: { profiles.languages[$0.0] == hint }) {
            code = hint
        }
        let confidence = share * min(1, 0.5 + margin * 2)
        return .init(code: code, confidence: rounded(confidence))
    }

    private func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}

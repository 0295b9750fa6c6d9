import TextCore

/// Splits text into tokens with Unicode-scalar offsets. Possessive "'s" becomes its own token so that
/// "Russia’s" yields the name "Russia"; hyphens separate words so "Russia-Ukraine" yields two names;
/// a French or Italian elision is a punctuation token of its own ("l'" + "Élysée", "dell'" + "Unione").
enum Tokenizer {
    /// Lower-case words that elide before a vowel; "l'avion" is "l'" + "avion".
    static let elisions: Set<String> = [
        "l", "d", "j", "n", "s", "c", "m", "t", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu", "presqu",
        "dell", "dall", "nell", "sull", "all", "coll", "quell", "un", "nessun", "buon",
    ]
    /// Whether a token is an elision ("l'", "dell'").
    static func isElision(_ t: Token) -> Bool {
        guard t.kind == .punctuation, let last = t.text.unicodeScalars.last, isApostrophe(last) else { return false }
        return t.text.unicodeScalars.count > 1
    }

    /// An initialism longer than this is no initialism (and the bound keeps the scan linear).
    static let maxInitialismScalars = 24

    static func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if s.isSpace { i += 1; continue }
            if s.isWordCharacter {
                let start = i
                var hasLetter = false
                var isElision = false
                while i < n {
                    let c = scalars[i]
                    if c.isWordCharacter {
                        if c.isLetter { hasLetter = true }
                        i += 1
                    } else if isApostrophe(c), i + 1 < n, scalars[i + 1].isLetter, i - start <= 7,
                              elisions.contains(String(scalars: scalars[start..<i]).lowercased()) {
                        isElision = true
                        break
                    } else if isApostrophe(c), i + 1 < n, scalars[i + 1].isLetter,
                              !isPossessive(scalars, at: i) {
                        i += 1  // "don't", "O'Brien"
                    } else if c == "," || c == ".", !hasLetter, i + 1 < n, isDigit(scalars[i + 1]), isDigit(scalars[i - 1]) {
                        i += 1  // "66,000", "3.5"
                    } else if c == ".", isInitialism(scalars, start: start, dot: i) {
                        i += 1  // "U.S.", "U.N."
                    } else {
                        break
                    }
                }
                if isElision {
                    // An elision ("l'", "qu'"): the apostrophe belongs to it.
                    i += 1
                    let text = String(scalars: scalars[start..<i])
                    tokens.append(Token(text: text, start: start, end: i, kind: .punctuation))
                    continue
                }
                let text = String(scalars: scalars[start..<i])
                tokens.append(Token(text: text, start: start, end: i, kind: hasLetter ? .word : .number))
            } else if isApostrophe(s), isPossessive(scalars, at: i) {
                let end = i + 2
                tokens.append(Token(text: "'s", start: i, end: end, kind: .punctuation))
                i = end
            } else {
                tokens.append(Token(text: String(s), start: i, end: i + 1, kind: .punctuation))
                i += 1
            }
        }
        return tokens
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    private static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    /// An apostrophe followed by "s" and then a non-letter: the possessive clitic.
    private static func isPossessive(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i > 0, scalars[i - 1].isLetter, i + 1 < scalars.count,
              scalars[i + 1] == "s" || scalars[i + 1] == "S" else { return false }
        return i + 2 >= scalars.count || !scalars[i + 2].isLetter
    }

    /// A dot inside single upper-case letters separated by dots ("U.S.", "U.S.A.").
    private static func isInitialism(_ scalars: [Unicode.Scalar], start: Int, dot: Int) -> Bool {
        guard dot - start <= maxInitialismScalars else { return false }
        var k = start
        while k < dot {
            guard scalars[k].isUpperCaseLetter else { return false }
            k += 1
            guard k == dot || scalars[k] == "." else { return false }
            if k < dot { k += 1 }
        }
        let next = dot + 1
        if next < scalars.count, scalars[next].isUpperCaseLetter,
           next + 1 >= scalars.count || !scalars[next + 1].isLowerCaseLetter {
            return true
        }
        // A final dot only closes an initialism that already has one ("U.S." but not "Moscow.").
        return dot - start >= 2
    }
}

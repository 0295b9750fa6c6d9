/// A word, number or punctuation mark of the body, with offsets in Unicode scalars.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punctuation }

    let text: String
    let lower: String
    let start: Int
    let end: Int
    let kind: Kind
    /// Starts with an upper-case letter ("Moscow", "UN", "McDonald").
    let isCapitalised: Bool
    /// Two or more letters, all upper case ("UN", "DPRK").
    let isAllCaps: Bool

    init(text: String, start: Int, end: Int, kind: Kind) {
        self.text = text
        self.lower = text.lowercased()
        self.start = start
        self.end = end
        self.kind = kind
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        isCapitalised = kind == .word && (text.unicodeScalars.first?.properties.isUppercase ?? false)
        isAllCaps = kind == .word && letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }

    var isWord: Bool { kind == .word }
}

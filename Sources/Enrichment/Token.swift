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
        isCapitalised = kind == .word && (text.unicodeScalars.first?.isUpperCaseLetter ?? false)
        var letters = 0, upper = 0
        if isCapitalised {
            for s in text.unicodeScalars where s.isLetter {
                letters += 1
                if s.isUpperCaseLetter { upper += 1 }
            }
        }
        isAllCaps = letters >= 2 && upper == letters
    }

    var isWord: Bool { kind == .word }
}

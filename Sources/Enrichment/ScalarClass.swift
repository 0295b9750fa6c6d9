/// Character classes with an ASCII fast path: Unicode property lookups are a binary search each, and
/// most news text is ASCII.
extension Unicode.Scalar {
    var isLetter: Bool {
        value < 0x80 ? (0x41...0x5A ~= value || 0x61...0x7A ~= value) : properties.isAlphabetic
    }

    var isUpperCaseLetter: Bool {
        value < 0x80 ? 0x41...0x5A ~= value : properties.isUppercase
    }

    var isLowerCaseLetter: Bool {
        value < 0x80 ? 0x61...0x7A ~= value : properties.isLowercase
    }

    var isSpace: Bool {
        value < 0x80 ? (value == 0x20 || 0x09...0x0D ~= value) : properties.isWhitespace
    }

    /// Letters, digits and combining marks: what words are made of.
    var isWordCharacter: Bool {
        if value < 0x80 { return 0x41...0x5A ~= value || 0x61...0x7A ~= value || 0x30...0x39 ~= value }
        let p = properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }
}

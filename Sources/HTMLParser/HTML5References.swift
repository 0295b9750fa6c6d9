import TextCore

/// Named character references HTML5 added to HTML 4's list ("&colon;", "&lbrack;", "&mldr;",
/// "&check;"): libxml2 2.9 knows HTML 4's references only and leaves these as literal text, where
/// a browser shows the character. Before parsing they are rewritten as numeric references
/// ("&#x3A;"), which libxml2 decodes in text and attribute values alike. The table holds the
/// additions that stand for ASCII punctuation, spaces, quotation marks and a few common symbols
/// (from the HTML standard's list of named references; mathematical and letter references are
/// left out: pages do not use them as text).
enum HTML5References {
    /// The page with every listed reference rewritten, or nil when it holds none (the usual case:
    /// one pass over the bytes, nothing copied). Linear in the page.
    static func rewritten(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var edits = ByteEdits(utf8)
        var index = 0
        let count = utf8.count
        let nameLimit = longestName
        while let ampersand = ByteSearch.firstOffset(of: UInt8(ascii: "&"), in: utf8, from: index) {
            index = ampersand
            // A name of letters and digits closed by ";", as long as the longest listed name.
            var end = index + 1
            while end < count, end - index <= nameLimit, isNameByte(utf8[end]) { end += 1 }
            guard end < count, utf8[end] == UInt8(ascii: ";"), end - index >= 3,
                  let scalar = table[String(decoding: UnsafeBufferPointer(rebasing: utf8[(index + 1)..<end]), as: UTF8.self)]
            else {
                index += 1
                continue
            }
            edits.replace(index..<(end + 1), with: Array("&#x\(String(scalar, radix: 16));".utf8))
            index = end + 1
        }
        return edits.result()
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    private static let longestName = table.keys.map(\.utf8.count).max() ?? 0

    private static let table: [String: UInt32] = [
        "Tab": 0x9, "NewLine": 0xA, "excl": 0x21, "QUOT": 0x22, "num": 0x23, "dollar": 0x24, "percnt": 0x25,
        "AMP": 0x26, "lpar": 0x28, "rpar": 0x29, "ast": 0x2A, "midast": 0x2A, "plus": 0x2B, "comma": 0x2C,
        "period": 0x2E, "sol": 0x2F, "colon": 0x3A, "semi": 0x3B, "LT": 0x3C, "equals": 0x3D, "GT": 0x3E,
        "quest": 0x3F, "commat": 0x40, "lbrack": 0x5B, "lsqb": 0x5B, "bsol": 0x5C, "rbrack": 0x5D, "rsqb": 0x5D,
        "Hat": 0x5E, "UnderBar": 0x5F, "lowbar": 0x5F, "DiacriticalGrave": 0x60, "grave": 0x60, "lbrace": 0x7B,
        "lcub": 0x7B, "VerticalLine": 0x7C, "verbar": 0x7C, "vert": 0x7C, "rbrace": 0x7D, "rcub": 0x7D,
        "COPY": 0xA9, "REG": 0xAE, "circledR": 0xAE, "CenterDot": 0xB7, "centerdot": 0xB7, "half": 0xBD,
        "emsp13": 0x2004, "emsp14": 0x2005, "numsp": 0x2007, "puncsp": 0x2008, "ThinSpace": 0x2009,
        "VeryThinSpace": 0x200A, "hairsp": 0x200A, "NegativeMediumSpace": 0x200B, "NegativeThickSpace": 0x200B,
        "NegativeThinSpace": 0x200B, "NegativeVeryThinSpace": 0x200B, "ZeroWidthSpace": 0x200B, "dash": 0x2010,
        "hyphen": 0x2010, "horbar": 0x2015, "Verbar": 0x2016, "Vert": 0x2016, "OpenCurlyQuote": 0x2018,
        "CloseCurlyQuote": 0x2019, "rsquor": 0x2019, "lsquor": 0x201A, "OpenCurlyDoubleQuote": 0x201C,
        "CloseCurlyDoubleQuote": 0x201D, "rdquor": 0x201D, "ldquor": 0x201E, "ddagger": 0x2021, "bullet": 0x2022,
        "mldr": 0x2026, "MediumSpace": 0x205F, "NoBreak": 0x2060, "TRADE": 0x2122, "bigstar": 0x2605,
        "starf": 0x2605, "star": 0x2606, "phone": 0x260E, "female": 0x2640, "male": 0x2642, "check": 0x2713,
        "checkmark": 0x2713, "cross": 0x2717
    ]
}

/// Charset labels as pages write them, mapped to the names iconv knows. Like browsers (the
/// WHATWG Encoding Standard), Latin-1 and ASCII labels mean windows-1252 and the Chinese,
/// Japanese and Korean labels mean their Windows supersets, since that is what servers send.
enum CharsetLabel {
    enum Resolved: Equatable {
        case utf8
        case utf16LE, utf16BE
        case legacy(String)
    }

    static func resolve(_ raw: String) -> Resolved? {
        let label = raw.lowercased().filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" }
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return .utf8
        case "utf-16", "utf-16le", "unicode", "ucs-2": return .utf16LE
        case "utf-16be": return .utf16BE
        default: break
        }
        if let name = aliases[label] { return .legacy(name) }
        if label.hasPrefix("iso-8859-") || label.hasPrefix("iso8859-") || label.hasPrefix("windows-125") {
            return .legacy(label.replacingPrefix("iso8859-", with: "iso-8859-").uppercased())
        }
        return nil
    }

    private static let aliases: [String: String] = [
        "us-ascii": "WINDOWS-1252", "ascii": "WINDOWS-1252", "iso-8859-1": "WINDOWS-1252",
        "iso8859-1": "WINDOWS-1252", "latin1": "WINDOWS-1252", "l1": "WINDOWS-1252", "cp1252": "WINDOWS-1252",
        "x-cp1252": "WINDOWS-1252", "iso-8859-15": "ISO-8859-15", "latin9": "ISO-8859-15", "iso-8859-2": "ISO-8859-2",
        "cp1250": "WINDOWS-1250", "cp1251": "WINDOWS-1251", "x-cp1251": "WINDOWS-1251", "win-1251": "WINDOWS-1251",
        "koi8-r": "KOI8-R", "koi8r": "KOI8-R", "koi8-u": "KOI8-U", "koi8-ru": "KOI8-U",
        "iso-8859-9": "WINDOWS-1254", "latin5": "WINDOWS-1254", "tis-620": "WINDOWS-874", "iso-8859-11": "WINDOWS-874",
        "shift_jis": "CP932", "shift-jis": "CP932", "sjis": "CP932", "x-sjis": "CP932", "ms_kanji": "CP932",
        "windows-31j": "CP932", "cp932": "CP932", "euc-jp": "EUC-JP", "x-euc-jp": "EUC-JP", "iso-2022-jp": "ISO-2022-JP",
        "gb2312": "GB18030", "gbk": "GB18030", "gb18030": "GB18030", "x-gbk": "GB18030", "cp936": "GB18030",
        "euc-cn": "GB18030", "big5": "BIG5-HKSCS", "big5-hkscs": "BIG5-HKSCS", "x-x-big5": "BIG5-HKSCS",
        "cn-big5": "BIG5-HKSCS", "euc-kr": "CP949", "ks_c_5601-1987": "CP949", "cp949": "CP949", "korean": "CP949",
        "windows-874": "WINDOWS-874", "macintosh": "MACINTOSH", "x-mac-roman": "MACINTOSH",
    ]
}

private extension String {
    func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}

/// Writing systems, by Unicode block. Enrichment narrows language candidates with them;
/// extraction's word measures ask which scripts write words without spaces between them.
public enum Script: Sendable, Hashable {
    case latin, cyrillic, arabic, devanagari, greek, hebrew, thai, hangul, han, kana, armenian, georgian,
         bengali, tamil, myanmar, khmer, lao, other

    public init(_ s: Unicode.Scalar) {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: self = .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: self = .greek
        case 0x400...0x52F: self = .cyrillic
        case 0x530...0x58F: self = .armenian
        case 0x590...0x5FF: self = .hebrew
        case 0x600...0x6FF, 0x750...0x77F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: self = .arabic
        case 0x900...0x97F: self = .devanagari
        case 0x980...0x9FF: self = .bengali
        case 0xB80...0xBFF: self = .tamil
        case 0xE00...0xE7F: self = .thai
        case 0xE80...0xEFF: self = .lao
        case 0x1000...0x109F: self = .myanmar
        case 0x1780...0x17FF: self = .khmer
        case 0x10A0...0x10FF: self = .georgian
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: self = .hangul
        case 0x3040...0x30FF, 0x31F0...0x31FF: self = .kana
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF: self = .han
        default: self = .other
        }
    }

    /// Scripts that write words without spaces between them: a space-separated "word" there is a
    /// whole clause or sentence.
    public var writesWithoutSpaces: Bool {
        switch self {
        case .han, .kana, .thai, .myanmar, .khmer, .lao: return true
        default: return false
        }
    }
}

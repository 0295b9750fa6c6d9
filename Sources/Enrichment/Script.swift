import TextCore

extension Script {
    /// The language a script alone identifies, if any.
    var soleLanguage: String? {
        switch self {
        case .greek: return "el"
        case .hebrew: return "he"
        case .thai: return "th"
        case .hangul: return "ko"
        case .armenian: return "hy"
        case .georgian: return "ka"
        case .bengali: return "bn"
        case .tamil: return "ta"
        default: return nil
        }
    }
}

/// Short function words of the languages the sources mostly write in; their density tells
/// prose from lists of names and labels.
enum StopWords {
    static let all: Set<String> = [
        // English
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
        "from", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these",
        "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "not", "no", "has",
        "have", "had", "will", "would", "can", "could", "if", "than", "then", "so", "who", "which",
        "what", "when", "there", "about", "into", "also", "more", "after", "over",
        // German
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "dem", "des", "zu",
        "von", "auf", "sich", "auch", "es", "im", "sie", "er", "wir", "wird", "dass", "für", "aus",
        // French, Spanish, Italian, Portuguese
        "le", "la", "les", "et", "est", "un", "une", "des", "du", "que", "qui", "pas", "il", "elle",
        "el", "los", "las", "y", "es", "en", "del", "con", "por", "para", "una", "se", "lo", "di",
        "il", "che", "non", "per", "o", "e", "da", "em", "os", "um",
    ]

    /// ASCII stop words of up to five letters as big-endian packed bytes, for `BlockFeatures`.
    static let packed: Set<UInt64> = Set(all.filter { $0.utf8.count <= 5 && $0.allSatisfy(\.isASCII) }.map { word in
        word.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    })
}

/// Word counts for heuristics: tokens between single spaces, which is what block text holds
/// after the parser collapsed its whitespace (cheaper than `Article.wordCount`'s \w+ count).
extension StringProtocol {
    var spaceSeparatedWords: Int {
        var spaces = 0
        for byte in utf8 where byte == 0x20 { spaces += 1 }
        return isEmpty ? 0 : spaces + 1
    }
}

extension [String] {
    var spaceSeparatedWords: Int { reduce(0) { $0 + $1.spaceSeparatedWords } }
}

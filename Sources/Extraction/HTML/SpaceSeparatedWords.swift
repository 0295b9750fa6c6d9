/// Word counts for heuristics: tokens between single spaces, which is what block text holds
/// after the parser collapsed its whitespace (cheaper than `Article.wordCount`'s \w+ count).
extension [String] {
    var spaceSeparatedWords: Int { reduce(0) { $0 + $1.split(separator: " ").count } }
}

/// Placeholder: the text-dump heuristics replace this.
enum TextDumpExtractor {
    static func extract(_ text: String) throws(ExtractionError) -> Article {
        Article(format: .text, paragraphs: Paragraphs.split(text))
    }
}

import TextCore

extension Article {
    /// Words in the body as `TextMeasures` counts them: runs of letters or digits, and in
    /// scripts written without spaces (Chinese, Japanese, Thai, ...) their characters by the
    /// script's mean word length.
    public var wordCount: Int { TextMeasures.words(in: body) }
}

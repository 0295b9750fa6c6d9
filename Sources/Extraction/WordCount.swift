extension Article {
    /// Words in the body: maximal runs of letters or digits, as `\w+` counts them.
    public var wordCount: Int {
        var count = 0
        var inWord = false
        for scalar in body.unicodeScalars {
            let isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
            if isWord && !inWord { count += 1 }
            inWord = isWord
        }
        return count
    }
}

/// Words that say which date a line gives; matched on lower-cased letter runs.
public enum DateLabelWords {
    public static func label(for words: [String]) -> DateMention.Label {
        if words.contains(where: updated.contains) { return .updated }
        if words.contains(where: published.contains) { return .published }
        return .unlabelled
    }

    /// "Date:" alone, "Published:" alone: the page has a slot for the date and left it empty.
    public static func isLabelOnly(_ words: [String]) -> Bool {
        !words.isEmpty && words.count <= 3 && words.allSatisfy { published.contains($0) || updated.contains($0) || $0 == "on" || $0 == "last" }
    }

    /// Whether `text` can hold a "Published ..." label at all (one of the words occurs in it): a
    /// cheap test before a full scan of a line that is most likely not a dateline.
    public static func mayHoldPublishedLabel<S: StringProtocol>(_ text: S) -> Bool {
        mayHold(text, publishedBytes)
    }

    /// The same for an "Updated ..." label.
    public static func mayHoldUpdatedLabel<S: StringProtocol>(_ text: S) -> Bool {
        mayHold(text, updatedBytes)
    }

    private static func mayHold<S: StringProtocol>(_ text: S, _ words: [[UInt8]]) -> Bool {
        var lowered = ByteSearch.asciiLowercased(text)
        if lowered.contains(where: { $0 >= 0x80 }) { lowered = Array(text.lowercased().utf8) }
        return words.contains { lowered.containsBytes($0) }
    }

    private static let publishedBytes = published.map { Array($0.utf8) }
    private static let updatedBytes = updated.map { Array($0.utf8) }

    /// Words that call the date before them the publication, in a post's footer sentence ("...
    /// wurde am 19. Mai 2010 um 23:03 Uhr gepostet", "... le 3 mai 2010 publié"): participles
    /// only, so "veröffentlichte Studie" in prose is no label.
    public static func isTrailingPublished(_ word: String) -> Bool { trailingPublished.contains(word) }

    /// Whether `text` can hold a trailing publication label: the cheap test before tokenising.
    public static func mayHoldTrailingPublished<S: StringProtocol>(_ text: S) -> Bool {
        mayHold(text, trailingPublishedBytes)
    }

    private static let trailingPublished: Set<String> = [
        "veröffentlicht", "gepostet", "publiziert", "published", "posted", "publié", "publicado", "pubblicato",
    ]
    private static let trailingPublishedBytes = trailingPublished.map { Array($0.utf8) }

    private static let published: Set<String> = [
        "published", "posted", "date", "dated", "released", "veröffentlicht", "publiziert", "datum",
        "publié", "publie", "publicado", "fecha", "erstellt", "created",
    ]
    private static let updated: Set<String> = [
        "updated", "modified", "edited", "revised", "aktualisiert", "geändert", "actualizado",
        "actualisé", "mis", "update",
    ]
}

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

    private static let published: Set<String> = [
        "published", "posted", "date", "dated", "released", "veröffentlicht", "publiziert", "datum",
        "publié", "publie", "publicado", "fecha", "erstellt", "created",
    ]
    private static let updated: Set<String> = [
        "updated", "modified", "edited", "revised", "aktualisiert", "geändert", "actualizado",
        "actualisé", "mis", "update",
    ]
}

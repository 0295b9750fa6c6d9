/// One date found in a line of text, with what the words before it say it is.
public struct DateMention: Sendable, Equatable {
    public enum Label: Sendable, Equatable {
        /// "Published", "Posted", "Date:" and the like.
        case published
        /// "Updated", "Last modified", ...
        case updated
        case unlabelled
    }

    public var date: CalendarDate
    public var label: Label
}

/// All dates of one line, and whether the line says nothing but the date (a "bare" date line
/// such as a site's "today" widget or a dateline of its own).
public struct DateLine: Sendable, Equatable {
    public var mentions: [DateMention]
    public var isBare: Bool
    /// The line is only a label ("Date:", "Last updated:"): which date it announces. The date
    /// may follow on the next line, or the slot may be empty.
    public var emptyLabel: DateMention.Label?
}

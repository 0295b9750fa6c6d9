/// One occurrence of a name, before mentions are grouped into entities.
struct Mention: Sendable {
    enum Evidence: Sendable {
        /// Gazetteer, title, organisation or location word: the type is settled.
        case strong
        /// A guess from context or shape; coreference with a known name may override it.
        case weak
        /// A weekday or month name: kept only when it is a known person's name ("Monday suggested").
        case temporal
        /// A lone word that names nothing by itself: an organisation word ("the League") kept only when
        /// an organisation named earlier holds it ("Australian League of Rights"), or a German common
        /// noun ("Müller") kept only when it is the surname of a person named earlier ("Thomas Müller").
        case backReference
    }

    /// Token indices of the name itself (titles and roles excluded).
    var tokens: Range<Int>
    var type: Enrichment.EntityType
    var evidence: Evidence
    /// A title standing before the name ("Minister of State Security").
    var title: String?
}

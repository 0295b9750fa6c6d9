import Testing
@testable import Enrichment

/// Name shapes of the supported European languages: hyphenated names, connector runs, sentence-case
/// organisation names, lone organisation words and given names that are function words elsewhere.
struct EuropeanNameTests {
    func entities(_ text: String, _ code: String) -> [Enrichment.Entity] {
        let doc = Document(text, language: LanguageResources.forLanguage(code))
        return CoreferenceResolver().entities(from: EntityRecognizer().mentions(in: doc), in: doc)
    }

    func type(of name: String, in text: String, _ code: String) -> Enrichment.EntityType? {
        entities(text, code).first { $0.canonical == name }?.type
    }

    /// "Boulogne-sur-Mer" came out as "Boulogne"; "Marie-George" was cut at "George" (a city);
    /// "Saint-Georges" was read as the title "Saint" and the name "-Georges".
    @Test func hyphenatedNamesAreOneName() {
        #expect(type(of: "Boulogne-sur-Mer", in: "Il est né à Boulogne-sur-Mer en 1950.", "fr") == .location)
        #expect(type(of: "Marie-George Buffet", in: "Marie-George Buffet a parlé hier.", "fr") == .person)
        #expect(entities("Une radio de Saint-Georges émet.", "fr").map(\.canonical) == ["Saint-Georges"])
        #expect(type(of: "Baden-Württemberg", in: "Sie trafen sich in Baden-Württemberg mit Vertretern der Union.", "de") == .location)
        #expect(entities("Die Bundesregierung traf sich mit Vertretern.", "de").map(\.canonical) == ["Bundesregierung"])
        #expect(Set(entities("The Russia-Ukraine talks stalled.", "en").map(\.canonical)) == ["Russia", "Ukraine"])
    }

    /// A person named right after a capitalised word became one name with it: "Santé Roman Prymula",
    /// "Etat Miloš Zeman" (radio.cz), "Hôpital universitaire d'Ostrava Jiří Havrlant". Names of places,
    /// particles and organisations keep their given names ("San Francisco Chronicle", "Rue Victor Hugo").
    @Test func personAfterACapitalisedWordIsSplitOff() {
        let text = "Le ministre de la Santé Roman Prymula a rencontré le chef de l'Etat Miloš Zeman et le directeur de l'Hôpital universitaire d'Ostrava Jiří Havrlant."
        let names = Set(entities(text, "fr").map(\.canonical))
        #expect(names.isSuperset(of: ["Roman Prymula", "Miloš Zeman", "Jiří Havrlant"]))
        #expect(!names.contains { $0.hasSuffix("Roman Prymula") && $0 != "Roman Prymula" })
        let kept = Set(entities("Selon le San Francisco Chronicle, la Rue Victor Hugo et San Carlo Canavese sont calmes.", "fr").map(\.canonical))
        #expect(kept.isSuperset(of: ["San Francisco Chronicle", "Rue Victor Hugo"]))
        #expect(!kept.contains("Carlo Canavese"))
    }

    /// Connector runs of two words ("von der", "de la") joined nothing.
    @Test func twoConnectorsJoinAName() {
        #expect(type(of: "Ursula von der Leyen", in: "Gestern sprach Ursula von der Leyen in Brüssel.", "de") == .person)
        #expect(type(of: "Ursula von der Leyen", in: "Il Consiglio ha incontrato Ursula von der Leyen ieri.", "it") == .person)
        #expect(entities("Il a quitté la commune de la Charente-Maritime.", "fr").map(\.canonical) == ["Charente-Maritime"])
    }

    /// After an organisation word a given name starts a person, not the rest of the organisation.
    @Test func givenNameAfterConnectorStartsAPerson() {
        let names = entities("Elle a rejoint le Parti de Marine Le Pen en mai.", "fr").map(\.canonical)
        #expect(names == ["Marine Le Pen"])
    }

    /// French and Italian write organisation names in sentence case; a verb after the organisation word
    /// is no part of the name.
    @Test func sentenceCaseOrganisationNames() {
        let fr = entities("Le Parti socialiste a gagné, selon l'Organisation mondiale de la santé et la Banque centrale européenne.", "fr")
        #expect(fr.map(\.canonical) == ["Parti socialiste", "Organisation mondiale de la santé", "Banque centrale européenne"])
        #expect(fr.allSatisfy { $0.type == .organization })
        #expect(entities("Le Conseil indique que la réunion est reportée.", "fr").isEmpty)
        #expect(entities("Le Conseil existe depuis 1958.", "fr").isEmpty)
        #expect(type(of: "Corte costituzionale", in: "Ieri la Corte costituzionale ha deciso.", "it") == .organization)
        // English capitalises every word of a name: no lower-case continuation.
        #expect(entities("The Council said little.", "en").isEmpty)
    }

    /// A lone organisation word named an organisation ("Parti", "University"); now it only counts when it
    /// refers back to an organisation named in full.
    @Test func loneOrganisationWordRefersBackOrNamesNothing() {
        let league = entities("The Australian League of Rights was formed in 1960. The League denies it.", "en")
        #expect(league.map(\.canonical) == ["Australian League of Rights"])
        #expect(league.first?.count == 2)
        #expect(entities("Parti fédéraliste", "fr").map(\.canonical) == ["Parti fédéraliste"])
        #expect(entities("The University said it would appeal.", "en").isEmpty)
        #expect(type(of: "Bundestag", in: "Der Bundestag stimmte zu.", "de") == .organization)
    }

    /// "Le" and "Van" are census given names; in French and Dutch text they are articles and prepositions.
    @Test func givenNamesThatAreFunctionWordsThere() {
        #expect(entities("Le Parti socialiste a gagné.", "fr").map(\.canonical) == ["Parti socialiste"])
        let fr = LanguageResources.forLanguage("fr")!
        #expect(!fr.isGivenName(Token(text: "Le", start: 0, end: 2, kind: .word)))
        #expect(!LanguageResources.forLanguage("nl")!.isGivenName(Token(text: "Van", start: 0, end: 3, kind: .word)))
        #expect(fr.isGivenName(Token(text: "Étienne", start: 0, end: 7, kind: .word)))
    }

    /// German surnames that are nouns too ("Müller", "Weber") were cut off or dropped, and nouns the
    /// list lacked ("Stadt", "Osten": hunspell entries without a plural flag, or whose plural has an
    /// umlaut) were names.
    @Test func germanSurnamesThatAreNouns() {
        let text = "Thomas Müller traf Herrn Weber in Berlin. Müller sagte, die Stadt sei schön. Im Osten liegt die Hauptstadt. Weber lachte."
        let e = entities(text, "de")
        #expect(e.map(\.canonical) == ["Thomas Müller", "Weber", "Berlin"])
        #expect(e.first?.count == 2 && e.dropFirst().first?.count == 2)
        #expect(e.first { $0.canonical == "Weber" }?.role == "Herrn")
        #expect(entities("Die Stadt liegt im Süden.", "de").isEmpty)
    }

    /// Nouns the dictionary lists without a plural, only with a linking "s" for compounds ("Zukunft/m",
    /// "Zukunfts/hij"), were one-word places after a place preposition ("in Zukunft").
    @Test func nounsKnownByTheirCompoundFormAreNoPlaces() {
        let text = "In Zukunft wollen wir mehr tun. Die Ausstellung im Zentrum zeigt die Bilder. Sie wohnt in Hamburg und arbeitet im Museum."
        #expect(entities(text, "de").map(\.canonical) == ["Hamburg"])
        #expect(entities("Nach Mitternacht saß sie im Publikum.", "de").isEmpty)
    }

    /// Sentence-initial adverbs ("Zudem", "Gleichzeitig") and loanwords the German dictionary lacks
    /// ("Ticket", "Lounge") were names; a lone unknown word now counts only as a short form of a name
    /// given in full. "Mitte Oktober" was one organisation (only English month names ended a name).
    @Test func loneUnknownWordsInLanguagesWithoutAFullLexicon() {
        let text = "Angela Merkel fuhr nach Hamburg. Zudem gilt das Ticket ab Mitte Oktober. Gleichzeitig lachte Merkel."
        let e = entities(text, "de")
        #expect(e.map(\.canonical) == ["Angela Merkel", "Hamburg"])
        #expect(e.first?.count == 2)
        #expect(entities("Zudem kostet die Lounge mehr.", "de").isEmpty)
    }

    /// Two or three unknown words were a person by default; most such names are organisations or works.
    @Test func unknownNamesArePeopleOnlyWithASurname() {
        #expect(type(of: "Depeche Mode", in: "Il a vu Depeche Mode hier.", "fr") != .person)
        #expect(type(of: "Xhafer Nieminen", in: "Il a vu Xhafer Nieminen hier.", "fr") == .person)
    }

    /// Name particles ("Le", "La") are capitalised function words, no sign of a title-case heading; a
    /// function word does not end a name.
    @Test func particlesAndTrailingFunctionWords() {
        #expect(type(of: "Daniel Le Bras", in: "Daniel Le Bras (Dan Ar Braz)", "fr") == .person)
        #expect(entities("Un texte signé Philippe Douroux Le 5 mars", "fr").map(\.canonical) == ["Philippe Douroux"])
        #expect(type(of: "Empire russe", in: "Elle fut intégrée à l'Empire russe en 1795.", "fr") == .location)
    }
}

import Testing
@testable import Enrichment

struct EntityRecognizerTests {
    func entities(_ text: String) -> [Enrichment.Entity] {
        let doc = Document(text)
        return CoreferenceResolver().entities(from: EntityRecognizer().mentions(in: doc), in: doc)
    }

    func type(of name: String, in text: String) -> Enrichment.EntityType? {
        entities(text).first { $0.canonical == name }?.type
    }

    @Test func organisationWordsMakeOrganisations() {
        #expect(type(of: "Stanford University", in: "She studied at Stanford University last year.") == .organization)
        #expect(type(of: "Ministry of Defence", in: "A statement from the Ministry of Defence followed.") == .organization)
        #expect(type(of: "NATO", in: "Officials at NATO met again.") == .organization)
    }

    @Test func gazetteerAndSuffixesMakeLocations() {
        #expect(type(of: "Berlin", in: "Talks were held in Berlin on Friday.") == .location)
        #expect(type(of: "Heathrow Airport", in: "He landed at Heathrow Airport.") == .location)
    }

    @Test func sentenceInitialCommonWordIsNoName() {
        let names = entities("Analysts expect Maria Lopez to win.").map(\.canonical)
        #expect(names == ["Maria Lopez"])
    }

    @Test func titleIsSplitFromName() {
        let e = entities("Foreign Minister Anna Berg arrived.").first
        #expect(e?.canonical == "Anna Berg")
        #expect(e?.role == "Foreign Minister")
        #expect(e?.type == .person)
    }

    @Test func demonymsAreNotEntities() {
        #expect(entities("Russian and Ukrainian officials met.").isEmpty)
    }

    @Test func spansAreScalarOffsets() {
        let text = "Café owner Élise Martin said prices rose."
        let e = entities(text).first { $0.canonical == "Élise Martin" }
        let scalars = Array(text.unicodeScalars)
        let span = e?.spans.first ?? [0, 0]
        #expect(String(String.UnicodeScalarView(scalars[span[0]..<span[1]])) == "Élise Martin")
    }

    @Test func shortFormJoinsNearestPrecedingFullName() {
        let text = "Kim Jong Un met Kim Yo Jong. Later Kim Yo Jong left. Kim said nothing."
        let es = entities(text)
        #expect(es.first { $0.canonical == "Kim Yo Jong" }?.count == 3)
        #expect(es.first { $0.canonical == "Kim Jong Un" }?.count == 1)
    }

    @Test func weekdayIsAPersonOnlyInNameContext() {
        let es = entities("Chris Monday, an analyst at Acme Institute, spoke. On Monday the talks ended. Monday warned of delays.")
        #expect(es.first { $0.canonical == "Chris Monday" }?.count == 2)
    }
}

struct EntityRecognizerRuleTests {
    func entities(_ text: String) -> [Enrichment.Entity] {
        let doc = Document(text)
        return CoreferenceResolver().entities(from: EntityRecognizer().mentions(in: doc), in: doc)
    }

    @Test func initialsStayInsideNames() {
        #expect(entities("The order came from George F. Hauser yesterday.").map(\.canonical) == ["George F. Hauser"])
    }

    @Test func regionsAndCompassNames() {
        let es = entities("Fighting spread across the Middle East and into West Jersey.")
        #expect(es.map(\.type) == [.location, .location])
    }

    @Test func regionalDemonymIsNoEntity() {
        #expect(entities("They hired Central Asian migrants.").isEmpty)
    }

    @Test func countryBeforeTitleIsNoPartOfTheRole() {
        let e = entities("It was signed by U.S. Secretary of State John Kerry.").first { $0.type == .person }
        #expect(e?.canonical == "John Kerry")
        #expect(e?.role == "Secretary of State")
    }
}

struct CodeTests {
    /// A Guatemalan page's prices ("Q179", quetzales) were names of unknown kind, an aircraft's
    /// registration ("N799RM") and a trial's "II" organisations.
    @Test func loneCodesAndNumeralsAreNoNames() {
        let text = "El galón subió a Q179 esta semana. La aeronave con matrícula N799RM sigue retenida. El caso Golpe II entra en la recta final."
        let doc = Document(text, language: LanguageResources.forLanguage("es"))
        let names = CoreferenceResolver().entities(from: EntityRecognizer().mentions(in: doc), in: doc).map(\.canonical)
        #expect(!names.contains("Q179") && !names.contains("N799RM") && !names.contains("II"))
        #expect(EntityRecognizer.isCodeOrNumeral("XXI") && EntityRecognizer.isCodeOrNumeral("CO2"))
        #expect(!EntityRecognizer.isCodeOrNumeral("NATO") && !EntityRecognizer.isCodeOrNumeral("Ivo") && !EntityRecognizer.isCodeOrNumeral("I"))
        // A code inside a longer name stays part of it.
        let show = Document("La ministra habló con T13 Noche el martes.", language: LanguageResources.forLanguage("es"))
        #expect(CoreferenceResolver().entities(from: EntityRecognizer().mentions(in: show), in: show).map(\.canonical) == ["T13 Noche"])
    }
}

struct HeadlineTests {
    @Test func titleCaseHeadingsYieldOnlyVouchedNames() {
        let doc = Document("Balanced Meals Are Here\nSmarter Choices Without Compromise\nThe chef cooked in Moscow.")
        let names = CoreferenceResolver().entities(from: EntityRecognizer().mentions(in: doc), in: doc).map(\.canonical)
        #expect(names == ["Moscow"])
    }

    /// A Spanish entertainment page's shouted subheadings came out as names: "ME ESCAPÉ DEL COLEGIO",
    /// "POR SER FAN ENAMORADA" (other), "MAGALY MEDINA". Capitals say nothing about names there; a
    /// vouched name (the gazetteer, an acronym in a normal sentence) still counts.
    @Test func shoutedLinesYieldOnlyVouchedNames() {
        let text = "MAGALY MEDINA\nME ESCAPÉ DEL COLEGIO\nLa conductora Magaly Medina contó su historia en Lima."
        let doc = Document(text, language: LanguageResources.forLanguage("es"))
        let names = CoreferenceResolver().entities(from: EntityRecognizer().mentions(in: doc), in: doc).map(\.canonical)
        #expect(!names.contains("MAGALY MEDINA") && !names.contains { $0.contains("COLEGIO") })
        #expect(names.contains("Magaly Medina") && names.contains("Lima"))
        let un = Document("La ONU y la OTAN se reunieron ayer en Ginebra.", language: LanguageResources.forLanguage("es"))
        #expect(Set(CoreferenceResolver().entities(from: EntityRecognizer().mentions(in: un), in: un).map(\.canonical)).isSuperset(of: ["ONU", "OTAN"]))
    }

    /// A line listing names without a full stop used to count as a title-case heading, so its names
    /// were dropped; title case shows in a capitalised function word ("Are").
    @Test func aListOfNamesIsNoHeading() {
        let doc = Document("The cast:\nDakota Johnson, Rebel Wilson, Leslie Mann\nThe film opened in May.")
        let names = CoreferenceResolver().entities(from: EntityRecognizer().mentions(in: doc), in: doc).map(\.canonical)
        #expect(names == ["Dakota Johnson", "Rebel Wilson", "Leslie Mann"])
    }
}

struct NameSuffixTests {
    @Test func juniorKeepsItsFullStop() {
        let doc = Document("A speech by Martin Luther King Jr. was read aloud.")
        let names = CoreferenceResolver().entities(from: EntityRecognizer().mentions(in: doc), in: doc).map(\.canonical)
        #expect(names == ["Martin Luther King Jr."])
    }
}

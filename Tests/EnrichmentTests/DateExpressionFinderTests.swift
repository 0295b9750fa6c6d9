import Testing
@testable import Enrichment
import TextCore

struct DateExpressionFinderTests {
    func dates(_ text: String, _ published: String?) -> [DateMention] {
        DateExpressionFinder().dates(in: Document(text), publishedAt: published, excluding: [])
    }

    @Test func absoluteDatesResolveWithoutPublicationDate() {
        let d = dates("It opened on July 1, 2025 and closed 3 March 2026, then reopened 2026-04-02.", nil)
        #expect(d.map(\.resolved) == ["2025-07-01", "2026-03-03", "2026-04-02"])
    }

    @Test func relativeDatesNeedTrustedPublicationDate() {
        let d = dates("The forum ran from Tuesday to Thursday and ended yesterday.", nil)
        #expect(d.count == 3)
        #expect(d.allSatisfy { $0.resolved == nil && $0.reason == DateExpressionFinder.noTrustedDate })
    }

    @Test func relativeDatesResolveAgainstPublicationDate() {
        // 2025-07-01 was a Tuesday.
        let d = dates("It began on Monday, ends on Thursday, was planned last year, and runs this week.", "2025-07-01T08:00:00Z")
        #expect(d.map(\.resolved) == ["2025-06-30", "2025-07-03", "2024-01-01/2024-12-31", "2025-06-30/2025-07-06"])
    }

    @Test func agoCountsBackFromPublication() {
        let d = dates("It started three days ago, paused 2 weeks ago and was planned a year ago.", "2025-07-01")
        #expect(d.map(\.resolved) == ["2025-06-28", "2025-06-17", "2024-01-01/2024-12-31"])
    }

    @Test func mayTheVerbIsNoDate() {
        #expect(dates("The visit may pave the way. May we hope?", "2025-07-01").isEmpty)
        #expect(dates("Elections are due in May.", "2025-07-01").first?.resolved == "2025-05-01/2025-05-31")
    }

    @Test func offsetsAreScalars() {
        let d = dates("Café — on 5 May 2024.", nil)
        #expect(d.first?.start == 10)
        #expect(d.first?.text == "5 May 2024")
    }
}

/// Relative day words and weekdays of every supported language, resolved against the publication date
/// (2025-03-05 was a Wednesday). Only English "yesterday"/"today" and a few others were read before.
struct EuropeanRelativeDateTests {
    func resolved(_ text: String, _ code: String) -> [String?] {
        DateExpressionFinder().dates(in: Document(text, language: LanguageResources.forLanguage(code)), language: code,
                                     publishedAt: "2025-03-05", excluding: []).map(\.resolved)
    }

    @Test(arguments: [
        ("Der Minister sprach gestern, heute und am Montag; vorgestern schwieg er, morgen reist er ab.", "de",
         ["2025-03-04", "2025-03-05", "2025-03-03", "2025-03-03", "2025-03-06"]),
        ("Le ministre a parlé hier, aujourd'hui et lundi ; avant-hier il se taisait, demain il part.", "fr",
         ["2025-03-04", "2025-03-05", "2025-03-03", "2025-03-03", "2025-03-06"]),
        ("El ministro habló ayer, hoy y el lunes; anteayer calló y mañana se marcha.", "es",
         ["2025-03-04", "2025-03-05", "2025-03-03", "2025-03-03", "2025-03-06"]),
        ("Il ministro ha parlato ieri, oggi e lunedì; domani parte.", "it",
         ["2025-03-04", "2025-03-05", "2025-03-03", "2025-03-06"]),
        ("De minister sprak gisteren, vandaag en maandag; eergisteren zweeg hij en morgen vertrekt hij.", "nl",
         ["2025-03-04", "2025-03-05", "2025-03-03", "2025-03-03", "2025-03-06"]),
        ("O ministro falou ontem, hoje e na segunda; amanhã parte.", "pt",
         ["2025-03-04", "2025-03-05", "2025-03-03", "2025-03-06"]),
    ] as [(String, String, [String?])])
    func relativeWordsAndWeekdays(text: String, code: String, expected: [String?]) {
        #expect(resolved(text, code) == expected)
    }

    /// "Morgen" and "mañana" are also "morning": "heute Morgen", "esta mañana" are no tomorrow.
    @Test func morningIsNoTomorrow() {
        #expect(resolved("Er kam heute Morgen an.", "de") == ["2025-03-05"])
        #expect(resolved("Llegó esta mañana.", "es").isEmpty)
        #expect(resolved("Llega pasado mañana.", "es").isEmpty)
    }

    /// Another language's words are not read: "hier" is "here" in Dutch.
    @Test func wordsBelongToTheirLanguage() {
        #expect(resolved("Hij woont hier al jaren.", "nl").isEmpty)
    }
}

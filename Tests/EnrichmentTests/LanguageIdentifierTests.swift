import Testing
@testable import Enrichment

struct LanguageIdentifierTests {
    let identifier = LanguageIdentifier()

    @Test(arguments: [
        ("The minister said the talks would continue next week in the capital.", "en"),
        ("Le ministre a déclaré que les négociations reprendraient la semaine prochaine.", "fr"),
        ("Der Minister sagte, die Gespräche würden nächste Woche fortgesetzt.", "de"),
        ("El ministro dijo que las conversaciones continuarán la próxima semana.", "es"),
        ("Министр заявил, что переговоры продолжатся на следующей неделе.", "ru"),
        ("Міністр заявив, що переговори продовжаться наступного тижня.", "uk"),
        ("الوزير قال إن المحادثات ستستمر الأسبوع المقبل", "ar"),
        ("부장관은 다음 주에 회담이 계속될 것이라고 말했다", "ko"),
        ("大臣は来週も協議を続けると述べた。", "ja"),
        ("部长表示会谈将于下周继续。", "zh"),
        ("Ο υπουργός είπε ότι οι συνομιλίες θα συνεχιστούν", "el"),
    ])
    func identifiesLanguage(text: String, code: String) {
        #expect(identifier.identify(text).code == code)
    }

    @Test func undeterminedWithoutLetters() {
        #expect(identifier.identify("1234 — 5678 !!").code == "und")
        #expect(identifier.identify("").code == "und")
    }

    @Test func mixedScriptsAreUndetermined() {
        #expect(identifier.identify("Привет всем друзьям hello all my friends").code == "und")
    }

    @Test func confidenceIsAProbability() {
        let c = identifier.identify("The minister said the talks would continue.").confidence
        #expect(c > 0.5 && c <= 1)
    }
}

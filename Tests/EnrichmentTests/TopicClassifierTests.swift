import Testing
@testable import Enrichment

struct TopicClassifierTests {
    @Test func sportArticle() {
        let text = "The striker scored twice as the team won the league match. The coach praised the players after the championship game in the stadium."
        #expect(TopicClassifier().topics(of: Document(text)).first?.code == "medtop:15000000")
    }

    @Test func healthArticle() {
        let text = "Hospitals reported a surge in whooping cough cases. Doctors urged parents to vaccinate children as the outbreak spread and patients filled clinics."
        #expect(TopicClassifier().topics(of: Document(text)).first?.code == "medtop:07000000")
    }

    @Test func tooLittleEvidenceGivesNoTopic() {
        #expect(TopicClassifier().topics(of: Document("A short note.")).isEmpty)
    }
}

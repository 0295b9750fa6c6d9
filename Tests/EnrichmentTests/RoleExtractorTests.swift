import Testing
@testable import Enrichment

struct RoleExtractorTests {
    func role(_ text: String, _ name: String) -> String? {
        let doc = Document(text)
        let entities = CoreferenceResolver().entities(from: EntityRecognizer().mentions(in: doc), in: doc)
        return entities.first { $0.canonical == name }?.role
    }

    @Test func appositive() {
        #expect(role("Jane Doe, a senior economist at the World Bank, disagreed.", "Jane Doe") == "senior economist at the World Bank")
        #expect(role("They met Tom Hale, the head of security, on Friday.", "Tom Hale") == "head of security")
    }

    @Test func lowerCaseRoleBeforeName() {
        #expect(role("It was confirmed by French foreign minister Jean Barrot today.", "Jean Barrot") == "French foreign minister")
    }

    @Test func noRoleWithoutEvidence() {
        #expect(role("Yesterday Tom Hale went home.", "Tom Hale") == nil)
    }
}

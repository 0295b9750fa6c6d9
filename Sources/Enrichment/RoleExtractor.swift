/// A person's role as the text states it: a title before the name ("Minister of State Security"),
/// a lower-case role phrase before it ("Russian security chief"), or an appositive after it
/// (", a Russia researcher at Dongseo University,").
enum RoleExtractor {
    static func role(of mention: Mention, in doc: Document) -> String? {
        guard let lang = doc.language(atToken: mention.tokens.lowerBound) else { return mention.title }
        return mention.title ?? appositive(doc, lang, after: mention.tokens) ?? preNominal(doc, lang, before: mention.tokens)
    }

    private static let maxRoleTokens = 12

    /// ", [a|an|the] <phrase with a role noun>," right after the name.
    static func appositive(_ doc: Document, _ lang: LanguageResources, after name: Range<Int>) -> String? {
        let tokens = doc.tokens
        var i = name.upperBound
        guard i < tokens.count, tokens[i].text == "," else { return nil }
        i += 1
        if i < tokens.count, lang.determiners.contains(tokens[i].lower) { i += 1 }
        let start = i
        var sawRoleHead = false
        while i < tokens.count, i - start < maxRoleTokens {
            let t = tokens[i]
            if t.kind == .punctuation, t.text != "-", t.text != "'s", t.text != "&", !Tokenizer.isElision(t) { break }
            if lang.roleHeads.contains(t.lower) { sawRoleHead = true }
            i += 1
        }
        // The phrase must close with a comma or the sentence end, start like a noun phrase and name a role.
        guard sawRoleHead, i > start, i < tokens.count, [",", ".", ";", ")"].contains(tokens[i].text) else { return nil }
        let firstWord = tokens[start]
        guard !lang.functionWords.contains(firstWord.lower) || lang.roleHeads.contains(firstWord.lower) else { return nil }
        return doc.text(start..<i)
    }

    /// "<Demonym|word>* <role noun> Name": the lower-case phrase directly before the name.
    static func preNominal(_ doc: Document, _ lang: LanguageResources, before name: Range<Int>) -> String? {
        let tokens = doc.tokens
        let end = name.lowerBound
        guard end > 0, lang.roleHeads.contains(tokens[end - 1].text) else { return nil }
        var start = end - 1
        while start > 0, end - start < 5 {
            let t = tokens[start - 1]
            let isModifier = t.isWord && !lang.functionWords.contains(t.lower)
                && (!t.isCapitalised || Gazetteer.shared.phrases.value(for: t.text) != nil)
            guard isModifier else { break }
            start -= 1
        }
        return doc.text(start..<end)
    }
}

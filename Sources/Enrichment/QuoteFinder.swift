import Foundation

/// Quotations with their speaker: direct speech in quotation marks attributed by a nearby speech verb
/// ("“...,” Shoigu said", "„...“, sagte Merkel", "« ... », a déclaré M. Dupont"), reported speech
/// ("Chris Monday, a researcher, noted that ...", "Merkel sagte, dass ...") and attribution ("..., according
/// to the UN", "selon l'AFP"). Speech verbs, "that" and "according to" come from each sentence's
/// language; sentences in unsupported languages yield nothing. Speakers resolve to entity names.
struct QuoteFinder: Sendable {
    /// Opening quotation marks and the marks that may close them: English and Spanish “…”, German „…“
    /// and »…«, French and Spanish «…», Swiss and French ‹…›, straight quotes.
    private static let quotePairs: [String: Set<String>] = [
        "“": ["”"], "\"": ["\""], "«": ["»"], "„": ["“", "”"], "»": ["«"], "‹": ["›"], "›": ["‹"], "‚": ["‘", "’"],
    ]
    /// Direct quotes shorter than this are scare quotes or titles, not speech.
    static let minQuoteWords = 3
    static let maxUnnamedSourceWords = 4
    /// A closing mark further away than this is not the one that closes the quote (and the bound keeps
    /// a paragraph full of stray marks linear).
    static let maxQuoteTokens = 400
    /// Words between a quote and its speech verb ("..., Shoigu said").
    static let attributionWindow = 6
    static let minUnattributedWords = 8

    /// `speakers` maps token indices of person and organisation mentions to the entity's canonical name;
    /// `people` are the canonical names of persons, to which "he" and "she" refer.
    func quotes(in doc: Document, speakers: [Int: String], people: Set<String> = []) -> [Enrichment.Quote] {
        let speakers = withPronouns(doc, speakers, people)
        var result: [Enrichment.Quote] = []
        var quoted = [Bool](repeating: false, count: doc.tokens.count)
        for sentence in doc.sentences {
            guard let lang = sentence.language else { continue }
            for range in directQuotes(doc, lang, sentence, speakers, into: &result) {
                for k in range { quoted[k] = true }
            }
        }
        for sentence in doc.sentences where !sentence.tokens.contains(where: { quoted[$0] }) {
            guard let lang = sentence.language else { continue }
            if let quote = reported(doc, lang, sentence, speakers) ?? according(doc, lang, sentence, speakers) {
                result.append(quote)
            }
        }
        return result
    }

    private func directQuotes(_ doc: Document, _ lang: LanguageResources, _ sentence: Document.Sentence,
                              _ speakers: [String?], into result: inout [Enrichment.Quote]) -> [Range<Int>] {
        let tokens = doc.tokens
        var ranges: [Range<Int>] = []
        var i = sentence.tokens.lowerBound
        // Quotes may span sentences, so look to the end of the paragraph for the closing mark.
        let paragraphEnd = doc.paragraphEnds[sentence.paragraph]
        while i < sentence.tokens.upperBound {
            let searchEnd = min(paragraphEnd, i + 1 + Self.maxQuoteTokens)
            guard let closers = Self.quotePairs[tokens[i].text],
                  let end = ((i + 1)..<searchEnd).first(where: { closers.contains(tokens[$0].text) }) else { i += 1; continue }
            let inner = (i + 1)..<end
            guard inner.count(where: { tokens[$0].isWord }) >= Self.minQuoteWords else { i = end + 1; continue }
            let attribution = attributionAround(doc, lang, quote: i..<(end + 1), limit: paragraphEnd)
            // Without a speech verb, only a long quoted sentence is speech; shorter ones are titles or scare quotes.
            guard attribution != nil || isQuotedSentence(doc, inner) else { i = end + 1; continue }
            result.append(.init(speaker: attribution.flatMap { speaker(doc, $0.subject, speakers) },
                                text: doc.text(inner).trimmingQuotePunctuation(),
                                cue: attribution.map { tokens[$0.verb].lower } ?? "quote", kind: .direct))
            ranges.append(i..<(end + 1))
            i = end + 1
        }
        return ranges
    }

    private func isQuotedSentence(_ doc: Document, _ inner: Range<Int>) -> Bool {
        guard let last = inner.last else { return false }
        return inner.count(where: { doc.tokens[$0].isWord }) >= Self.minUnattributedWords
            && [".", ",", "!", "?"].contains(doc.tokens[last].text)
    }

    /// A speech verb within a few words after the quote ("..., Shoigu said", "..., sagte Merkel") or just
    /// before it ("Shoigu said: “...”"), with the name beside it.
    private func attributionAround(_ doc: Document, _ lang: LanguageResources, quote: Range<Int>, limit: Int) -> (verb: Int, subject: Int)? {
        let tokens = doc.tokens
        for k in quote.upperBound..<min(limit, quote.upperBound + Self.attributionWindow) where lang.speechVerbs.contains(tokens[k].lower) {
            // "..., said Shoigu" or "..., Shoigu said"
            return (k, k + 1 < limit && tokens[k + 1].isCapitalised ? k + 1 : max(quote.upperBound, k - 1))
        }
        let before = max(0, quote.lowerBound - Self.attributionWindow)
        for k in stride(from: quote.lowerBound - 1, through: before, by: -1) where lang.speechVerbs.contains(tokens[k].lower) {
            return (k, max(0, k - 1))
        }
        return nil
    }

    /// "<Name>[, appositive,] <speech verb>[,] [that] <clause>".
    private func reported(_ doc: Document, _ lang: LanguageResources, _ sentence: Document.Sentence,
                          _ speakers: [String?]) -> Enrichment.Quote? {
        let tokens = doc.tokens
        let end = sentence.tokens.upperBound
        var k = sentence.tokens.lowerBound
        while k < end {
            guard let name = speakers[k] else { k += 1; continue }
            var v = k
            while v + 1 < end, speakers[v + 1] == name { v += 1 }
            v += 1
            let next = v
            if RoleExtractor.appositive(doc, lang, after: k..<v) != nil {
                v += skipAppositive(tokens, from: v, limit: end)
            }
            guard v < end, lang.speechVerbs.contains(tokens[v].lower) else { k = next; continue }
            var start = v + 1
            if start < end, tokens[start].text == ",", start + 1 < end, lang.complementizers.contains(tokens[start + 1].lower) { start += 1 }
            if start < end, lang.complementizers.contains(tokens[start].lower) { start += 1 }
            guard end - start >= Self.minQuoteWords else { k = next; continue }
            return .init(speaker: name, text: doc.text(start..<end).trimmingQuotePunctuation(),
                         cue: tokens[v].lower, kind: .reported)
        }
        return nil
    }

    /// Tokens from the comma opening an appositive through the comma closing it.
    private func skipAppositive(_ tokens: [Token], from start: Int, limit: Int) -> Int {
        guard start < limit, tokens[start].text == "," else { return 0 }
        var k = start + 1
        while k < limit, tokens[k].text != "," { k += 1 }
        return k < limit ? k + 1 - start : 0
    }

    /// "<clause>, according to <Name>" or "According to <Name>, <clause>" (in the sentence's language).
    private func according(_ doc: Document, _ lang: LanguageResources, _ sentence: Document.Sentence,
                           _ speakers: [String?]) -> Enrichment.Quote? {
        let tokens = doc.tokens
        let r = sentence.tokens
        var found: (at: Int, length: Int, cue: String)?
        search: for a in r {
            for phrase in lang.accordingTo where a + phrase.count <= r.upperBound {
                // Whole words only: "d'après" is no cue inside "d'après-midi".
                let end = a + phrase.count
                let continuesWord = end < r.upperBound && tokens[end].text == "-" && tokens[end - 1].end == tokens[end].start
                if !continuesWord, phrase.indices.allSatisfy({ matchesWord(tokens[a + $0], phrase[$0]) }) {
                    found = (a, phrase.count, phrase.joined(separator: " "))
                    break search
                }
            }
        }
        guard let (a, length, cue) = found else { return nil }
        let sourceStart = a + length
        // The source runs to the next comma or the sentence's closing punctuation.
        var sourceEnd = (sourceStart..<r.upperBound).first { tokens[$0].text == "," } ?? r.upperBound
        while sourceEnd > sourceStart, tokens[sourceEnd - 1].kind == .punctuation { sourceEnd -= 1 }
        let named = (sourceStart..<sourceEnd).first { speakers[$0] != nil }.flatMap { speakers[$0] }
        // An unnamed source must be short ("the ministry", "survey data"), not a clause.
        guard named != nil || (1...Self.maxUnnamedSourceWords).contains(sourceEnd - sourceStart) else { return nil }
        // An unnamed source names something: not only function words ("selon lui"), and where every noun is
        // capitalised (German) a capitalised word ("laut der Polizei", not the adverb in "dir laut zujubelt").
        if named == nil {
            let source = tokens[sourceStart..<sourceEnd]
            guard source.contains(where: { $0.isWord && !lang.functionWords.contains($0.lower) }),
                  lang.capitalisedNouns.isEmpty || source.contains(where: { $0.isCapitalised }) else { return nil }
        }
        // The claim is whichever side of "according to <source>" holds the clause.
        let claim = a - r.lowerBound >= r.upperBound - sourceEnd ? r.lowerBound..<a : min(sourceEnd + 1, r.upperBound)..<r.upperBound
        guard claim.count >= Self.minQuoteWords else { return nil }
        return .init(speaker: named ?? doc.text(sourceStart..<sourceEnd),
                     text: doc.text(claim).trimmingQuotePunctuation(), cue: cue, kind: .reported)
    }

    /// A cue word against a token, case-insensitively ("d' après" is the elision "d'" then "après").
    private func matchesWord(_ t: Token, _ word: String) -> Bool {
        t.lower == word || (Tokenizer.isElision(t) && t.lower.replacingOccurrences(of: "’", with: "'") == word)
    }

    /// Adds "he"/"she" (in each sentence's language) as mentions of the nearest person named before them.
    /// Returns the speaker at each token index: an array, since every token of every sentence is asked.
    private func withPronouns(_ doc: Document, _ speakers: [Int: String], _ people: Set<String>) -> [String?] {
        var named = [String?](repeating: nil, count: doc.tokens.count)
        for (i, name) in speakers where named.indices.contains(i) { named[i] = name }
        var result = named
        var lastPerson: String?
        for sentence in doc.sentences {
            let pronouns = sentence.language?.pronouns ?? []
            for i in sentence.tokens {
                if let name = named[i], people.contains(name) {
                    lastPerson = name
                } else if pronouns.contains(doc.tokens[i].lower), let lastPerson {
                    result[i] = lastPerson
                }
            }
        }
        return result
    }

    private func speaker(_ doc: Document, _ index: Int, _ speakers: [String?]) -> String? {
        if speakers.indices.contains(index), let name = speakers[index] { return name }
        // The name may stand a word or two away from where the verb points ("said Foreign Minister X").
        guard !doc.tokens.isEmpty else { return nil }
        for k in max(0, index - 2)...min(doc.tokens.count - 1, index + 3) { if let name = speakers[k] { return name } }
        return nil
    }
}

private extension String {
    /// Drops the comma or full stop that closes a quoted or reported clause, and bounds the length.
    func trimmingQuotePunctuation() -> String {
        var s = Substring(self)
        while let last = s.last, ",.;: \u{A0}\u{202F}".contains(last) { s = s.dropLast() }
        while let first = s.first, " \u{A0}\u{202F}".contains(first) { s = s.dropFirst() }
        return String(s.prefix(EnrichmentTunables.maxQuoteCharacters))
    }
}

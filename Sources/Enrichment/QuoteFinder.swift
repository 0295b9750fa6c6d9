/// Quotations with their speaker: direct speech in quotation marks attributed by a nearby speech verb
/// ("“...,” Shoigu said"), reported speech ("Chris Monday, a researcher, noted that ...", "Monday
/// suggested ...") and attribution ("..., according to the UN"). Speakers resolve to entity names.
struct QuoteFinder: Sendable {
    /// Opening and closing quotation marks.
    private static let quotePairs: [String: String] = ["“": "”", "\"": "\"", "«": "»", "„": "“"]
    /// Direct quotes shorter than this are scare quotes or titles, not speech.
    static let minQuoteWords = 3
    static let maxUnnamedSourceWords = 4
    /// A closing mark further away than this is not the one that closes the quote (and the bound keeps
    /// a paragraph full of stray marks linear).
    static let maxQuoteTokens = 400

    /// `speakers` maps token indices of person and organisation mentions to the entity's canonical name;
    /// `people` are the canonical names of persons, to which "he" and "she" refer.
    func quotes(in doc: Document, speakers: [Int: String], people: Set<String> = []) -> [Enrichment.Quote] {
        let speakers = withPronouns(doc, speakers, people)
        var result: [Enrichment.Quote] = []
        var quoted: [Range<Int>] = []
        for sentence in doc.sentences {
            quoted.append(contentsOf: directQuotes(doc, sentence, speakers, into: &result))
        }
        for sentence in doc.sentences where !quoted.contains(where: { $0.overlaps(sentence.tokens) }) {
            if let quote = reported(doc, sentence, speakers) ?? according(doc, sentence, speakers) {
                result.append(quote)
            }
        }
        return result
    }

    private func directQuotes(_ doc: Document, _ sentence: Document.Sentence, _ speakers: [Int: String],
                              into result: inout [Enrichment.Quote]) -> [Range<Int>] {
        let tokens = doc.tokens
        var ranges: [Range<Int>] = []
        var i = sentence.tokens.lowerBound
        // Quotes may span sentences, so look to the end of the paragraph for the closing mark.
        let paragraphEnd = doc.sentences.last { $0.paragraph == sentence.paragraph }?.tokens.upperBound ?? tokens.count
        while i < sentence.tokens.upperBound {
            let searchEnd = min(paragraphEnd, i + 1 + Self.maxQuoteTokens)
            guard let close = Self.quotePairs[tokens[i].text],
                  let end = ((i + 1)..<searchEnd).first(where: { tokens[$0].text == close }) else { i += 1; continue }
            let inner = (i + 1)..<end
            guard inner.count(where: { tokens[$0].isWord }) >= Self.minQuoteWords else { i = end + 1; continue }
            let attribution = attributionAround(doc, quote: i..<(end + 1), limit: paragraphEnd)
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

    static let minUnattributedWords = 8

    private func isQuotedSentence(_ doc: Document, _ inner: Range<Int>) -> Bool {
        guard let last = inner.last else { return false }
        return inner.count(where: { doc.tokens[$0].isWord }) >= Self.minUnattributedWords
            && [".", ",", "!", "?"].contains(doc.tokens[last].text)
    }

    /// A speech verb within a few words after the quote ("..., Shoigu said") or just before it ("Shoigu
    /// said: “...”"), with the name beside it.
    private func attributionAround(_ doc: Document, quote: Range<Int>, limit: Int) -> (verb: Int, subject: Int)? {
        let tokens = doc.tokens
        let window = 6
        for k in quote.upperBound..<min(limit, quote.upperBound + window) where Lexicon.speechVerbs.contains(tokens[k].lower) {
            // "..., said Shoigu" or "..., Shoigu said"
            return (k, k + 1 < limit && tokens[k + 1].isCapitalised ? k + 1 : max(quote.upperBound, k - 1))
        }
        let before = max(0, quote.lowerBound - window)
        for k in stride(from: quote.lowerBound - 1, through: before, by: -1) where Lexicon.speechVerbs.contains(tokens[k].lower) {
            return (k, max(0, k - 1))
        }
        return nil
    }

    /// "<Name>[, appositive,] <speech verb> [that] <clause>".
    private func reported(_ doc: Document, _ sentence: Document.Sentence, _ speakers: [Int: String]) -> Enrichment.Quote? {
        let tokens = doc.tokens
        for k in sentence.tokens where speakers[k] != nil {
            var v = k
            while v + 1 < sentence.tokens.upperBound, speakers[v + 1] == speakers[k] { v += 1 }
            v += 1
            if let apposition = RoleExtractor.appositive(doc, after: k..<v) {
                v += apposition.isEmpty ? 0 : skipAppositive(tokens, from: v, limit: sentence.tokens.upperBound)
            }
            guard v < sentence.tokens.upperBound, Lexicon.speechVerbs.contains(tokens[v].lower) else { continue }
            var start = v + 1
            if start < sentence.tokens.upperBound, tokens[start].lower == "that" { start += 1 }
            guard sentence.tokens.upperBound - start >= Self.minQuoteWords else { continue }
            return .init(speaker: speakers[k], text: doc.text(start..<sentence.tokens.upperBound).trimmingQuotePunctuation(),
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

    /// "<clause>, according to <Name>".
    private func according(_ doc: Document, _ sentence: Document.Sentence, _ speakers: [Int: String]) -> Enrichment.Quote? {
        let tokens = doc.tokens
        let r = sentence.tokens
        guard let a = r.first(where: { tokens[$0].lower == "according" && $0 + 1 < r.upperBound && tokens[$0 + 1].lower == "to" }) else {
            return nil
        }
        // The source runs to the next comma or the sentence's closing punctuation.
        var sourceEnd = ((a + 2)..<r.upperBound).first { tokens[$0].text == "," } ?? r.upperBound
        while sourceEnd > a + 2, tokens[sourceEnd - 1].kind == .punctuation { sourceEnd -= 1 }
        let named = ((a + 2)..<sourceEnd).first { speakers[$0] != nil }.flatMap { speakers[$0] }
        // An unnamed source must be short ("the ministry", "survey data"), not a clause.
        guard named != nil || (1...Self.maxUnnamedSourceWords).contains(sourceEnd - (a + 2)) else { return nil }
        // The claim is whichever side of "according to <source>" holds the clause.
        let claim = a - r.lowerBound >= r.upperBound - sourceEnd ? r.lowerBound..<a : min(sourceEnd + 1, r.upperBound)..<r.upperBound
        guard claim.count >= Self.minQuoteWords else { return nil }
        return .init(speaker: named ?? doc.text((a + 2)..<sourceEnd),
                     text: doc.text(claim).trimmingQuotePunctuation(), cue: "according to", kind: .reported)
    }

    /// Adds "he"/"she" as mentions of the nearest person named before them.
    private func withPronouns(_ doc: Document, _ speakers: [Int: String], _ people: Set<String>) -> [Int: String] {
        var result = speakers
        var lastPerson: String?
        for (i, t) in doc.tokens.enumerated() {
            if let name = speakers[i], people.contains(name) {
                lastPerson = name
            } else if t.lower == "he" || t.lower == "she", let lastPerson {
                result[i] = lastPerson
            }
        }
        return result
    }

    private func speaker(_ doc: Document, _ index: Int, _ speakers: [Int: String]) -> String? {
        if let name = speakers[index] { return name }
        // The name may stand a word or two away from where the verb points ("said Foreign Minister X").
        for k in max(0, index - 2)...min(doc.tokens.count - 1, index + 3) { if let name = speakers[k] { return name } }
        return nil
    }
}

private extension String {
    /// Drops the comma or full stop that closes a quoted or reported clause.
    func trimmingQuotePunctuation() -> String {
        var s = Substring(self)
        while let last = s.last, ",.;: ".contains(last) { s = s.dropLast() }
        return String(s)
    }
}

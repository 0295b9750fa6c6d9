/// Runs every enrichment over one clean article. Stateless and thread-safe; shared data loads once.
///
/// Language ID is the gate: the article's language, and the language of each paragraph long enough to
/// tell (a German article with an English quote paragraph), select the resources every
/// language-dependent enrichment uses. A field whose language is unsupported comes out empty with an
/// `unsupported_language` flag ("entities: xx"); output lists are bounded (`EnrichmentTunables`), and a
/// capped list adds an `output_capped` flag.
public struct Enricher: Sendable {
    /// Words per minute of an adult reading news prose.
    static let wordsPerMinute = 230.0

    /// The enrichments that depend on the language, with the languages each supports, in output order.
    /// Dates read TextCore's one date grammar with the article language's calendar words.
    public static let supportedLanguages: [(field: String, languages: [String])] = [
        ("entities", LanguageResources.supportedCodes), ("countries", LanguageResources.supportedCodes),
        ("dates", LanguageResources.supportedCodes), ("quotes", LanguageResources.supportedCodes),
        ("keyphrases", LanguageResources.supportedCodes), ("summary", LanguageResources.supportedCodes),
        ("topics", LanguageResources.supportedCodes),
    ]

    public init() {}

    public func enrich(_ input: EnrichmentInput) -> Enrichment {
        let identifier = LanguageIdentifier()
        let language = identifier.identify(input.body, hint: input.languageHint)
        let articleLanguage = LanguageResources.forLanguage(language.code)
        let doc = Document(input.body, language: articleLanguage) { scalars in
            Self.paragraphLanguage(scalars, article: language.code, identifier: identifier, articleResources: articleLanguage)
        }
        let unsupported = Self.supportedLanguages.filter { !$0.languages.contains(language.code) }.map(\.field)
        func supported(_ field: String) -> Bool { !unsupported.contains(field) }

        // Sentences in unsupported languages yield no mentions, keyphrases, quotes or topics.
        let mentions = EntityRecognizer().mentions(in: doc)
        let allEntities = CoreferenceResolver().entities(from: mentions, in: doc)
        let repetition = RepetitionDetector().repetition(in: doc)
        var flags = QualityFlagger().flags(doc: doc, paragraphs: input.paragraphs, repetition: repetition)
        for field in unsupported { flags.append(.init(.unsupportedLanguage, "\(field): \(language.code)")) }
        // Repeats of a stuffed phrase (all but the first) weigh nothing in keyphrases and topics.
        let masked = Set(repetition?.occurrences.dropFirst().flatMap { $0 } ?? [])
        var stuffedSentences = Set<Int>()
        for occurrence in repetition?.occurrences ?? [] {
            guard let first = doc.sentenceIndex(ofToken: occurrence.lowerBound) else { continue }
            var s = first
            while s < doc.sentences.count, doc.sentences[s].tokens.lowerBound < occurrence.upperBound { stuffedSentences.insert(s); s += 1 }
        }
        let keyphrases = supported("keyphrases")
            ? KeyphraseExtractor().keyphrases(in: doc, masked: masked, names: mentions.map(\.tokens)) : []
        let words = doc.tokens.count { $0.isWord }
        let tokenStarts = Self.tokenStarts(doc)
        let personTokens = tokenIndices(of: allEntities, in: doc, starts: tokenStarts, type: .person)
        let entities = supported("entities") ? allEntities : []
        let dates = supported("dates")
            ? DateExpressionFinder().dates(in: doc, language: language.code, publishedAt: input.publishedAt,
                                          excluding: personTokens)
            : []
        let quotes = supported("quotes")
            ? QuoteFinder().quotes(in: doc, speakers: speakers(allEntities, doc, tokenStarts),
                                   people: Set(allEntities.filter { $0.type == .person }.map(\.canonical)))
            : []
        let countries = supported("countries") ? CountryResolver().countries(in: doc, excluding: personTokens) : []
        var result = Enrichment(
            language: language,
            entities: entities,
            countries: countries,
            dates: dates,
            quotes: quotes,
            keyphrases: keyphrases,
            summary: supported("summary") ? Summarizer().summary(of: doc, keyphrases: keyphrases, excluding: stuffedSentences) : "",
            topics: supported("topics") ? TopicClassifier().topics(of: doc, masked: masked) : [],
            fingerprints: Fingerprinter().fingerprints(of: doc),
            flags: flags,
            readingTimeMinutes: (Double(words) / Self.wordsPerMinute * 10).rounded() / 10)
        Self.bound(&result)
        return result
    }

    /// A paragraph's own language when it is long enough to tell and identified surely; `.none` keeps the
    /// article's. Returns `.some(nil)` for a paragraph surely in an unsupported language.
    static func paragraphLanguage(_ scalars: ArraySlice<Unicode.Scalar>, article: String,
                                  identifier: LanguageIdentifier, articleResources: LanguageResources? = nil) -> LanguageResources?? {
        var letters = 0
        for s in scalars where s.isLetter {
            letters += 1
            if letters >= EnrichmentTunables.minParagraphLettersForOwnLanguage { break }
        }
        guard letters >= EnrichmentTunables.minParagraphLettersForOwnLanguage else { return .none }
        let prefix = scalars.prefix(EnrichmentTunables.paragraphLanguageScalars)
        // A paragraph full of the article language's function words is in that language: no n-gram vote.
        if let articleResources, functionWordShare(prefix, articleResources) >= EnrichmentTunables.sameLanguageFunctionWordShare {
            return .none
        }
        let own = identifier.identify(scalars: prefix)
        guard own.code != article, own.code != "und",
              own.confidence >= EnrichmentTunables.minParagraphLanguageConfidence else { return .none }
        // A long paragraph may open in another language and go on in the article's (an English photo
        // caption run into a German press release): its middle must agree before it changes language.
        if scalars.count >= EnrichmentTunables.paragraphLanguageSecondSampleScalars {
            let half = EnrichmentTunables.paragraphLanguageScalars / 2
            let middle = scalars.startIndex + scalars.count / 2
            let sample = scalars[(middle - half)..<(middle + half)]
            if let articleResources,
               functionWordShare(sample, articleResources) >= EnrichmentTunables.sameLanguageFunctionWordShare {
                return .none
            }
            guard identifier.identify(scalars: sample).code == own.code else { return .none }
        }
        return .some(LanguageResources.forLanguage(own.code))
    }

    /// The share of the words in `scalars` that are function words of `language` (lower-cased letter runs).
    static func functionWordShare(_ scalars: ArraySlice<Unicode.Scalar>, _ language: LanguageResources) -> Double {
        var words = 0, functionWords = 0
        // The word's lower-cased UTF-8, one buffer for every word: appending to a String's scalar view
        // goes through the generic replace path and had made this check most of paragraph language ID.
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func endWord() {
            guard !word.isEmpty else { return }
            words += 1
            if language.functionWords.contains(String(decoding: word, as: UTF8.self)) { functionWords += 1 }
            word.removeAll(keepingCapacity: true)
        }
        for s in scalars {
            if s.isLetter {
                if s.value < 0x80 { word.append(UInt8(truncatingIfNeeded: s.isUpperCaseLetter ? s.value + 32 : s.value)) } else {
                    word.append(contentsOf: s.properties.lowercaseMapping.utf8)
                }
            } else if s != "'" && s != "\u{2019}" {
                endWord()
            }
        }
        endWord()
        return words == 0 ? 0 : Double(functionWords) / Double(words)
    }

    /// Caps every output list at its bound (`EnrichmentTunables`) and flags what was capped.
    static func bound(_ r: inout Enrichment) {
        func capped(_ field: String, _ total: Int, _ kept: Int) {
            r.flags.append(.init(.outputCapped, "\(field): \(kept) of \(total)"))
        }
        if r.entities.count > EnrichmentTunables.maxEntities {
            let total = r.entities.count
            // The most mentioned entities, back in article order.
            let kept = r.entities.enumerated().sorted { $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset }
                .prefix(EnrichmentTunables.maxEntities).sorted { $0.offset < $1.offset }.map(\.element)
            r.entities = kept
            capped("entities", total, kept.count)
        }
        var spansCapped = 0
        for i in r.entities.indices where r.entities[i].spans.count > EnrichmentTunables.maxSpansPerEntity {
            r.entities[i].spans = Array(r.entities[i].spans.prefix(EnrichmentTunables.maxSpansPerEntity))
            spansCapped += 1
        }
        if spansCapped > 0 {
            r.flags.append(.init(.outputCapped, "entity spans: first \(EnrichmentTunables.maxSpansPerEntity) kept for \(spansCapped) entities"))
        }
        if r.countries.count > EnrichmentTunables.maxCountries {
            capped("countries", r.countries.count, EnrichmentTunables.maxCountries)
            r.countries = Array(r.countries.prefix(EnrichmentTunables.maxCountries))
        }
        if r.dates.count > EnrichmentTunables.maxDates {
            capped("dates", r.dates.count, EnrichmentTunables.maxDates)
            r.dates = Array(r.dates.prefix(EnrichmentTunables.maxDates))
        }
        if r.quotes.count > EnrichmentTunables.maxQuotes {
            capped("quotes", r.quotes.count, EnrichmentTunables.maxQuotes)
            r.quotes = Array(r.quotes.prefix(EnrichmentTunables.maxQuotes))
        }
    }

    /// Scalar offset of each token's start -> token index.
    private static func tokenStarts(_ doc: Document) -> [Int: Int] {
        var starts: [Int: Int] = [:]
        starts.reserveCapacity(doc.tokens.count)
        for (i, t) in doc.tokens.enumerated() { starts[t.start] = i }
        return starts
    }

    /// Token indices covered by the spans of entities of one type.
    private func tokenIndices(of entities: [Enrichment.Entity], in doc: Document, starts: [Int: Int], type: Enrichment.EntityType) -> Set<Int> {
        Set(speakerTokens(entities.filter { $0.type == type }, doc, starts).keys)
    }

    /// People and organisations can speak: token index -> canonical name.
    private func speakers(_ entities: [Enrichment.Entity], _ doc: Document, _ starts: [Int: Int]) -> [Int: String] {
        speakerTokens(entities.filter { $0.type == .person || $0.type == .organization }, doc, starts)
    }

    private func speakerTokens(_ entities: [Enrichment.Entity], _ doc: Document, _ starts: [Int: Int]) -> [Int: String] {
        var result: [Int: String] = [:]
        for e in entities {
            for span in e.spans {
                guard var i = starts[span[0]] else { continue }
                while i < doc.tokens.count, doc.tokens[i].end <= span[1] { result[i] = e.canonical; i += 1 }
            }
        }
        return result
    }
}

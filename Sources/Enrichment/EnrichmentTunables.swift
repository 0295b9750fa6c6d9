/// Thresholds and bounds of enrichment that are not one component's private detail, gathered so they
/// are chosen and documented together (docs/enrichment.md). Values were checked on several data sets
/// (wikigold, re3d, WikiANN de/fr/nl dev, trafilatura's multilingual pages), never tuned on one.
enum EnrichmentTunables {
    // MARK: Language gate

    /// A paragraph with at least this many letters gets its own language decision; shorter ones (a
    /// caption, a one-line quote) inherit the article's, since short text identifies poorly.
    static let minParagraphLettersForOwnLanguage = 160
    /// A paragraph's own language overrides the article's only when identified at least this surely.
    static let minParagraphLanguageConfidence = 0.5
    /// Scalars of a paragraph read to identify its language: a few sentences identify it as well as the
    /// whole paragraph, and language ID of every paragraph was the costliest step of enrichment.
    static let paragraphLanguageScalars = 300
    /// A paragraph at least this long changes language only when a second sample from its middle agrees
    /// with its opening (it may open with a caption or quote in another language).
    static let paragraphLanguageSecondSampleScalars = 1_200
    /// A paragraph whose words are at least this share the article language's function words is taken to
    /// be in that language without an n-gram vote (prose runs 35-55% function words; another language's
    /// text rarely reaches 20% of this one's).
    static let sameLanguageFunctionWordShare = 0.3

    // MARK: Names

    /// The shortest last part of a German compound that makes the compound a common noun
    /// ("Privatadressen" ends in "Adressen").
    static let minCompoundPart = 5
    /// A person's full name is split off the end of a capitalised sequence ("Santé | Roman Prymula") only
    /// after a word of at least this many letters that is no known surname: short unknown words before a
    /// given name are mostly parts of the same name ("Ri Song Chol", "Pak Jong Chon").
    static let minLettersBeforePersonInside = 4
    /// ... and only when the person is at most this many words (a given name and a surname or two).
    static let maxPersonInsideWords = 3

    // MARK: Output bounds (each capped list adds an `output_capped` flag)

    /// Entities kept, the most mentioned first (then restored to article order).
    static let maxEntities = 200
    /// Spans kept per entity (the first ones); `count` still counts every mention.
    static let maxSpansPerEntity = 50
    static let maxCountries = 50
    /// Date mentions kept, the first ones in the article.
    static let maxDates = 200
    /// Quotes kept, the first ones in the article.
    static let maxQuotes = 100
    /// Characters kept of one quote's text (a runaway quotation mark cannot copy the article).
    static let maxQuoteCharacters = 2000
}

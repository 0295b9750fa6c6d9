import TextCore

/// Finds names of people, organisations and places by rule, with the cue words of each sentence's
/// language (`LanguageResources`): capitalised sequences (with connectors such as "of", "de", "van"),
/// sentence-initial handling, German's capitalised nouns, titles, organisation and location words, a
/// gazetteer, given names and speech verbs. Sentences in unsupported languages yield nothing. Mentions
/// are grouped into entities by `CoreferenceResolver`.
struct EntityRecognizer: Sendable {
    func mentions(in doc: Document) -> [Mention] {
        var result: [Mention] = []
        for sentence in doc.sentences {
            guard let lang = sentence.language else { continue }
            let headline = isHeadline(doc, sentence, lang)
            var i = sentence.tokens.lowerBound
            while i < sentence.tokens.upperBound {
                guard startsName(doc.tokens[i]) else { i += 1; continue }
                var chunkEnd = extendChunk(doc, lang, from: i, limit: sentence.tokens.upperBound)
                if let person = personInside(doc.tokens, lang, chunk: i..<chunkEnd) { chunkEnd = person }
                if var mention = classify(doc, lang, chunk: i..<chunkEnd, sentence: sentence), isKept(mention, doc, lang, headline) {
                    // A lone unknown word opening a sentence ("Zudem", "Gleichzeitig") is a capitalised
                    // word unless it refers back to a name given in full ("Merkel"), where the language's
                    // vocabulary is not known word by word.
                    // German capitalises every noun: a lone unknown word of unknown kind anywhere is
                    // more likely a noun the dictionary lacks ("Ticket", "Lounge") than a name.
                    if mention.evidence == .weak, mention.tokens.count == 1, !lang.knowsAllCommonWords,
                       mention.tokens.lowerBound == firstWordIndex(doc, sentence)
                        || (!lang.capitalisedNouns.isEmpty && mention.type == .other) {
                        mention.evidence = .backReference
                    }
                    result.append(mention)
                }
                i = chunkEnd
            }
        }
        return result
    }

    /// Title-case lines ("Balanced Meals Are Here") capitalise every word, and shouted lines ("ME ESCAPÉ
    /// DEL COLEGIO", "MAGALY MEDINA") every letter, so only names a word or the gazetteer vouches for
    /// count there.
    private func isHeadline(_ doc: Document, _ sentence: Document.Sentence, _ lang: LanguageResources) -> Bool {
        let words = doc.tokens[sentence.tokens].filter(\.isWord)
        // Shouted: no lower-case letter anywhere, and at least two words of capitals (not one acronym).
        if words.count(where: \.isAllCaps) >= 2,
           !words.contains(where: { $0.text.unicodeScalars.contains(where: \.isLowerCaseLetter) }) {
            return true
        }
        // A heading has no closing full stop; a sentence full of names ("Kim Jong Un met Kim Yo Jong.") does.
        if let last = sentence.tokens.last, [".", "!", "?"].contains(doc.tokens[last].text) { return false }
        guard words.count >= 3 else { return false }
        // A list of names ("Dakota Johnson, Rebel Wilson, Leslie Mann") is capitalised too; title case
        // shows in a capitalised function word after the first word ("Meals Are Here") that is no name
        // particle ("Daniel Le Bras").
        guard words.dropFirst().contains(where: {
            $0.isCapitalised && !$0.isAllCaps && lang.functionWords.contains($0.lower) && !lang.connectors.contains($0.lower)
        }) else {
            return false
        }
        // Title case leaves short function words ("to", "of") in lower case.
        return Double(words.count(where: \.isCapitalised)) >= 0.75 * Double(words.count)
    }

    /// A guessed one-word name that is also a common word ("Protein", "Nearly") is a capitalised word,
    /// not a name, unless it later joins a known name ("Monday" never is a common word).
    private func isKept(_ m: Mention, _ doc: Document, _ lang: LanguageResources, _ headline: Bool) -> Bool {
        guard m.evidence == .weak else { return true }
        if headline { return false }
        guard m.tokens.count == 1 else { return true }
        let t = doc.tokens[m.tokens.lowerBound]
        return !lang.commonWords.contains(t.lower) && !lang.isCapitalisedNoun(t.text)
    }

    private func startsName(_ t: Token) -> Bool { t.isCapitalised }

    /// Where a person's full name starts inside a longer capitalised sequence that it ends ("ministre de la
    /// Santé | Roman Prymula", "chef de l'Etat | Miloš Zeman", "l'Hôpital universitaire d'Ostrava | Jiří
    /// Havrlant"): a given name followed by a capitalised word, after a capitalised word that is neither a
    /// given name nor a cue that names can follow ("Rue Victor Hugo", "Fondation Charles de Gaulle", titles
    /// are split by `splitTitle`). Nil when the sequence opens with a given name ("Martin Luther King").
    private func personInside(_ tokens: [Token], _ lang: LanguageResources, chunk: Range<Int>) -> Int? {
        guard chunk.count >= 3, !lang.isGivenName(tokens[chunk.lowerBound]) else { return nil }
        let gazetteer = Gazetteer.shared.phrases
        var placeEnd = chunk.lowerBound  // the end of the furthest known place that starts before `g`
        for g in (chunk.lowerBound + 1)..<(chunk.upperBound - 1) {
            if let (length, _) = gazetteer.longestMatch(in: tokens, at: g - 1, limit: chunk.upperBound) {
                placeEnd = max(placeEnd, g - 1 + length)
            }
            let before = tokens[g - 1], t = tokens[g], after = tokens[g + 1]
            if lang.titles.contains(t.text) || lang.titles.contains(before.text) { return nil }
            guard lang.isGivenName(t), after.isCapitalised, !lang.isGivenName(before), before.isCapitalised,
                  before.end < t.start, t.end < after.start, placeEnd <= g else { continue }
            // Names mix languages: "San Carlo Canavese", "Los Angeles Galaxy", "Big Van Vader" in French text.
            if Self.nameParticles.contains(before.text) || Self.nameParticles.contains(before.lower)
                || Self.nameParticles.contains(t.lower) || Lexicon.surnames.contains(before.text)
                || before.text.unicodeScalars.count(where: { $0.isLetter }) < EnrichmentTunables.minLettersBeforePersonInside { return nil }
            let isCue = lang.organisationWords.contains(before.text) || lang.locationWords.contains(before.text)
                || lang.locationPrefixes.contains(before.text)
            // The person is a given name and a surname or two, no organisation or place word ("... Chronicle").
            let person = tokens[g..<chunk.upperBound]
            guard !isCue, person.count <= EnrichmentTunables.maxPersonInsideWords,
                  !person.contains(where: { lang.organisationWords.contains($0.text) || lang.locationWords.contains($0.text) })
            else { return nil }
            return g
        }
        return nil
    }

    /// Words that open or join names in any supported language (titles, place prefixes, connectors,
    /// function words: "San", "Saint", "Los", "El", "Van"): a given name after one belongs to the name, and
    /// one that is itself such a word ("El", "Van") starts no person inside a sequence ("Club Deportivo El
    /// Nacional").
    static let nameParticles: Set<String> = {
        var words = Set<String>()
        for code in LanguageResources.supportedCodes {
            guard let lang = LanguageResources.forLanguage(code) else { continue }
            words.formUnion(lang.titles)
            words.formUnion(lang.locationPrefixes)
            words.formUnion(lang.connectors)
            words.formUnion(lang.functionWords)
        }
        return words
    }()

    /// Capitalised words joined by connectors ("Bank of America", "Ludwig van der Rohe"), in-word hyphens
    /// ("Jean-Pierre", "Boulogne-sur-Mer") and, in languages that write names in sentence case, the
    /// lower-case words that follow an organisation or place word ("Parti socialiste").
    private func extendChunk(_ doc: Document, _ lang: LanguageResources, from start: Int, limit: Int) -> Int {
        let tokens = doc.tokens
        var j = start + 1
        var complementTaken = false
        while j < limit {
            let t = tokens[j]
            if t.isCapitalised {
                // A date after a name ("Lebanon November 2016") is not part of it; a weekday or month
                // after a given name is a surname ("Chris Monday").
                if lang.isMonthOrWeekday(t.lower), !lang.isGivenName(tokens[start])
                    || (j + 1 < limit && tokens[j + 1].kind == .number) { break }
                j += 1
            } else if t.text == ".", j + 1 < limit, tokens[j + 1].isCapitalised, tokens[j - 1].end == t.start,
                      isInitialOrAbbreviation(tokens[j - 1], lang) {
                j += 2  // "George F. Hauser", "St. Louis", "M. Dupont"
            } else if let end = hyphenatedEnd(tokens, at: j, limit: limit) {
                j = end
            } else if let end = connectedEnd(tokens, lang, chunk: start..<j, limit: limit) {
                j = end
            } else if let end = sentenceCaseEnd(tokens, lang, chunk: start..<j, limit: limit, complementTaken: &complementTaken) {
                j = end
            } else {
                break
            }
        }
        // "Martin Luther King Jr." keeps its full stop.
        if j < limit, tokens[j].text == ".", ["Jr", "Sr"].contains(tokens[j - 1].text), tokens[j - 1].end == tokens[j].start {
            j += 1
        }
        return j
    }

    /// The lower-case parts of a hyphenated name that a name may hold ("Boulogne-sur-Mer",
    /// "Indre-et-Loire", "Côte-d'Or", "Stratford-upon-Avon"), at most this many tokens between two
    /// capitalised parts.
    static let maxHyphenatedLowerCaseTokens = 5

    /// The end of a hyphenated part at token `j` (a "-" written inside the word): the capitalised word
    /// after the hyphen and any lower-case parts, all written without spaces. Two known places stay two
    /// names ("Russia-Ukraine") unless the gazetteer knows the compound ("Baden-Württemberg").
    private func hyphenatedEnd(_ tokens: [Token], at j: Int, limit: Int) -> Int? {
        guard tokens[j].text == "-", tokens[j - 1].end == tokens[j].start else { return nil }
        var k = j
        while k + 1 < limit, k - j <= Self.maxHyphenatedLowerCaseTokens, tokens[k].end == tokens[k + 1].start {
            let next = tokens[k + 1]
            if next.isCapitalised {
                if k == j, isGazetteerName(tokens, j - 1), isGazetteerName(tokens, j + 1),
                   (Gazetteer.shared.phrases.longestMatch(in: tokens, at: j - 1, limit: limit)?.length ?? 0) < 3 { return nil }
                return k + 2
            }
            let isLowerCasePart = next.text == "-" || Tokenizer.isElision(next)
                || (next.isWord && next.text.unicodeScalars.first?.isLowerCaseLetter == true)
            guard isLowerCasePart else { return nil }
            k += 1
        }
        return nil
    }

    /// Connector words that may join two capitalised parts: one or two in a row ("de la", "van der",
    /// "von der", "of the").
    static let maxConnectorRun = 2

    /// The end of a connector run at `chunk.upperBound` followed by a capitalised word ("Bank | of |
    /// America"). German joins with "der", "für" only after an organisation or place word
    /// ("Bundesministerium für Gesundheit"); after an organisation or place word a given name starts a
    /// person instead ("Parti | de | Marine Le Pen").
    private func connectedEnd(_ tokens: [Token], _ lang: LanguageResources, chunk: Range<Int>, limit: Int) -> Int? {
        let hasHead = hasOrganisationOrPlaceWord(tokens[chunk], lang)
        var k = chunk.upperBound
        while k < limit, k - chunk.upperBound < Self.maxConnectorRun {
            let t = tokens[k]
            let isConnector = lang.connectors.contains(t.text)
                || (t.text == "for" && lang.code == "en" && chunk.count >= 2)
                || (lang.organisationConnectors.contains(t.text) && (hasHead || k > chunk.upperBound))
            guard isConnector else { break }
            k += 1
        }
        guard k > chunk.upperBound, k < limit, tokens[k].isCapitalised else { return nil }
        if hasHead, lang.isGivenName(tokens[k]) { return nil }
        return k + 1
    }

    /// French and Italian write names in sentence case: after an organisation or place word, lower-case
    /// adjectives ("Parti socialiste", "Banque centrale européenne", "Corte costituzionale") and one
    /// lower-case complement ("Organisation mondiale de la santé", "Conseil de sécurité") belong to the
    /// name. An adjective followed by an article or "que" is taken for a verb ("Le Conseil indique que").
    private func sentenceCaseEnd(_ tokens: [Token], _ lang: LanguageResources, chunk: Range<Int>, limit: Int,
                                 complementTaken: inout Bool) -> Int? {
        guard !lang.nameAdjectiveSuffixes.isEmpty || !lang.nameAdjectives.isEmpty,
              tokens[chunk].contains(where: { lang.organisationWords.contains($0.text) || lang.locationPrefixes.contains($0.text) })
        else { return nil }
        func isVerbContext(_ k: Int) -> Bool {
            k < limit && (lang.determiners.contains(tokens[k].lower) || lang.complementizers.contains(tokens[k].lower))
        }
        let j = chunk.upperBound
        if isNameAdjective(tokens[j], lang), !isVerbContext(j + 1) { return j + 1 }
        guard !complementTaken else { return nil }
        var k = j
        while k < limit, k - j < Self.maxConnectorRun, lang.connectors.contains(tokens[k].text) { k += 1 }
        guard k > j, k < limit, isComplementNoun(tokens[k], lang), !isVerbContext(k + 1) else { return nil }
        complementTaken = true
        return k + 1
    }

    private func isNameAdjective(_ t: Token, _ lang: LanguageResources) -> Bool {
        guard t.isWord, !t.isCapitalised, !lang.functionWords.contains(t.lower), !lang.speechVerbs.contains(t.lower),
              !lang.notNameAdjectives.contains(t.lower) else { return false }
        return lang.nameAdjectives.contains(t.lower) || LanguageResources.hasSuffix(t.lower, in: lang.nameAdjectiveSuffixes)
    }

    /// A lower-case noun that may complete a sentence-case name ("de la santé"): a content word, no date word.
    private func isComplementNoun(_ t: Token, _ lang: LanguageResources) -> Bool {
        t.isWord && !t.isCapitalised && t.text.unicodeScalars.count >= 3 && !lang.keyphraseStopWords.contains(t.lower)
            && !lang.speechVerbs.contains(t.lower) && CalendarWords.month(t.lower) == nil && CalendarWords.weekday(t.lower) == nil
    }

    private func hasOrganisationOrPlaceWord(_ words: ArraySlice<Token>, _ lang: LanguageResources) -> Bool {
        words.contains { lang.organisationWords.contains($0.text) || lang.locationWords.contains($0.text)
            || LanguageResources.hasSuffix($0.text, in: lang.organisationSuffixes) }
    }

    private func isInitialOrAbbreviation(_ t: Token, _ lang: LanguageResources) -> Bool {
        (t.isCapitalised && t.text.unicodeScalars.count == 1) || lang.abbreviations.contains(t.lower)
            || lang.titles.contains(t.text)
    }

    private func isGazetteerName(_ tokens: [Token], _ i: Int) -> Bool {
        Gazetteer.shared.phrases.value(for: tokens[i].text) != nil
    }

    /// The name inside a capitalised sequence and its type; nil when the sequence names nothing
    /// ("The", a demonym, a bare title).
    private func classify(_ doc: Document, _ lang: LanguageResources, chunk: Range<Int>, sentence: Document.Sentence) -> Mention? {
        let tokens = doc.tokens
        var lo = chunk.lowerBound
        var hi = chunk.upperBound
        let sentenceStart = firstWordIndex(doc, sentence)
        var strippedNoun: Int?
        // Leading function words ("The", "In"), a sentence-initial common word ("Analysts") and, in
        // German, leading common nouns ("Natur der Grenze") are not names.
        while lo < hi {
            let t = tokens[lo]
            let isCue = lang.titles.contains(t.text) || lang.organisationWords.contains(t.text)
                || lang.locationWords.contains(t.text) || lang.locationPrefixes.contains(t.text)
            let isFunctionWord = !t.isAllCaps && (lang.functionWords.contains(t.lower) || Lexicon.isContraction(t))
                && !lang.isGivenName(t)
            let isCommonWord = !t.isAllCaps && !lang.isGivenName(t) && !isCue
                && (lo == sentenceStart && lang.commonWords.contains(t.lower) || lang.isCapitalisedNoun(t.text))
                && Gazetteer.shared.phrases.longestMatch(in: tokens, at: lo, limit: hi) == nil
            guard isFunctionWord || isCommonWord else { break }
            if isCommonWord, lang.isCapitalisedNoun(t.text) { strippedNoun = lo }
            lo += 1
            while lo < hi, !tokens[lo].isCapitalised { lo += 1 }
        }
        // Trailing common nouns and connectors ("Berlin Sonntag", "Merkel der") are not part of a name,
        // unless the gazetteer knows the whole ("Baden-Württemberg").
        let isKnownPlace = Gazetteer.shared.phrases.longestMatch(in: tokens, at: lo, limit: hi)?.length == hi - lo
        while hi > lo + 1, !isKnownPlace, !lang.capitalisedNouns.isEmpty, !hasOrganisationOrPlaceWord(tokens[lo..<hi], lang) {
            let t = tokens[hi - 1]
            let isCue = lang.organisationWords.contains(t.text) || lang.locationWords.contains(t.text)
            // A noun after a given name or a title is a surname ("Thomas Müller", "Herrn Weber").
            let followsGivenName = lang.isGivenName(tokens[hi - 2]) || lang.titles.contains(tokens[hi - 2].text)
            if !t.isCapitalised || (lang.isCapitalisedNoun(t.text) && !isCue && !lang.isGivenName(t) && !followsGivenName
                && Gazetteer.shared.phrases.value(for: t.text) == nil) {
                hi -= 1
            } else {
                break
            }
        }
        // A function word does not end a name ("Philippe Douroux | Le ...").
        while hi > lo + 1, tokens[hi - 1].isCapitalised, !tokens[hi - 1].isAllCaps, lang.functionWords.contains(tokens[hi - 1].lower) {
            hi -= 1
        }
        guard lo < hi else {
            // "Müller sagte": a lone common noun may be the surname of a person named in full earlier.
            if let k = strippedNoun, k == chunk.upperBound - 1 {
                return Mention(tokens: k..<(k + 1), type: .person, evidence: .backReference)
            }
            return nil
        }
        var name = lo..<hi

        if let (title, nameRange) = splitTitle(tokens, lang, name) {
            guard let nameRange else { return nil }
            return Mention(tokens: nameRange, type: .person, evidence: .strong, title: title.map { doc.text($0) })
        }
        let words = tokens[name]
        let last = tokens[name.upperBound - 1]
        let first = tokens[name.lowerBound]

        // "Mitte Oktober", "Anfang Mai": a period word before a month names no place.
        if name.count == 1, lang.periodWords.contains(first.text), name.upperBound < tokens.count,
           lang.isMonthOrWeekday(tokens[name.upperBound].lower) {
            return nil
        }
        if name.count == 1, lang.isMonthOrWeekday(first.lower) {
            return Mention(tokens: name, type: .person, evidence: .temporal)
        }
        let gazetteer = Gazetteer.shared.phrases
        let fullMatch = gazetteer.longestMatch(in: tokens, at: name.lowerBound, limit: name.upperBound)
        if let known = Lexicon.organisations.longestMatch(in: tokens, at: name.lowerBound, limit: name.upperBound),
           known.length == name.count {
            return Mention(tokens: name, type: .organization, evidence: .strong)
        }
        if let fullMatch, fullMatch.length == name.count {
            if case .demonym = fullMatch.value { return nil }
            return Mention(tokens: name, type: .location, evidence: .strong)
        }
        // A lone "League", "Parti" or "University" names nothing by itself, unless it refers back to an
        // organisation named in full (well-known one-word names such as "Bundestag" are in
        // `Lexicon.organisations`, checked above).
        if name.count == 1, lang.organisationWords.contains(first.text) {
            return Mention(tokens: name, type: .organization, evidence: .backReference)
        }
        // A lone "Creek" or "Airport" refers back to a name given in full earlier.
        if name.count == 1, lang.locationWords.contains(first.text) || lang.locationPrefixes.contains(first.text) { return nil }
        if name.count > 1, lang.locationWords.contains(last.text) || lang.locationPrefixes.contains(first.text) {
            return Mention(tokens: name, type: .location, evidence: .strong)
        }
        if words.contains(where: { lang.organisationWords.contains($0.text) }) {
            return Mention(tokens: name, type: .organization, evidence: .strong)
        }
        // One-word compounds: "Bundesgesundheitsministerium", "Volkspartei" (unless a dictionary noun).
        if name.count == 1, !lang.organisationSuffixes.isEmpty, !lang.isCapitalisedNoun(first.text),
           LanguageResources.hasSuffix(first.text, in: lang.organisationSuffixes) {
            return Mention(tokens: name, type: .organization, evidence: .strong)
        }
        if name.count > 1, lang.compassWords.contains(first.text) {
            return Mention(tokens: name, type: .location, evidence: .strong)
        }
        // A place followed by other words names something based there ("Perth Glory", "Montreal HC").
        if let fullMatch, !lang.isGivenName(first) {
            if case .demonym = fullMatch.value {} else {
                return Mention(tokens: name, type: .organization, evidence: .weak)
            }
        }
        // A demonym before a name ("Russian Sergei Shoigu") is not part of it.
        if name.count > 1, case .demonym = Gazetteer.shared.phrases.value(for: first.text) {
            name = (name.lowerBound + 1)..<name.upperBound
        }
        // A German chunk made only of common nouns ("Unsere Grenzen" less "Unsere") names nothing.
        if !lang.capitalisedNouns.isEmpty, tokens[name].allSatisfy({ !$0.isWord || !$0.isCapitalised || lang.isCapitalisedNoun($0.text) }) {
            return nil
        }
        // A lone code or numeral names nothing here: prices ("Q179" quetzales), registrations ("N799RM"),
        // formulas ("CO2"), ordinals ("II"); well-known ones ("G20") are in `Lexicon.organisations`.
        if name.count == 1, Self.isCodeOrNumeral(first.text) { return nil }
        return Mention(tokens: name, type: guessType(doc, lang, name), evidence: .weak)
    }

    /// Letters with digits ("Q179", "CO2"), or a Roman numeral of I, V and X ("II", "XXI").
    static func isCodeOrNumeral(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        if scalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) { return true }
        return scalars.count >= 2 && scalars.allSatisfy { $0 == "I" || $0 == "V" || $0 == "X" }
    }

    /// Splits "Minister of State Security Ri Chang Dae" into the title and the name. Returns nil when the
    /// sequence has no title; a nil name means the sequence is only a title ("Prime Minister").
    private func splitTitle(_ tokens: [Token], _ lang: LanguageResources, _ range: Range<Int>) -> (title: Range<Int>?, name: Range<Int>?)? {
        var p = range.lowerBound
        // "Russian Deputy Minister ...", "U.S. Secretary of State ...": the country belongs to neither
        // title nor name.
        while p < range.upperBound, !lang.titles.contains(tokens[p].text),
              let (length, _) = Gazetteer.shared.phrases.longestMatch(in: tokens, at: p, limit: range.upperBound) {
            p += length
        }
        guard p < range.upperBound, lang.titles.contains(tokens[p].text) else { return nil }
        // "Saint-Georges", "Sankt-Peterburg": a hyphenated word is one name, not a title and a name.
        if p + 1 < range.upperBound, tokens[p + 1].text == "-", tokens[p].end == tokens[p + 1].start { return nil }
        if tokens[range].contains(where: { lang.organisationWords.contains($0.text) }),
           !tokens[range].contains(where: { lang.isGivenName($0) }) {
            return nil  // "Ministry of Defence", "Prime Minister's Office"
        }
        // The name is the trailing run of words that are neither titles nor common words
        // ("... State Security | Ri Chang Dae"); when a common word ends it ("President George Bush"),
        // it starts at the first given name instead.
        var start = range.upperBound
        while start > p + 1 {
            let t = tokens[start - 1]
            if lang.titles.contains(t.text) || lang.connectors.contains(t.text)
                || lang.commonWords.contains(t.lower) || lang.isCapitalisedNoun(t.text) || t.text.hasSuffix(".") { break }
            start -= 1
        }
        if start == range.upperBound || lang.isGivenName(tokens[start - 1]),
           let given = ((p + 1)..<range.upperBound).first(where: { lang.isGivenName(tokens[$0]) }) {
            start = given
        }
        // German surnames are often nouns too ("Herrn Weber", "Ministerin Fischer"): one capitalised noun
        // right after the title is the name.
        if start == range.upperBound, range.upperBound == p + 2, lang.isCapitalisedNoun(tokens[p + 1].text) {
            start = p + 1
        }
        let skipDot = start < range.upperBound && tokens[start].text == "." ? 1 : 0
        let name = (start + skipDot)..<range.upperBound
        return (p..<start, name.isEmpty ? nil : name)
    }

    /// Context and shape when no word settles the type.
    private func guessType(_ doc: Document, _ lang: LanguageResources, _ name: Range<Int>) -> Enrichment.EntityType {
        let tokens = doc.tokens
        let first = tokens[name.lowerBound]
        let last = tokens[name.upperBound - 1]
        let before = name.lowerBound > 0 ? tokens[name.lowerBound - 1] : nil
        let afterPlacePreposition = before.map { lang.locationPrepositions.contains($0.lower) } ?? false
        // "in Brittany": a lone word after a place preposition is a place even when it is also a given name.
        if name.count == 1, afterPlacePreposition, !first.isAllCaps { return .location }
        if lang.isGivenName(first), name.count > 1 || !lang.commonWords.contains(first.lower) { return .person }
        if name.count == 1, first.isAllCaps, first.text.unicodeScalars.count <= 6 { return .organization }
        if followedBySpeechVerb(doc, lang, name) || precededByRoleHead(tokens, lang, name) || followedByAppositive(doc, lang, name) {
            return .person
        }
        if afterPlacePreposition { return .location }
        // "Heidelberg", "Kalverstraat": a place-name ending.
        if !lang.locationSuffixes.isEmpty, LanguageResources.hasSuffix(last.text, in: lang.locationSuffixes) { return .location }
        let hasCommonWord = tokens[name].contains { lang.commonWords.contains($0.lower) || $0.kind != .word }
        // Two or three uncommon words are a person's name only when the last is a known surname: most
        // such names of unknown kind are organisations, works and places ("Depeche Mode", "Molde FK").
        if (2...3).contains(name.count), !hasCommonWord, Lexicon.surnames.contains(last.text) { return .person }
        return .other
    }

    /// "Shoigu said"; a name made of common words ("Wellness Survey said") is a thing that speaks.
    private func followedBySpeechVerb(_ doc: Document, _ lang: LanguageResources, _ name: Range<Int>) -> Bool {
        name.upperBound < doc.tokens.count && lang.speechVerbs.contains(doc.tokens[name.upperBound].lower)
            && !doc.tokens[name].contains { lang.commonWords.contains($0.lower) }
    }

    private func precededByRoleHead(_ tokens: [Token], _ lang: LanguageResources, _ name: Range<Int>) -> Bool {
        name.lowerBound > 0 && lang.roleHeads.contains(tokens[name.lowerBound - 1].text)
    }

    private func followedByAppositive(_ doc: Document, _ lang: LanguageResources, _ name: Range<Int>) -> Bool {
        RoleExtractor.appositive(doc, lang, after: name) != nil
    }

    private func firstWordIndex(_ doc: Document, _ sentence: Document.Sentence) -> Int {
        sentence.tokens.first { doc.tokens[$0].kind != .punctuation } ?? sentence.tokens.lowerBound
    }
}

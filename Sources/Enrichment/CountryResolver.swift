/// Countries an article is about, counted from country names, capitals and demonyms
/// ("DPRK", "North Korean", "Pyongyang" → KP). Another language's name for a country counts only in
/// sentences of that language ("Rusia" in Spanish; French "Salvador" is not the Brazilian city). Cities other than capitals do not count: a dateline
/// city says where the reporter was, and many city names are ambiguous across countries. Sentences in an
/// unsupported language (a Russian paragraph in a German article) count nothing, like every other
/// language-dependent enrichment. A country name inside a person's name counts nothing ("Dominique
/// Parent-Massin" is no mention of Dominica, French "Dominique").
struct CountryResolver: Sendable {
    func countries(in doc: Document, excluding personTokens: Set<Int> = []) -> [Enrichment.Country] {
        let gazetteer = Gazetteer.shared
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        for sentence in doc.sentences where sentence.language != nil {
            var i = sentence.tokens.lowerBound
            while i < sentence.tokens.upperBound {
                guard doc.tokens[i].isCapitalised, !personTokens.contains(i),
                      let (length, match) = gazetteer.phrases.longestMatch(in: doc.tokens, at: i, limit: sentence.tokens.upperBound)
                else { i += 1; continue }
                let counted: String? = switch match {
                case .countryName(let code, let languages):
                    languages.isEmpty || languages.contains(sentence.language?.code ?? "") ? code : nil
                case .demonym(let code):
                    code.isEmpty ? nil : code  // empty for regional demonyms ("Central Asian")
                case .place:
                    nil
                }
                if let code = counted {
                    counts[code, default: 0] += 1
                    if firstSeen[code] == nil { firstSeen[code] = i }
                }
                i += length
            }
        }
        return counts.map { Enrichment.Country(code: $0.key, name: gazetteer.countryNames[$0.key] ?? $0.key, count: $0.value) }
            .sorted { a, b in
                a.count != b.count ? a.count > b.count : (firstSeen[a.code] ?? 0) < (firstSeen[b.code] ?? 0)
            }
    }
}

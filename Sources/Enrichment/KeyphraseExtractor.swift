import Foundation

/// Keyphrases by YAKE (Campos et al. 2020): unsupervised, per document, from term statistics (casing,
/// position, frequency, context diversity, spread over sentences). Stuffed repetitions count once, so a
/// phrase pasted into every paragraph cannot own the list. Stop words are those of each sentence's
/// language (no phrase starts or ends with one); sentences in unsupported languages are skipped.
struct KeyphraseExtractor: Sendable {
    static let maxWords = 3
    static let defaultCount = 10

    /// Statistics of one term (a lower-cased word), indexed by its term id.
    private struct TermStats {
        var count = 0
        var acronymCount = 0
        var properCount = 0
        var sentences: [Int] = []
        /// Term id -> how often it stands right before (left) or after (right) this term.
        var left: [Int: Int] = [:]
        var right: [Int: Int] = [:]
    }

    /// Up to `maxWords` term ids: a candidate phrase, hashed as integers rather than as a joined string.
    private struct PhraseKey: Hashable {
        var a: Int32, b: Int32, c: Int32
    }

    /// `masked` tokens (the repeats of a stuffed phrase) are ignored; no phrase cuts through one of the
    /// `names` (token ranges of multi-word names), so "security ri chang" cannot come out of
    /// "State Security Ri Chang Dae".
    func keyphrases(in doc: Document, masked: Set<Int> = [], names: [Range<Int>] = [],
                    count: Int = defaultCount) -> [Enrichment.Keyphrase] {
        var nameAt: [Int: Range<Int>] = [:]
        for name in names where name.count > 1 { for i in name { nameAt[i] = name } }
        let blocks = self.blocks(doc, masked: masked)
        // Every word gets a term id once; the statistics below hash integers, not strings.
        var idOf: [String: Int] = [:]
        var terms: [String] = []
        var termAt = [Int](repeating: -1, count: doc.tokens.count)
        for block in blocks {
            for i in block.tokens {
                let w = doc.tokens[i].lower
                if let id = idOf[w] { termAt[i] = id } else {
                    idOf[w] = terms.count
                    termAt[i] = terms.count
                    terms.append(w)
                }
            }
        }
        var stats = [TermStats](repeating: TermStats(), count: terms.count)
        for block in blocks {
            for k in block.tokens.indices { update(&stats[termAt[block.tokens[k]]], block: block, at: k, in: doc, termAt: termAt) }
        }
        // Contractions ("isn't", "we're") are function words too, and speech verbs ("says") name no topic.
        var isStop = [Bool](repeating: false, count: doc.tokens.count)
        var stopTerm = [Bool](repeating: false, count: terms.count)
        // Decided once per term and block language (0 unknown, 1 stop, 2 not), not once per token.
        var decided = [UInt8](repeating: 0, count: terms.count)
        var decidedFor: ObjectIdentifier?
        for block in blocks {
            if decidedFor != ObjectIdentifier(block.language) {
                decidedFor = ObjectIdentifier(block.language)
                for k in decided.indices { decided[k] = 0 }
            }
            for i in block.tokens {
                let term = termAt[i]
                if decided[term] == 0 {
                    let w = terms[term]
                    // A paragraph read in another language still never ends a phrase on the article's stop words.
                    let stop = block.language.keyphraseStopWords.contains(w) || block.language.speechVerbs.contains(w)
                        || doc.articleLanguage?.keyphraseStopWords.contains(w) == true
                        || w.unicodeScalars.contains { $0 == "'" || $0 == "\u{2019}" }
                    decided[term] = stop ? 1 : 2
                }
                if decided[term] == 1 {
                    isStop[i] = true
                    stopTerm[term] = true
                }
            }
        }
        let weights = termWeights(stats, stopTerm: stopTerm, sentenceCount: max(1, doc.sentences.count))
        var candidates: [PhraseKey: (score: Double, count: Int, text: String)] = [:]
        for block in blocks {
            for start in block.tokens.indices where !isStop[block.tokens[start]] {
                for length in 1...Self.maxWords where start + length <= block.tokens.count {
                    let last = block.tokens[start + length - 1]
                    // Candidates neither start nor end with a stop word, and single letters are no phrases.
                    guard !isStop[last], length > 1 || doc.tokens[last].lower.unicodeScalars.count > 1 else { continue }
                    let first = block.tokens[start]
                    if let name = nameAt[first], name.lowerBound != first || name.upperBound - 1 > last { continue }
                    if let name = nameAt[last], name.upperBound - 1 != last || name.lowerBound < first { continue }
                    // The key from term ids directly; the id array and text only for a new candidate.
                    let key = PhraseKey(a: Int32(termAt[first]),
                                        b: length > 1 ? Int32(termAt[block.tokens[start + 1]]) : -1,
                                        c: length > 2 ? Int32(termAt[block.tokens[start + 2]]) : -1)
                    if let found = candidates.index(forKey: key) {
                        candidates.values[found].count += 1
                    } else {
                        let ids = block.tokens[start..<(start + length)].map { termAt[$0] }
                        candidates[key] = (phraseScore(ids, weights, stats, stopTerm), 1, ids.map { terms[$0] }.joined(separator: " "))
                    }
                }
            }
        }
        let counts = Dictionary(candidates.values.map { ($0.text, $0.count) }, uniquingKeysWith: +)
        // YAKE: lower is better; a phrase that recurs as a unit is more of a keyphrase.
        let ranked = candidates.values.map { ($0.text, $0.score / Double($0.count)) }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        var chosen: [(String, Double)] = []
        for (text, score) in ranked where chosen.count < count {
            if chosen.contains(where: { isNearDuplicate($0.0, text) }) { continue }
            // "korean" adds nothing after "north korean" when it never occurs outside it.
            let occurrences = counts[text] ?? 0
            if chosen.contains(where: { isPart(text, of: $0.0) && occurrences <= counts[$0.0] ?? 0 }) { continue }
            chosen.append((text, score))
        }
        guard let best = chosen.first?.1 else { return [] }
        // Reported as relevance relative to the best phrase (1.0), higher is better.
        return chosen.map { .init(text: $0.0, score: (max(best, 1e-9) / max($0.1, 1e-9) * 1000).rounded() / 1000) }
    }

    /// Runs of words between punctuation, within one sentence.
    private struct Block {
        var tokens: [Int]
        let sentence: Int
        let sentenceStart: Int
        let language: LanguageResources
        func startsSentence(at k: Int) -> Bool { tokens[k] == sentenceStart }
    }

    private func blocks(_ doc: Document, masked: Set<Int>) -> [Block] {
        var result: [Block] = []
        for (s, sentence) in doc.sentences.enumerated() {
            // Bylines ("By Anna Berg", "von Daniela Obers") name the author, not the subject.
            guard let language = sentence.language, !Summarizer.isByline(doc, language, sentence) else { continue }
            let first = sentence.tokens.first { doc.tokens[$0].isWord } ?? sentence.tokens.lowerBound
            var current = Block(tokens: [], sentence: s, sentenceStart: first, language: language)
            for i in sentence.tokens {
                let t = doc.tokens[i]
                if t.isWord && !masked.contains(i) {
                    current.tokens.append(i)
                } else if isInWordHyphen(doc, i) {
                    continue  // "high-stakes visit" is one run of words
                } else if !current.tokens.isEmpty {
                    result.append(current)
                    current.tokens = []
                }
            }
            if !current.tokens.isEmpty { result.append(current) }
        }
        return result
    }

    private func isInWordHyphen(_ doc: Document, _ i: Int) -> Bool {
        let t = doc.tokens
        return t[i].text == "-" && i > 0 && i + 1 < t.count && t[i - 1].isWord && t[i + 1].isWord
            && t[i - 1].end == t[i].start && t[i].end == t[i + 1].start
    }

    private func update(_ s: inout TermStats, block: Block, at k: Int, in doc: Document, termAt: [Int]) {
        let t = doc.tokens[block.tokens[k]]
        s.count += 1
        if t.isAllCaps { s.acronymCount += 1 } else if t.isCapitalised && !block.startsSentence(at: k) { s.properCount += 1 }
        if s.sentences.last != block.sentence { s.sentences.append(block.sentence) }
        if k > 0 { s.left[termAt[block.tokens[k - 1]], default: 0] += 1 }
        if k + 1 < block.tokens.count { s.right[termAt[block.tokens[k + 1]], default: 0] += 1 }
    }

    private func termWeights(_ stats: [TermStats], stopTerm: [Bool], sentenceCount: Int) -> [Double] {
        let valid = stats.indices.filter { !stopTerm[$0] }.map { Double(stats[$0].count) }
        let maxTF = valid.max() ?? 1
        let mean = valid.isEmpty ? 0 : valid.reduce(0, +) / Double(valid.count)
        let std = valid.isEmpty ? 0 : (valid.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(valid.count)).squareRoot()
        return stats.map { s in
            let tf = Double(s.count)
            let casing = Double(max(s.acronymCount, s.properCount)) / (1 + log(tf))
            let sorted = s.sentences.sorted()
            let median = Double(sorted[sorted.count / 2])
            let position = log(log(3 + median))
            let frequency = tf / max(mean + std, 1e-9)
            let diversity = { (ctx: [Int: Int]) -> Double in
                let total = ctx.values.reduce(0, +)
                return total == 0 ? 0 : Double(ctx.count) / Double(total)
            }
            let relatedness = 1 + (diversity(s.left) + diversity(s.right)) * tf / maxTF
            let spread = Double(s.sentences.count) / Double(sentenceCount)
            return (relatedness * position) / (casing + frequency / relatedness + spread / relatedness)
        }
    }

    private func phraseScore(_ ids: [Int], _ weights: [Double], _ stats: [TermStats], _ stopTerm: [Bool]) -> Double {
        var product = 1.0, sum = 0.0
        for (k, w) in ids.enumerated() {
            if stopTerm[w], k > 0, k + 1 < ids.count {
                // A stop word inside a phrase ("bank of england") costs by how loosely it binds its neighbours.
                let prev = ids[k - 1], next = ids[k + 1]
                let pLeft = Double(stats[prev].right[w] ?? 0) / Double(max(1, stats[prev].count))
                let pRight = Double(stats[w].right[next] ?? 0) / Double(max(1, stats[next].count))
                let p = pLeft * pRight
                product *= 1 + (1 - p)
                sum -= 1 - p
            } else {
                let h = weights[w]
                product *= h
                sum += h
            }
        }
        return product / (1 + sum)
    }

    /// Whether `part`'s words occur contiguously inside `whole`'s.
    private func isPart(_ part: String, of whole: String) -> Bool {
        part != whole && " \(whole) ".contains(" \(part) ")
    }

    /// The same words but for a plural "s".
    private func isNearDuplicate(_ a: String, _ b: String) -> Bool {
        func singular(_ s: String) -> String { s.split(separator: " ").map { $0.hasSuffix("s") ? String($0.dropLast()) : String($0) }.joined(separator: " ") }
        return singular(a) == singular(b)
    }
}

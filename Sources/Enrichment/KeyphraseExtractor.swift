import Foundation

/// Keyphrases by YAKE (Campos et al. 2020): unsupervised, per document, from term statistics (casing,
/// position, frequency, context diversity, spread over sentences). Stuffed repetitions count once, so a
/// phrase pasted into every paragraph cannot own the list. Stop words are those of each sentence's
/// language (no phrase starts or ends with one); sentences in unsupported languages are skipped.
struct KeyphraseExtractor: Sendable {
    static let maxWords = 3
    static let defaultCount = 10

    /// Statistics of one term (a lower-cased word), indexed by its term id. Flat counters: per-term
    /// neighbour dictionaries and sentence lists had made these statistics most of the extractor's cost.
    private struct TermStats {
        var count = 0
        var acronymCount = 0
        var properCount = 0
        /// Distinct sentences holding the term, the last of them while counting, and the median one.
        var sentenceCount = 0
        var lastSentence = -1
        var medianSentence = 0
        /// Occurrences with a word right before (left) or after (right) it, and how many distinct words.
        var leftTotal = 0, leftDistinct = 0
        var rightTotal = 0, rightDistinct = 0
    }

    /// How often one term stands right before another: pairs of term ids and a count per pair.
    private struct PairCounts {
        var ids: TupleIDs
        var counts: [Int] = []

        func count<Key: RandomAccessCollection>(_ pair: Key) -> Int where Key.Element == Int32 {
            ids.id(of: pair).map { counts[$0] } ?? 0
        }
    }

    /// A candidate phrase: its first occurrence (block, position, length), YAKE score and count.
    private struct Candidate {
        let block: Int, start: Int, length: Int
        let score: Double
        var count: Int
    }

    /// `masked` tokens (the repeats of a stuffed phrase) are ignored; no phrase cuts through one of the
    /// `names` (token ranges of multi-word names), so "security ri chang" cannot come out of
    /// "State Security Ri Chang Dae".
    func keyphrases(in doc: Document, masked: Set<Int> = [], names: [Range<Int>] = [],
                    count: Int = defaultCount) -> [Enrichment.Keyphrase] {
        var nameAt = [Range<Int>?](repeating: nil, count: doc.tokens.count)
        for name in names where name.count > 1 { for i in name where i < nameAt.count { nameAt[i] = name } }
        let blocks = self.blocks(doc, masked: masked)
        // Every word gets a term id once; the statistics below hash integers, not strings.
        let blockTokens = blocks.reduce(0) { $0 + $1.tokens.count }
        var idOf: [String: Int] = [:]
        idOf.reserveCapacity(blockTokens)
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
        // Every block's term ids in one array: a phrase or a pair of neighbours is a slice of it.
        var blockTerms: [Int32] = []
        blockTerms.reserveCapacity(blockTokens)
        for block in blocks { for i in block.tokens { blockTerms.append(Int32(truncatingIfNeeded: termAt[i])) } }
        var stats = [TermStats](repeating: TermStats(), count: terms.count)
        var pairs = PairCounts(ids: TupleIDs(width: 2, capacity: blockTokens))
        for block in blocks {
            for k in block.tokens.indices { update(&stats, &pairs, block: block, at: k, in: doc, blockTerms: blockTerms) }
        }
        Self.findMedianSentences(&stats, blocks, termAt)
        // Contractions ("isn't", "we're") are function words too, and speech verbs ("says") name no topic.
        var isStop = [Bool](repeating: false, count: doc.tokens.count)
        var stopTerm = [Bool](repeating: false, count: terms.count)
        // Decided once per term and block language (0 unknown, 1 stop, 2 not), not once per token.
        var decided: [ObjectIdentifier: [UInt8]] = [:]
        for block in blocks {
            let language = ObjectIdentifier(block.language)
            var known = decided.removeValue(forKey: language) ?? [UInt8](repeating: 0, count: terms.count)
            for i in block.tokens {
                let term = termAt[i]
                if known[term] == 0 {
                    let w = terms[term]
                    // A paragraph read in another language still never ends a phrase on the article's stop words.
                    let stop = block.language.keyphraseStopWords.contains(w) || block.language.speechVerbs.contains(w)
                        || doc.articleLanguage?.keyphraseStopWords.contains(w) == true
                        || w.unicodeScalars.contains { $0 == "'" || $0 == "\u{2019}" }
                    known[term] = stop ? 1 : 2
                }
                if known[term] == 1 {
                    isStop[i] = true
                    stopTerm[term] = true
                }
            }
            decided[language] = known
        }
        let weights = termWeights(stats, stopTerm: stopTerm, sentenceCount: max(1, doc.sentences.count))
        let isSingleScalar = terms.map { $0.unicodeScalars.dropFirst().isEmpty }
        // Candidates by their term ids (shorter ones padded): the id is the index in `candidates`.
        var candidateIDs = TupleIDs(width: Self.maxWords, capacity: blockTokens * Self.maxWords)
        var candidates: [Candidate] = []
        for (b, block) in blocks.enumerated() {
            for start in block.tokens.indices where !isStop[block.tokens[start]] {
                for length in 1...Self.maxWords where start + length <= block.tokens.count {
                    let last = block.tokens[start + length - 1]
                    // Candidates neither start nor end with a stop word, and single letters are no phrases.
                    guard !isStop[last], length > 1 || !isSingleScalar[termAt[last]] else { continue }
                    let first = block.tokens[start]
                    if let name = nameAt[first], name.lowerBound != first || name.upperBound - 1 > last { continue }
                    if let name = nameAt[last], name.upperBound - 1 != last || name.lowerBound < first { continue }
                    let ids = blockTerms[(block.offset + start)..<(block.offset + start + length)]
                    let (id, isNew) = candidateIDs.insert(ids)
                    if isNew {
                        candidates.append(Candidate(block: b, start: start, length: length,
                                                    score: phraseScore(ids, weights, stats, pairs, stopTerm), count: 1))
                    } else {
                        candidates[id].count += 1
                    }
                }
            }
        }
        func text(_ c: Candidate) -> String {
            blocks[c.block].tokens[c.start..<(c.start + c.length)].map { terms[termAt[$0]] }.joined(separator: " ")
        }
        // YAKE: lower is better; a phrase that recurs as a unit is more of a keyphrase. Ties go to the
        // alphabetically first text, built only for the candidates looked at (most are never).
        let rank = candidates.map { $0.score / Double($0.count) }
        let order = candidates.indices.sorted { rank[$0] < rank[$1] }
        var chosen: [(text: String, score: Double, count: Int)] = []
        var next = 0
        while next < order.count, chosen.count < count {
            var end = next + 1
            while end < order.count, rank[order[end]] == rank[order[next]] { end += 1 }
            let tied = order[next..<end].map { (text: text(candidates[$0]), candidate: candidates[$0]) }.sorted { $0.text < $1.text }
            for (text, candidate) in tied where chosen.count < count {
                if chosen.contains(where: { isNearDuplicate($0.text, text) }) { continue }
                // "korean" adds nothing after "north korean" when it never occurs outside it.
                if chosen.contains(where: { isPart(text, of: $0.text) && candidate.count <= $0.count }) { continue }
                chosen.append((text, rank[order[next]], candidate.count))
            }
            next = end
        }
        guard let best = chosen.first?.score else { return [] }
        // Reported as relevance relative to the best phrase (1.0), higher is better.
        return chosen.map { .init(text: $0.text, score: (max(best, 1e-9) / max($0.score, 1e-9) * 1000).rounded() / 1000) }
    }

    /// Runs of words between punctuation, within one sentence.
    private struct Block {
        let tokens: [Int]
        /// Where the block's words start in the list of every block's words.
        let offset: Int
        let sentence: Int
        let sentenceStart: Int
        let language: LanguageResources
        func startsSentence(at k: Int) -> Bool { tokens[k] == sentenceStart }
    }

    private func blocks(_ doc: Document, masked: Set<Int>) -> [Block] {
        var result: [Block] = []
        var total = 0
        for (s, sentence) in doc.sentences.enumerated() {
            // Bylines ("By Anna Berg", "von Daniela Obers") name the author, not the subject.
            guard let language = sentence.language, !Summarizer.isByline(doc, language, sentence) else { continue }
            let first = sentence.tokens.first { doc.tokens[$0].isWord } ?? sentence.tokens.lowerBound
            var words: [Int] = []
            words.reserveCapacity(sentence.tokens.count)
            func endBlock() {
                guard !words.isEmpty else { return }
                result.append(Block(tokens: words, offset: total, sentence: s, sentenceStart: first, language: language))
                total += words.count
                words.removeAll(keepingCapacity: true)
            }
            for i in sentence.tokens {
                let t = doc.tokens[i]
                if t.isWord && !masked.contains(i) {
                    words.append(i)
                } else if isInWordHyphen(doc, i) {
                    continue  // "high-stakes visit" is one run of words
                } else {
                    endBlock()
                }
            }
            endBlock()
        }
        return result
    }

    private func isInWordHyphen(_ doc: Document, _ i: Int) -> Bool {
        let t = doc.tokens
        return t[i].text == "-" && i > 0 && i + 1 < t.count && t[i - 1].isWord && t[i + 1].isWord
            && t[i - 1].end == t[i].start && t[i].end == t[i + 1].start
    }

    private func update(_ stats: inout [TermStats], _ pairs: inout PairCounts, block: Block, at k: Int, in doc: Document,
                        blockTerms: [Int32]) {
        let t = doc.tokens[block.tokens[k]]
        let term = Int(blockTerms[block.offset + k])
        stats[term].count += 1
        if t.isAllCaps { stats[term].acronymCount += 1 } else if t.isCapitalised && !block.startsSentence(at: k) { stats[term].properCount += 1 }
        if stats[term].lastSentence != block.sentence {
            stats[term].lastSentence = block.sentence
            stats[term].sentenceCount += 1
        }
        if k > 0 { stats[term].leftTotal += 1 }
        if k + 1 < block.tokens.count {
            let right = Int(blockTerms[block.offset + k + 1])
            stats[term].rightTotal += 1
            let (pair, isNew) = pairs.ids.insert(blockTerms[(block.offset + k)...(block.offset + k + 1)])
            if isNew {
                pairs.counts.append(1)
                stats[term].rightDistinct += 1
                stats[right].leftDistinct += 1
            } else {
                pairs.counts[pair] += 1
            }
        }
    }

    /// Each term's median sentence (the middle one of the distinct sentences holding it, upper middle for
    /// an even count): a second pass over the blocks, which come in sentence order.
    private static func findMedianSentences(_ stats: inout [TermStats], _ blocks: [Block], _ termAt: [Int]) {
        var seen = [Int](repeating: 0, count: stats.count)
        var last = [Int](repeating: -1, count: stats.count)
        for block in blocks {
            for i in block.tokens {
                let term = termAt[i]
                guard last[term] != block.sentence else { continue }
                last[term] = block.sentence
                if seen[term] == stats[term].sentenceCount / 2 { stats[term].medianSentence = block.sentence }
                seen[term] += 1
            }
        }
    }

    private func termWeights(_ stats: [TermStats], stopTerm: [Bool], sentenceCount: Int) -> [Double] {
        let valid = stats.indices.filter { !stopTerm[$0] }.map { Double(stats[$0].count) }
        let maxTF = valid.max() ?? 1
        let mean = valid.isEmpty ? 0 : valid.reduce(0, +) / Double(valid.count)
        let std = valid.isEmpty ? 0 : (valid.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(valid.count)).squareRoot()
        return stats.map { s in
            let tf = Double(s.count)
            let casing = Double(max(s.acronymCount, s.properCount)) / (1 + log(tf))
            let position = log(log(3 + Double(s.medianSentence)))
            let frequency = tf / max(mean + std, 1e-9)
            let diversity = { (distinct: Int, total: Int) -> Double in total == 0 ? 0 : Double(distinct) / Double(total) }
            let relatedness = 1 + (diversity(s.leftDistinct, s.leftTotal) + diversity(s.rightDistinct, s.rightTotal)) * tf / maxTF
            let spread = Double(s.sentenceCount) / Double(sentenceCount)
            return (relatedness * position) / (casing + frequency / relatedness + spread / relatedness)
        }
    }

    /// `ids`: the phrase's term ids, a slice of every block's.
    private func phraseScore(_ ids: ArraySlice<Int32>, _ weights: [Double], _ stats: [TermStats], _ pairs: PairCounts,
                             _ stopTerm: [Bool]) -> Double {
        var product = 1.0, sum = 0.0
        for i in ids.indices {
            let w = Int(ids[i])
            if stopTerm[w], i > ids.startIndex, i + 1 < ids.endIndex {
                // A stop word inside a phrase ("bank of england") costs by how loosely it binds its neighbours.
                let prev = Int(ids[i - 1]), next = Int(ids[i + 1])
                let pLeft = Double(pairs.count(ids[(i - 1)...i])) / Double(max(1, stats[prev].count))
                let pRight = Double(pairs.count(ids[i...(i + 1)])) / Double(max(1, stats[next].count))
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

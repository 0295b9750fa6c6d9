/// Groups mentions into entities: equal names, and short forms ("Ri", "Shoigu", "Monday") joined to the
/// nearest preceding full name that contains them (or the first following one when none precedes). A
/// lone word that names nothing by itself joins the nearest preceding organisation whose name holds it
/// ("the League") or person whose surname it is ("Müller"), or is dropped.
struct CoreferenceResolver: Sendable {
    func entities(from mentions: [Mention], in doc: Document) -> [Enrichment.Entity] {
        struct Group {
            /// Votes per type: settled mentions weigh more than guesses.
            var votes: [Enrichment.EntityType: Int]
            var canonical: String
            var words: [String]
            var role: String?
            var spans: [[Int]]
            var firstToken: Int
            /// Span starts added while grouping full names, then while joining short forms: each list is
            /// in article order, so the last start before a position is a binary search.
            var fullNameStarts: [Int] = []
            var shortFormStarts: [Int] = []
            /// The most voted type; ties go to the earlier case (person, organisation, location, other).
            var type: Enrichment.EntityType {
                let order: [Enrichment.EntityType] = [.person, .organization, .location, .other]
                return order.enumerated().max { (votes[$0.element] ?? 0, -$0.offset) < (votes[$1.element] ?? 0, -$1.offset) }?
                    .element ?? .other
            }
        }
        var groups: [Group] = []
        var byName: [String: Int] = [:]
        let names = mentions.map { doc.text($0.tokens) }
        let words = mentions.map { m in doc.tokens[m.tokens].filter(\.isWord).map(\.text) }

        var joiningShortForms = false
        func add(_ index: Int, to groupIndex: Int?) {
            let m = mentions[index]
            let span = [doc.tokens[m.tokens.lowerBound].start, doc.tokens[m.tokens.upperBound - 1].end]
            let role = m.type == .person ? RoleExtractor.role(of: m, in: doc) : nil
            let weight = m.evidence == .strong ? 3 : 1
            if let g = groupIndex {
                groups[g].spans.append(span)
                if joiningShortForms { groups[g].shortFormStarts.append(span[0]) } else { groups[g].fullNameStarts.append(span[0]) }
                // A short form joining a person is that person, whatever it was guessed to be.
                if !(groups[g].words.count > 1 && words[index].count == 1) { groups[g].votes[m.type, default: 0] += weight }
                if groups[g].role == nil { groups[g].role = role }
            } else {
                byName[names[index]] = groups.count
                var group = Group(votes: [m.type: weight], canonical: names[index], words: words[index], role: role,
                                  spans: [span], firstToken: m.tokens.lowerBound)
                if joiningShortForms { group.shortFormStarts = [span[0]] } else { group.fullNameStarts = [span[0]] }
                groups.append(group)
            }
        }

        // Full names first, so that short forms anywhere in the article can join them.
        var deferred: [Int] = []
        for (i, m) in mentions.enumerated() {
            let isShortForm = words[i].count == 1 && m.evidence != .strong || m.evidence == .temporal
                || m.evidence == .backReference
            if isShortForm { deferred.append(i); continue }
            add(i, to: byName[names[i]])
        }
        // Word -> multi-word groups containing it: short forms look up their candidates, not every group.
        var groupsByWord: [String: [Int]] = [:]
        for g in groups.indices where groups[g].words.count > 1 {
            for word in Set(groups[g].words) { groupsByWord[word, default: []].append(g) }
        }
        joiningShortForms = true
        for i in deferred {
            let m = mentions[i]
            let position = doc.tokens[m.tokens.lowerBound].start
            func lastStart(_ g: Int) -> Int {
                max(Self.lastBefore(position, in: groups[g].fullNameStarts), Self.lastBefore(position, in: groups[g].shortFormStarts))
            }
            if m.evidence == .backReference {
                if let g = byName[names[i]] {  // "Herrn Weber ... Weber lachte"
                    add(i, to: g)
                    continue
                }
                // Organisation words join organisations, German nouns join surnames, other words any name.
                let word = words[i].first ?? ""
                let earlier = (groupsByWord[word] ?? []).filter {
                    groups[$0].firstToken < m.tokens.lowerBound
                        && (m.type == .organization ? groups[$0].type == .organization
                            : m.type == .person ? groups[$0].type == .person && groups[$0].words.last == word : true)
                }
                if let g = earlier.max(by: { lastStart($0) < lastStart($1) }) { add(i, to: g) }
                continue
            }
            if let g = byName[names[i]], groups[g].words.count > 1 || m.evidence != .temporal {
                add(i, to: g)
                continue
            }
            if m.evidence == .temporal, !DateExpressionFinder.canBeName(doc, at: m.tokens.lowerBound) { continue }
            let token = words[i].first ?? ""
            let candidates = (groupsByWord[token] ?? []).filter { groups[$0].type == .person }
            let preceding = candidates.filter { groups[$0].firstToken < m.tokens.lowerBound }
                .max { lastStart($0) < lastStart($1) }
            if let g = preceding ?? candidates.first {
                add(i, to: g)  // joins as the group's type: "Monday" is the person, not a weekday
            } else if m.evidence != .temporal {
                add(i, to: byName[names[i]])
            }
        }
        return groups.map { g in
            let spans = g.spans.sorted { $0[0] < $1[0] }
            let type = g.type
            return Enrichment.Entity(type: type, canonical: g.canonical, role: type == .person ? g.role : nil,
                                     count: spans.count, spans: spans)
        }
        .sorted { ($0.spans.first?[0] ?? 0) < ($1.spans.first?[0] ?? 0) }
    }

    /// The largest element of an ascending list below `position`, or -1.
    static func lastBefore(_ position: Int, in sorted: [Int]) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < position { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? sorted[lo - 1] : -1
    }
}

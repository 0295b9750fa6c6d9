/// Groups mentions into entities: equal names, and short forms ("Ri", "Shoigu", "Monday") joined to the
/// nearest preceding full name that contains them (or the first following one when none precedes).
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

        func add(_ index: Int, to groupIndex: Int?) {
            let m = mentions[index]
            let span = [doc.tokens[m.tokens.lowerBound].start, doc.tokens[m.tokens.upperBound - 1].end]
            let role = m.type == .person ? RoleExtractor.role(of: m, in: doc) : nil
            let weight = m.evidence == .strong ? 3 : 1
            if let g = groupIndex {
                groups[g].spans.append(span)
                // A short form joining a person is that person, whatever it was guessed to be.
                if !(groups[g].words.count > 1 && words[index].count == 1) { groups[g].votes[m.type, default: 0] += weight }
                if groups[g].role == nil { groups[g].role = role }
            } else {
                byName[names[index]] = groups.count
                groups.append(Group(votes: [m.type: weight], canonical: names[index], words: words[index], role: role,
                                    spans: [span], firstToken: m.tokens.lowerBound))
            }
        }

        // Full names first, so that short forms anywhere in the article can join them.
        var deferred: [Int] = []
        for (i, m) in mentions.enumerated() {
            let isShortForm = words[i].count == 1 && m.evidence != .strong || m.evidence == .temporal
            if isShortForm { deferred.append(i); continue }
            add(i, to: byName[names[i]])
        }
        for i in deferred {
            let m = mentions[i]
            if let g = byName[names[i]], groups[g].words.count > 1 || m.evidence != .temporal {
                add(i, to: g)
                continue
            }
            if m.evidence == .temporal, !DateExpressionFinder.canBeName(doc, at: m.tokens.lowerBound) { continue }
            let token = words[i].first ?? ""
            let candidates = groups.indices.filter { groups[$0].type == .person && groups[$0].words.count > 1
                && groups[$0].words.contains(token) }
            let position = doc.tokens[m.tokens.lowerBound].start
            func lastStart(_ g: Int) -> Int { groups[g].spans.map { $0[0] }.filter { $0 < position }.max() ?? -1 }
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
}

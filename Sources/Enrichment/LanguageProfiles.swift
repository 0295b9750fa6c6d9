import Foundation

/// Character 1–3-gram log-probabilities per language (lingua's models, pruned; see NOTICE), indexed by
/// n-gram so one lookup scores every language. Loaded once on first use.
struct LanguageProfiles: Sendable {
    struct Entry: Sendable { let language: Int; let logProbability: Float }

    static let shared = LanguageProfiles()

    /// log of roughly how many distinct 1-, 2- and 3-grams a language has beyond its pruned profile.
    static let unseenTypes: [Float] = [log(50), log(2000), log(20000)]

    let languages: [String]
    let scripts: [Script]
    /// Per language and n-gram order (index 0 = unigrams): the log-probability given to an unseen n-gram.
    let floors: [[Float]]
    /// Every language's entry for an n-gram, stored contiguously: `index` maps `key(_:)` of the n-gram's
    /// scalars to its slice of `entries` (one flat array avoids a reference-counted array per n-gram).
    let entries: [Entry]
    let index: [UInt64: Range<Int>]

    /// Packs up to three scalars (21 bits each) into one integer: hashing it is far cheaper than a String.
    static func key<C: Collection>(_ scalars: C) -> UInt64 where C.Element == Unicode.Scalar {
        var k: UInt64 = 0
        for (i, s) in scalars.enumerated() { k |= UInt64(s.value) << UInt64(21 * i) }
        return k
    }

    private init() {
        let codes = ["af", "ar", "az", "be", "bg", "bs", "ca", "cs", "cy", "da", "de", "en", "es", "et", "eu",
                     "fa", "fi", "fr", "ga", "hi", "hr", "hu", "id", "is", "it", "kk", "lt", "lv", "mk", "mr",
                     "ms", "nb", "nl", "nn", "pl", "pt", "ro", "ru", "sk", "sl", "so", "sq", "sr", "sv", "sw",
                     "tl", "tr", "uk", "ur", "vi"]
        var languages: [String] = []
        var scripts: [Script] = []
        var floors: [[Float]] = []
        var entries: [UInt64: [Entry]] = [:]
        for code in codes {
            let lines = ResourceFile.lines(code, "tsv", subdirectory: "Resources/languages")
            guard !lines.isEmpty else { continue }
            let index = languages.count
            var minimum: [Float] = [0, 0, 0]
            var keptMass: [Double] = [0, 0, 0]
            var scriptVotes: [Script: Int] = [:]
            for line in lines {
                // "<n-gram>\t<-ln p in hundredths>"
                guard let tab = line.firstIndex(of: "\t"), let centi = Int(line[line.index(after: tab)...]) else { continue }
                let logp = -Float(centi) / 100
                let gram = line[..<tab].unicodeScalars
                let order = gram.count
                guard (1...3).contains(order) else { continue }
                minimum[order - 1] = min(minimum[order - 1], logp)
                keptMass[order - 1] += exp(Double(logp))
                if order == 1, let s = gram.first { scriptVotes[Script(s), default: 0] += 1 }
                entries[Self.key(gram), default: []].append(Entry(language: index, logProbability: logp))
            }
            languages.append(code)
            scripts.append(scriptVotes.max { $0.value < $1.value }?.key ?? .other)
            floors.append((0..<3).map { o in
                // The probability mass the pruned profile lost, spread over the n-grams it does not list.
                let unseenMass = max(1 - keptMass[o], 1e-4)
                return max(Float(log(unseenMass)) - Self.unseenTypes[o], minimum[o] - 3)
            })
        }
        self.languages = languages
        self.scripts = scripts
        self.floors = floors
        var flat: [Entry] = []
        var index: [UInt64: Range<Int>] = [:]
        for (key, list) in entries {
            index[key] = flat.count..<(flat.count + list.count)
            flat.append(contentsOf: list)
        }
        self.entries = flat
        self.index = index
    }
}

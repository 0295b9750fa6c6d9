/// Character 1–3-gram log-probabilities per language (lingua's models, pruned; see NOTICE), indexed by
/// n-gram so one lookup scores every language. Loaded once on first use.
struct LanguageProfiles: Sendable {
    struct Entry: Sendable { let language: Int; let logProbability: Float }

    static let shared = LanguageProfiles()

    let languages: [String]
    let scripts: [Script]
    /// Per language and n-gram order (index 0 = unigrams): the log-probability given to an unseen n-gram.
    let floors: [[Float]]
    let entries: [String: [Entry]]

    private init() {
        let codes = ["af", "ar", "az", "be", "bg", "bs", "ca", "cs", "cy", "da", "de", "en", "es", "et", "eu",
                     "fa", "fi", "fr", "ga", "hi", "hr", "hu", "id", "is", "it", "kk", "lt", "lv", "mk", "mr",
                     "ms", "nb", "nl", "nn", "pl", "pt", "ro", "ru", "sk", "sl", "so", "sq", "sr", "sv", "sw",
                     "tl", "tr", "uk", "ur", "vi"]
        var languages: [String] = []
        var scripts: [Script] = []
        var floors: [[Float]] = []
        var entries: [String: [Entry]] = [:]
        for code in codes {
            let lines = ResourceFile.lines(code, "tsv", subdirectory: "Resources/languages")
            guard !lines.isEmpty else { continue }
            let index = languages.count
            var minimum: [Float] = [0, 0, 0]
            var scriptVotes: [Script: Int] = [:]
            for line in lines {
                guard let tab = line.firstIndex(of: "\t"), let logp = Float(line[line.index(after: tab)...]) else { continue }
                let gram = String(line[..<tab])
                let order = gram.unicodeScalars.count
                guard (1...3).contains(order) else { continue }
                minimum[order - 1] = min(minimum[order - 1], logp)
                if order == 1, let s = gram.unicodeScalars.first { scriptVotes[Script(s), default: 0] += 1 }
                entries[gram, default: []].append(Entry(language: index, logProbability: logp))
            }
            languages.append(code)
            scripts.append(scriptVotes.max { $0.value < $1.value }?.key ?? .other)
            // Unseen n-grams are rarer than the rarest kept one.
            floors.append(minimum.map { $0 - 1.5 })
        }
        self.languages = languages
        self.scripts = scripts
        self.floors = floors
        self.entries = entries
    }
}

import Foundation
import TextCore

/// Character 1–3-gram log-probabilities per language (lingua's models, pruned; see NOTICE), indexed by
/// n-gram so one lookup scores every language. Loaded once on first use.
struct LanguageProfiles: Sendable {
    /// One language's score for an n-gram: its log-probability above the language's floor for that n-gram
    /// order (what seeing it adds over an unseen n-gram), subtracted once here rather than per look-up.
    struct Entry: Sendable { let language: Int; var gain: Float }

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
    let index: NGramIndex

    /// Open addressing over packed n-gram keys (0 marks an empty slot: no n-gram packs to 0), probed
    /// linearly from a multiplicative hash: the identifier looks up every 1–3-gram of every word, and
    /// `Dictionary`'s seeded hashing cost more than the scoring. A slot holds its key and range together:
    /// the table is megabytes, and a look-up is then one cache miss instead of one per array.
    struct NGramIndex: Sendable {
        private struct Slot: Sendable {
            var key: UInt64 = 0
            var lower: Int32 = 0
            var upper: Int32 = 0
        }

        private let slots: [Slot]
        private let shift: UInt64

        init(_ pairs: [(key: UInt64, range: Range<Int>)]) {
            var bits: UInt64 = 4
            while (1 << bits) < pairs.count * 2 { bits += 1 }
            let capacity = 1 << Int(bits)
            var slots = [Slot](repeating: Slot(), count: capacity)
            shift = 64 - bits
            for (key, range) in pairs {
                var slot = Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while slots[slot].key != 0 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = Slot(key: key, lower: Int32(range.lowerBound), upper: Int32(range.upperBound))
            }
            self.slots = slots
        }

        subscript(key: UInt64) -> Range<Int>? {
            slots.withUnsafeBufferPointer { slots in
                let mask = slots.count - 1
                var slot = Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while true {
                    let entry = slots[slot]
                    if entry.key == key { return Int(entry.lower)..<Int(entry.upper) }
                    if entry.key == 0 { return nil }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

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
        var all: [(key: UInt64, entry: Entry)] = []
        var orders: [Int] = []
        all.reserveCapacity(codes.count * 10_000)
        orders.reserveCapacity(codes.count * 10_000)
        for code in codes {
            guard let data = ResourceFile.data(code, "tsv", subdirectory: "Resources/languages") else { continue }
            let language = languages.count
            let first = all.count
            var minimum: [Float] = [0, 0, 0]
            var keptMass: [Double] = [0, 0, 0]
            var scriptVotes: [Script: Int] = [:]
            Self.parse(data) { scalars, centi in
                let order = scalars.count
                guard (1...3).contains(order) else { return }
                let logp = -Float(centi) / 100
                minimum[order - 1] = min(minimum[order - 1], logp)
                keptMass[order - 1] += exp(Double(logp))
                if order == 1 { scriptVotes[Script(scalars[0]), default: 0] += 1 }
                all.append((Self.key(scalars), Entry(language: language, gain: logp)))
                orders.append(order)
            }
            languages.append(code)
            scripts.append(scriptVotes.max { $0.value < $1.value }?.key ?? .other)
            let floor = (0..<3).map { o in
                // The probability mass the pruned profile lost, spread over the n-grams it does not list.
                let unseenMass = max(1 - keptMass[o], 1e-4)
                return max(Float(log(unseenMass)) - Self.unseenTypes[o], minimum[o] - 3)
            }
            floors.append(floor)
            for i in first..<all.count { all[i].entry.gain -= floor[orders[i] - 1] }
        }
        self.languages = languages
        self.scripts = scripts
        self.floors = floors
        // Sorted by n-gram, every n-gram's entries are one contiguous slice.
        all.sort { $0.key < $1.key }
        var index: [(key: UInt64, range: Range<Int>)] = []
        index.reserveCapacity(all.count / 2)
        var start = 0
        for i in all.indices.dropFirst() where all[i].key != all[start].key {
            index.append((all[start].key, start..<i))
            start = i
        }
        if start < all.count { index.append((all[start].key, start..<all.count)) }
        self.entries = all.map(\.entry)
        self.index = NGramIndex(index)
    }

    /// Reads "<n-gram>\t<-ln p in hundredths>\n" lines straight from UTF-8 bytes: building a String per
    /// line would make loading several times slower.
    private static func parse(_ data: Data, _ line: ([Unicode.Scalar], Int) -> Void) {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var i = 0
            var scalars: [Unicode.Scalar] = []
            while i < bytes.count {
                scalars.removeAll(keepingCapacity: true)
                while i < bytes.count, bytes[i] != 0x09, bytes[i] != 0x0A {
                    let lead = bytes[i]
                    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> UInt32(length + 1))
                    for k in 1..<length where i + k < bytes.count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                    if let s = Unicode.Scalar(value) { scalars.append(s) }
                    i += length
                }
                var centi = 0
                if i < bytes.count, bytes[i] == 0x09 {
                    i += 1
                    while i < bytes.count, bytes[i] != 0x0A {
                        centi = centi * 10 + Int(bytes[i] &- 0x30)
                        i += 1
                    }
                    if !scalars.isEmpty { line(scalars, centi) }
                }
                i += 1
            }
        }
    }
}

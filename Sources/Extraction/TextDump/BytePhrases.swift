/// Phrases pre-encoded as UTF-8 bytes, searched in short lines without allocating per call
/// (the generic string searchers set up state on every call, which dominates on large dumps).
struct BytePhrases {
    private let phrases: [[UInt8]]

    init(_ phrases: [String]) { self.phrases = phrases.map { Array($0.utf8) } }

    func anyPrefix(of text: [UInt8]) -> Bool {
        phrases.contains { text.starts(with: $0) }
    }

    func anyInside(_ text: [UInt8]) -> Bool {
        phrases.contains { text.containsBytes($0) }
    }
}

extension Array where Element == UInt8 {
    /// Naive search: the lines it runs on are short.
    func containsBytes(_ pattern: [UInt8]) -> Bool {
        guard let head = pattern.first, pattern.count <= count else { return pattern.isEmpty }
        var start = 0
        while start + pattern.count <= count {
            if self[start] == head && self[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
            start += 1
        }
        return false
    }
}

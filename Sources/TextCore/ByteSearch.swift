/// Substring search over UTF-8 bytes, the one implementation behind every "does this contain"
/// of the heuristics. Class names, markers and phrase lists are compared as bytes: Foundation's
/// locale-aware `contains` and the generic collection searchers cost more than the rest of a
/// page's heuristics together.
public enum ByteSearch {
    /// Whether `needle` occurs in `haystack`. Naive and allocation-free: the texts it runs on
    /// are short (lines, class strings), where setting up a smarter search costs more.
    public static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        let n = needle.count
        guard haystack.count >= n else { return false }
        var i = 0
        let last = haystack.count - n
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < n && haystack[i + j] == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }

    public static func hasPrefix(_ text: UnsafeBufferPointer<UInt8>, _ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        guard prefix.count <= text.count else { return false }
        for i in 0..<prefix.count where text[i] != prefix[i] { return false }
        return true
    }
}

extension StringProtocol {
    /// Byte-wise (so case- and normalisation-sensitive) substring test.
    public func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { needleBytes in
            if let found = utf8.withContiguousStorageIfAvailable({ ByteSearch.contains($0, needleBytes) }) { return found }
            return Array(utf8).withUnsafeBufferPointer { ByteSearch.contains($0, needleBytes) }
        }
    }
}

extension Array where Element == UInt8 {
    public func containsBytes(_ pattern: [UInt8]) -> Bool {
        withUnsafeBufferPointer { haystack in pattern.withUnsafeBufferPointer { ByteSearch.contains(haystack, $0) } }
    }
}

/// Phrases pre-encoded as UTF-8 bytes, searched in short lines without allocating per call.
public struct BytePhrases: Sendable {
    private let phrases: [[UInt8]]

    public init(_ phrases: [String]) { self.phrases = phrases.map { Array($0.utf8) } }

    public func anyPrefix(of text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { text in
            phrases.contains { phrase in phrase.withUnsafeBufferPointer { ByteSearch.hasPrefix(text, $0) } }
        }
    }

    public func anyInside(_ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { text in
            phrases.contains { phrase in phrase.withUnsafeBufferPointer { ByteSearch.contains(text, $0) } }
        }
    }
}

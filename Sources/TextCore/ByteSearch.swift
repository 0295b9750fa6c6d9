#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over UTF-8 bytes, the one implementation behind every "does this contain"
/// of the heuristics. Class names, markers and phrase lists are compared as bytes: Foundation's
/// locale-aware `contains` and the generic collection searchers cost more than the rest of a
/// page's heuristics together.
public enum ByteSearch {
    /// A space, tab, line feed, vertical tab, form feed or carriage return: Unicode's white
    /// space within ASCII.
    @inlinable
    public static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte >= 0x09 && byte <= 0x0D
    }

    /// Whether `needle` occurs in `haystack`. Naive and allocation-free: the texts it runs on
    /// are short (lines, class strings), where setting up a smarter search costs more.
    public static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        firstOffset(of: needle, in: haystack) != nil
    }

    /// Offset of the first occurrence of `needle` in `haystack`.
    public static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first else { return 0 }
        let n = needle.count
        guard haystack.count >= n else { return nil }
        var i = 0
        let last = haystack.count - n
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < n && haystack[i + j] == needle[j] { j += 1 }
                if j == n { return i }
            }
            i += 1
        }
        return nil
    }

    /// Offset of the first `byte` at or after `start`: the C library's `memchr`, which reads a
    /// word at a time, for scans over a whole page.
    public static func firstOffset(of byte: UInt8, in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let base = haystack.baseAddress, start < haystack.count else { return nil }
        guard let found = memchr(base + start, Int32(byte), haystack.count - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Offset of the last occurrence of `needle` in `haystack`.
    public static func lastOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = haystack.count - needle.count
        while i >= 0 {
            if ByteSearch.hasPrefix(UnsafeBufferPointer(rebasing: haystack[i...]), needle) { return i }
            i -= 1
        }
        return nil
    }

    public static func hasPrefix(_ text: UnsafeBufferPointer<UInt8>, _ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        guard prefix.count <= text.count else { return false }
        for i in 0..<prefix.count where text[i] != prefix[i] { return false }
        return true
    }

    public static func hasSuffix(_ text: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        guard text.count >= suffix.count else { return false }
        let offset = text.count - suffix.count
        for i in 0..<suffix.count where text[offset + i] != suffix[i] { return false }
        return true
    }

    /// UTF-8 bytes (at most `maxScalars` scalars of them) with ASCII letters lower-cased and
    /// every other byte as it is: what the ASCII phrase lists are matched against. Offsets stay
    /// the text's own UTF-8 offsets. Unicode lower-casing (`lowercased()`) costs a String per
    /// line and its case tables; the phrases are ASCII.
    public static func asciiLowercased(_ utf8: UnsafeBufferPointer<UInt8>, maxScalars: Int = .max) -> [UInt8] {
        var end = utf8.count
        if maxScalars < utf8.count {
            var scalars = 0
            for (offset, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 {
                if scalars == maxScalars { end = offset; break }
                scalars += 1
            }
        }
        return [UInt8](unsafeUninitializedCapacity: end) { buffer, count in
            for i in 0..<end {
                let byte = utf8[i]
                buffer[i] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            count = end
        }
    }

    /// The first `scalars` Unicode scalars of `text`, lower-cased (as `lowercased()` does it,
    /// scalar by scalar), as UTF-8: what phrase lists with non-ASCII phrases ("über den autor",
    /// "tous droits réservés") are matched against. ASCII is lowered byte by byte and only
    /// scalars that change are looked up: `lowercased()` builds a String through the case
    /// tables for any text with one curly quote in it.
    public static func lowercasedPrefix<S: StringProtocol>(_ text: S, scalars: Int) -> [UInt8] {
        text.withUTF8Bytes { lowercasedPrefix($0, scalars: scalars) }
    }

    public static func lowercasedPrefix(_ utf8: UnsafeBufferPointer<UInt8>, scalars maxScalars: Int) -> [UInt8] {
        var lowered: [UInt8] = []
        lowered.reserveCapacity(min(utf8.count, maxScalars))
        var index = 0, scalars = 0
        while index < utf8.count, scalars < maxScalars {
            scalars += 1
            let lead = utf8[index]
            if lead < 0x80 {
                lowered.append(lead >= 0x41 && lead <= 0x5A ? lead | 0x20 : lead)
                index += 1
                continue
            }
            // Valid UTF-8 (a Swift string's): the lead byte gives the length.
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            let end = min(index + length, utf8.count)
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for i in (index + 1)..<end { value = value << 6 | UInt32(utf8[i] & 0x3F) }
            if let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased {
                lowered.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                lowered.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[index..<end]))
            }
            index = end
        }
        return lowered
    }

    public static func asciiLowercased<S: StringProtocol>(_ text: S, maxScalars: Int = .max) -> [UInt8] {
        if let bytes = text.utf8.withContiguousStorageIfAvailable({ asciiLowercased($0, maxScalars: maxScalars) }) { return bytes }
        return Array(text.utf8).withUnsafeBufferPointer { asciiLowercased($0, maxScalars: maxScalars) }
    }
}

extension StringProtocol {
    /// Runs `body` over the text's UTF-8 bytes in place (a copy only for bridged, non-contiguous
    /// storage): iterating `utf8` directly checks every index.
    @inlinable
    public func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }

    /// Byte-wise (so case- and normalisation-sensitive) substring test. Inlinable, so that it
    /// is specialised for `String` and `Substring` where it is called.
    @inlinable
    public func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { needleBytes in
            if let found = utf8.withContiguousStorageIfAvailable({ ByteSearch.contains($0, needleBytes) }) { return found }
            return Array(utf8).withUnsafeBufferPointer { ByteSearch.contains($0, needleBytes) }
        }
    }
}

extension String {
    /// The range of the first (or last) occurrence of `needle`, compared as UTF-8 bytes: the
    /// literal search of Foundation's `range(of:)` without its trip through NSString. UTF-8
    /// matches start and end on scalar boundaries.
    /// `from`: where a forward search starts (an index of this string).
    public func range(ofBytes needle: String, from start: String.Index? = nil, backwards: Bool = false) -> Range<String.Index>? {
        var text = self, needle = needle
        let offset = start.map { utf8.distance(from: utf8.startIndex, to: $0) } ?? 0
        let found: Int? = text.withUTF8 { haystack in
            needle.withUTF8 { needle in
                if backwards { return ByteSearch.lastOffset(of: needle, in: haystack) }
                return ByteSearch.firstOffset(of: needle, in: UnsafeBufferPointer(rebasing: haystack[offset...])).map { $0 + offset }
            }
        }
        guard let found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: found)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// The pieces between occurrences of `separator`, empty ones kept, as Foundation's
    /// `components(separatedBy:)` gives them, found by byte search.
    public func components(separatedByBytes separator: String) -> [Substring] {
        var text = self, separator = separator
        let offsets: [Int] = text.withUTF8 { haystack in
            separator.withUTF8 { needle in
                var offsets: [Int] = []
                var start = 0
                while !needle.isEmpty, start <= haystack.count,
                      let found = ByteSearch.firstOffset(of: needle, in: UnsafeBufferPointer(rebasing: haystack[start...])) {
                    offsets.append(start + found)
                    start += found + needle.count
                }
                return offsets
            }
        }
        var pieces: [Substring] = []
        var start = utf8.startIndex
        for offset in offsets {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            pieces.append(self[start..<end])
            start = utf8.index(end, offsetBy: separator.utf8.count)
        }
        pieces.append(self[start...])
        return pieces
    }
}

extension Array where Element == UInt8 {
    public func containsBytes(_ pattern: [UInt8]) -> Bool { firstOffset(of: pattern) != nil }

    /// Offset of the first occurrence of `pattern` at or after `start`.
    public func firstOffset(of pattern: [UInt8], from start: Int = 0) -> Int? {
        guard start <= count else { return nil }
        return withUnsafeBufferPointer { haystack in
            pattern.withUnsafeBufferPointer { needle in
                ByteSearch.firstOffset(of: needle, in: UnsafeBufferPointer(rebasing: haystack[start...])).map { $0 + start }
            }
        }
    }
}

/// Phrases pre-encoded as UTF-8 bytes, searched in short lines without allocating per call.
/// `anyInside` reads the text once and compares phrases only where the text's next two bytes
/// start one of them (every line of a dump and every block of a page is asked about dozens of
/// phrases, and most positions start none).
public struct BytePhrases: Sendable {
    /// Phrases by their first byte.
    private let byFirstByte: [[[UInt8]]]
    /// Bit `b0 << 8 | b1` is set when a phrase starts with bytes b0 b1 (or is the one byte b0).
    private let startPairs: [UInt64]
    /// An empty phrase is in every text.
    private let hasEmpty: Bool

    public init(_ phrases: [String]) {
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        var pairs = [UInt64](repeating: 0, count: 1024)
        func mark(_ key: Int) { pairs[key >> 6] |= 1 << UInt64(key & 63) }
        for phrase in phrases.map({ Array($0.utf8) }) where !phrase.isEmpty {
            buckets[Int(phrase[0])].append(phrase)
            if phrase.count == 1 {
                for second in 0..<256 { mark(Int(phrase[0]) << 8 | second) }
            } else {
                mark(Int(phrase[0]) << 8 | Int(phrase[1]))
            }
        }
        byFirstByte = buckets
        startPairs = pairs
        hasEmpty = phrases.contains { $0.isEmpty }
    }

    public func anyPrefix(of text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { anyPrefix(of: $0) }
    }

    public func anyPrefix(of text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = text.first else { return hasEmpty }
        return hasEmpty || byFirstByte[Int(first)].contains { phrase in
            phrase.count <= text.count && phrase.withUnsafeBufferPointer { ByteSearch.hasPrefix(text, $0) }
        }
    }

    /// Whether `text` is one of the phrases, whole.
    public func contains(exactly text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = text.first else { return hasEmpty }
        return byFirstByte[Int(first)].contains { phrase in
            phrase.count == text.count && phrase.withUnsafeBufferPointer { ByteSearch.hasPrefix(text, $0) }
        }
    }

    public func anyInside(_ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { anyInside($0) }
    }

    public func anyInside(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        if hasEmpty { return true }
        let count = text.count
        for start in 0..<count {
            let key = Int(text[start]) << 8 | (start + 1 < count ? Int(text[start + 1]) : 0)
            guard startPairs[key >> 6] & (1 << UInt64(key & 63)) != 0 else { continue }
            let rest = UnsafeBufferPointer(rebasing: text[start...])
            for phrase in byFirstByte[Int(text[start])] where phrase.count <= rest.count {
                if phrase.withUnsafeBufferPointer({ ByteSearch.hasPrefix(rest, $0) }) { return true }
            }
        }
        return false
    }
}

extension Substring {
    /// The text after its first `count` UTF-8 bytes; `count` is an offset found by a byte search
    /// for an ASCII phrase, so it falls between characters.
    public func dropFirstBytes(_ count: Int) -> Substring { self[utf8.index(utf8.startIndex, offsetBy: count)...] }

    /// The text's first `count` UTF-8 bytes (see `dropFirstBytes`).
    public func prefixBytes(_ count: Int) -> Substring { self[..<utf8.index(utf8.startIndex, offsetBy: count)] }
}

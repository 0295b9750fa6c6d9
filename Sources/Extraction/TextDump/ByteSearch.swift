extension Array where Element == UInt8 {
    /// Whether `needle`'s UTF-8 bytes occur in this buffer. Naive search: the lines it runs on
    /// are short, and it avoids the per-call set-up of the generic string searchers.
    func containsBytes(of needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let head = pattern.first, pattern.count <= count else { return pattern.isEmpty }
        var start = 0
        while start + pattern.count <= count {
            if self[start] == head && self[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
            start += 1
        }
        return false
    }
}

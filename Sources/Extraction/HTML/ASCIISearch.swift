/// Substring search over UTF-8 bytes. Class names and markers are ASCII, and Foundation's
/// locale-aware `contains` costs more than the rest of a page's heuristics together.
extension StringProtocol {
    func containsBytes(_ needle: String) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { haystack in
            needle.utf8.withContiguousStorageIfAvailable { needle in search(haystack, needle) }
        }
        return (found ?? nil) ?? search(Array(utf8)[...], Array(needle.utf8)[...])
    }
}

private func search<H: RandomAccessCollection<UInt8>, N: RandomAccessCollection<UInt8>>(_ haystack: H, _ needle: N) -> Bool
where H.Index == Int, N.Index == Int {
    guard let first = needle.first else { return true }
    guard haystack.count >= needle.count else { return false }
    let n = needle.count
    var i = haystack.startIndex
    let last = haystack.endIndex - n
    while i <= last {
        if haystack[i] == first {
            var j = 1
            while j < n && haystack[i + j] == needle[needle.startIndex + j] { j += 1 }
            if j == n { return true }
        }
        i += 1
    }
    return false
}

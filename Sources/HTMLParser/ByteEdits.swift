/// Replacements of byte ranges in a page, made in order, copying the page only once the first
/// one is made: the pre-parse passes (`RawTextElision`, `HTML5References`) change nothing on
/// most pages and must not copy those.
struct ByteEdits {
    private let source: UnsafeBufferPointer<UInt8>
    private var output: [UInt8]?
    /// Bytes of `source` before this offset are in `output`.
    private var copied = 0

    init(_ source: UnsafeBufferPointer<UInt8>) {
        self.source = source
    }

    /// Replaces `range` (after every earlier edit's) with `replacement`.
    mutating func replace(_ range: Range<Int>, with replacement: [UInt8] = []) {
        if output == nil {
            output = []
            output!.reserveCapacity(source.count + 64)
        }
        output!.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied..<range.lowerBound]))
        output!.append(contentsOf: replacement)
        copied = range.upperBound
    }

    /// The edited page, or nil when nothing was replaced.
    func result() -> [UInt8]? {
        guard var result = output else { return nil }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied...]))
        return result
    }
}

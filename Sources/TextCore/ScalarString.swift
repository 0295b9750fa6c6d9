extension String {
    /// The string of a run of scalars, encoded straight into the string's UTF-8 storage.
    /// `String(String.UnicodeScalarView(slice))` appends scalar by scalar through the generic
    /// path; this is the same string for a fraction of the cost (tokens, date mentions).
    public init(scalars: ArraySlice<Unicode.Scalar>) {
        var bytes = 0
        for s in scalars { bytes += UTF8.width(s) }
        self.init(unsafeUninitializedCapacity: bytes) { buffer in
            var k = 0
            for s in scalars {
                if s.value < 0x80 {
                    buffer[k] = UInt8(truncatingIfNeeded: s.value)
                    k += 1
                } else {
                    UTF8.encode(s) { unit in
                        buffer[k] = unit
                        k += 1
                    }
                }
            }
            return k
        }
    }
}

/// One-dimensional arrays sent as a single parameter in PostgreSQL's binary array format, so
/// a batch of values needs no quoting, escaping or parsing of a text literal. The statement
/// names the type with a cast (`$1::bigint[]`), which is how the server learns it; the element
/// type written here must match that cast.
extension Bind {
    /// bigint[]; nil elements are SQL NULLs.
    public static func int64Array(_ values: [Int64?]) -> Bind {
        binaryArray(elementOID: 20, values.map { $0.map { value in withUnsafeBytes(of: value.bigEndian) { Array($0) } } })
    }

    /// integer[]; nil elements are SQL NULLs.
    public static func int32Array(_ values: [Int32?]) -> Bind {
        binaryArray(elementOID: 23, values.map { $0.map { value in withUnsafeBytes(of: value.bigEndian) { Array($0) } } })
    }

    public static func boolArray(_ values: [Bool]) -> Bind {
        binaryArray(elementOID: 16, values.map { [$0 ? 1 : 0] })
    }

    /// text[]; nil elements are SQL NULLs. Also the way to send dates and timestamps: the
    /// statement casts each element (`unnest($1::text[])::timestamptz`).
    public static func textArray(_ values: [String?]) -> Bind {
        binaryArray(elementOID: 25, values.map { $0.map { Array($0.utf8) } })
    }

    /// jsonb[]: each element is JSON text, parsed once by the server as it stores it.
    public static func jsonbArray(_ values: [String]) -> Bind {
        // jsonb's binary input is a version byte (1) followed by the JSON text.
        binaryArray(elementOID: 3802, values.map { [1] + Array($0.utf8) })
    }

    private static func binaryArray(elementOID: UInt32, _ elements: [[UInt8]?]) -> Bind {
        var out: [UInt8] = []
        out.reserveCapacity(20 + elements.reduce(0) { $0 + 4 + ($1?.count ?? 0) })
        func int32(_ value: Int32) { withUnsafeBytes(of: value.bigEndian) { out.append(contentsOf: $0) } }
        let hasNull = elements.contains { $0 == nil }
        int32(elements.isEmpty ? 0 : 1)  // dimensions
        int32(hasNull ? 1 : 0)
        int32(Int32(bitPattern: elementOID))
        if !elements.isEmpty {
            int32(Int32(clamping: elements.count))
            int32(1)  // lower bound
        }
        for element in elements {
            if let element {
                int32(Int32(clamping: element.count))
                out.append(contentsOf: element)
            } else {
                int32(-1)
            }
        }
        return .bytes(out)
    }
}

import Queue

/// The messages between a worker and its processing children, over the child's stdin and
/// stdout: one request (a job's page) and one response (its result or why it failed) at a
/// time. Each message is a frame: a 4-byte big-endian length, then that many bytes. Pure
/// encoding and decoding, no I/O: `FrameBuffer` gathers frames from whatever chunks reads
/// return, and a malformed or oversized frame is a `ProcessingProtocolError`, never a trap.
enum ProcessingProtocol {
    struct Request: Sendable, Equatable {
        var jobID: Int64
        var claim: Int
        var sourceURL: String?
        var contentType: String?
        var payload: [UInt8]
    }

    enum Response: Sendable, Equatable {
        /// Sent once, when the child has loaded its data and waits for requests.
        case ready
        case completed(jobID: Int64, claim: Int, resultJSON: String, row: ArticleRow, processingTime: Duration)
        /// Input that can never succeed: the job fails for good with `reason`.
        case rejected(jobID: Int64, claim: Int, reason: String)
    }

    private static let requestTag: UInt8 = 0x51    // "Q"
    private static let completedTag: UInt8 = 0x52  // "R"
    private static let rejectedTag: UInt8 = 0x58   // "X"
    private static let readyTag: UInt8 = 0x48      // "H"

    static func encode(_ request: Request) -> [UInt8] {
        var w = FrameWriter(tag: requestTag, capacity: request.payload.count + 256)
        w.int64(request.jobID)
        w.int64(Int64(request.claim))
        w.string(request.sourceURL)
        w.string(request.contentType)
        w.bytes(request.payload)
        return w.frame()
    }

    static func encode(_ response: Response) -> [UInt8] {
        switch response {
        case .ready:
            return FrameWriter(tag: readyTag, capacity: 8).frame()
        case let .completed(jobID, claim, json, row, time):
            var w = FrameWriter(tag: completedTag, capacity: json.utf8.count + 256)
            w.int64(jobID)
            w.int64(Int64(claim))
            w.string(json)
            w.string(row.title)
            w.string(row.publishedAt)
            w.string(row.pageDate)
            w.string(row.language)
            w.int64(Int64(row.wordCount))
            w.int64(Int64(row.schemaVersion))
            w.string(row.sha256)
            w.optionalInt64(row.simhash)
            w.int64(time.components.seconds * 1_000_000_000 + time.components.attoseconds / 1_000_000_000)
            return w.frame()
        case let .rejected(jobID, claim, reason):
            var w = FrameWriter(tag: rejectedTag, capacity: reason.utf8.count + 32)
            w.int64(jobID)
            w.int64(Int64(claim))
            w.string(reason)
            return w.frame()
        }
    }

    static func decodeRequest(_ body: [UInt8]) throws(ProcessingProtocolError) -> Request {
        var r = try FrameReader(body, tag: requestTag)
        let request = Request(jobID: try r.int64(), claim: Int(try r.int64()), sourceURL: try r.string(),
                              contentType: try r.string(), payload: try r.bytes())
        try r.end()
        return request
    }

    static func decodeResponse(_ body: [UInt8]) throws(ProcessingProtocolError) -> Response {
        guard let tag = body.first else { throw .malformed("an empty frame") }
        if tag == readyTag {
            try FrameReader(body, tag: readyTag).end()
            return .ready
        }
        var r = try FrameReader(body, tag: tag == rejectedTag ? rejectedTag : completedTag)
        let jobID = try r.int64(), claim = Int(try r.int64())
        let response: Response
        if tag == rejectedTag {
            response = .rejected(jobID: jobID, claim: claim, reason: try r.string() ?? "")
        } else {
            let json = try r.string() ?? ""
            let row = ArticleRow(title: try r.string(), publishedAt: try r.string(), pageDate: try r.string(),
                                 language: try r.string(), wordCount: Int(try r.int64()), schemaVersion: Int(try r.int64()),
                                 sha256: try r.string(), simhash: try r.optionalInt64())
            let nanoseconds = try r.int64()
            response = .completed(jobID: jobID, claim: claim, resultJSON: json, row: row,
                                  processingTime: .nanoseconds(nanoseconds))
        }
        try r.end()
        return response
    }
}

struct ProcessingProtocolError: Error, Equatable, CustomStringConvertible {
    var reason: String
    static func malformed(_ reason: String) -> Self { Self(reason: reason) }
    var description: String { "malformed message from a processing child: \(reason)" }
}

/// Collects bytes as they arrive and cuts them into frames.
struct FrameBuffer {
    /// Frames longer than this are refused (a child gone wrong must not make its parent
    /// allocate without bound).
    let maxFrameBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0

    init(maxFrameBytes: Int) { self.maxFrameBytes = maxFrameBytes }

    var isEmpty: Bool { start == buffer.count }

    mutating func append(_ bytes: some Collection<UInt8>) {
        if start > 0 && start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next whole frame's body, or nil until more bytes arrive.
    mutating func next() throws(ProcessingProtocolError) -> [UInt8]? {
        guard buffer.count - start >= 4 else { return nil }
        let length = buffer[start..<start + 4].reduce(0) { $0 << 8 | Int($1) }
        guard length <= maxFrameBytes else {
            throw .malformed("a frame of \(length) bytes, over the \(maxFrameBytes)-byte limit")
        }
        guard buffer.count - start - 4 >= length else { return nil }
        let body = Array(buffer[start + 4..<start + 4 + length])
        start += 4 + length
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        }
        return body
    }
}

private struct FrameWriter {
    private var out: [UInt8]

    init(tag: UInt8, capacity: Int) {
        out = [0, 0, 0, 0, tag]
        out.reserveCapacity(capacity)
    }

    mutating func int64(_ value: Int64) { withUnsafeBytes(of: value.bigEndian) { out.append(contentsOf: $0) } }

    mutating func optionalInt64(_ value: Int64?) {
        out.append(value == nil ? 0 : 1)
        int64(value ?? 0)
    }

    mutating func bytes(_ value: [UInt8]) {
        int64(Int64(value.count))
        out.append(contentsOf: value)
    }

    /// A length of -1 stands for nil.
    mutating func string(_ value: String?) {
        guard let value else { int64(-1); return }
        bytes(Array(value.utf8))
    }

    consuming func frame() -> [UInt8] {
        let length = UInt32(truncatingIfNeeded: out.count - 4)
        withUnsafeBytes(of: length.bigEndian) { header in
            for i in 0..<4 { out[i] = header[i] }
        }
        return out
    }
}

private struct FrameReader {
    private let body: [UInt8]
    private var index = 1

    init(_ body: [UInt8], tag: UInt8) throws(ProcessingProtocolError) {
        guard body.first == tag else { throw .malformed("unexpected message type \(body.first.map(String.init) ?? "none")") }
        self.body = body
    }

    mutating func int64() throws(ProcessingProtocolError) -> Int64 {
        guard body.count - index >= 8 else { throw .malformed("truncated") }
        let value = body[index..<index + 8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        index += 8
        return Int64(bitPattern: value)
    }

    mutating func optionalInt64() throws(ProcessingProtocolError) -> Int64? {
        guard index < body.count else { throw .malformed("truncated") }
        let present = body[index] != 0
        index += 1
        let value = try int64()
        return present ? value : nil
    }

    mutating func bytes() throws(ProcessingProtocolError) -> [UInt8] {
        let length = try int64()
        guard length >= 0, length <= body.count - index else { throw .malformed("a field longer than its frame") }
        defer { index += Int(length) }
        return Array(body[index..<index + Int(length)])
    }

    mutating func string() throws(ProcessingProtocolError) -> String? {
        let length = try int64()
        if length == -1 { return nil }
        guard length >= 0, length <= body.count - index else { throw .malformed("a field longer than its frame") }
        defer { index += Int(length) }
        return String(decoding: body[index..<index + Int(length)], as: UTF8.self)
    }

    func end() throws(ProcessingProtocolError) {
        guard index == body.count else { throw .malformed("\(body.count - index) unexpected bytes at the end") }
    }
}

@testable import Daemon
import Queue
import Testing
import TestSupport

/// The pipe protocol between a worker and its processing children: what is encoded decodes
/// to the same value, from any chunking of the bytes, and damaged frames are errors.
struct ProcessingProtocolTests {
    static let request = ProcessingProtocol.Request(jobID: 42, claim: 3, sourceURL: "https://example.com/é",
                                                    contentType: nil, payload: Array("<html>ünïcode\u{0}</html>".utf8))
    static let responses: [ProcessingProtocol.Response] = [
        .ready,
        .completed(jobID: 42, claim: 3, resultJSON: #"{"title":"Ü"}"#,
                   row: ArticleRow(title: "Ü", publishedAt: "2024-03-05T10:00:00Z", pageDate: nil, language: "de",
                                   wordCount: 12, schemaVersion: 2, sha256: "ab", simhash: -7),
                   processingTime: .nanoseconds(123_456_789)),
        .completed(jobID: 1, claim: 1, resultJSON: "{}", row: ArticleRow(), processingTime: .zero),
        .rejected(jobID: 9, claim: 1, reason: "no article found: ..."),
    ]

    static func frames(_ bytes: [UInt8], chunked sizes: [Int]) throws -> [[UInt8]] {
        var buffer = FrameBuffer(maxFrameBytes: 1 << 20)
        var out: [[UInt8]] = []
        var index = 0
        var k = 0
        while index < bytes.count {
            let size = max(1, sizes[k % sizes.count])
            buffer.append(bytes[index..<min(bytes.count, index + size)])
            index += size
            k += 1
            while let frame = try buffer.next() { out.append(frame) }
        }
        return out
    }

    @Test func requestsAndResponsesSurviveAnyChunking() throws {
        var random = SeededRandom(seed: 7)
        let stream = ProcessingProtocol.encode(Self.request) + Self.responses.flatMap(ProcessingProtocol.encode)
        for _ in 0..<50 {
            let sizes = (0..<8).map { _ in Int.random(in: 1...40, using: &random) }
            let frames = try Self.frames(stream, chunked: sizes)
            #expect(frames.count == 1 + Self.responses.count)
            #expect(try ProcessingProtocol.decodeRequest(frames[0]) == Self.request)
            #expect(try frames.dropFirst().map(ProcessingProtocol.decodeResponse) == Self.responses)
        }
    }

    @Test func damagedFramesAreErrorsNotTraps() throws {
        let good = ProcessingProtocol.encode(Self.responses[1])
        let body = Array(good.dropFirst(4))
        // Every truncation of the body, and a byte flipped anywhere.
        for cut in 0..<body.count {
            #expect(throws: ProcessingProtocolError.self) { try ProcessingProtocol.decodeResponse(Array(body[..<cut])) }
        }
        var random = SeededRandom(seed: 11)
        for _ in 0..<500 {
            var damaged = body
            damaged[Int.random(in: 0..<damaged.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            _ = try? ProcessingProtocol.decodeResponse(damaged)
            _ = try? ProcessingProtocol.decodeRequest(damaged)
        }
        #expect(throws: ProcessingProtocolError.self) { try ProcessingProtocol.decodeResponse(body + [0]) }
    }

    @Test func anOversizedFrameIsRefusedBeforeItIsRead() {
        var buffer = FrameBuffer(maxFrameBytes: 100)
        buffer.append([0x00, 0x01, 0x00, 0x00, 0x52])
        #expect(throws: ProcessingProtocolError.self) { try buffer.next() }
    }
}

import Extraction
import Foundation

/// A processor that misbehaves on request, for fault-containment tests and `scripts/chaos`:
/// a page whose first 512 bytes contain `newsdesk-fault:<kind>` does that instead of (or
/// before) being processed normally. Only `newsdesk run --fault-injection` (a hidden option)
/// turns it on; a production worker never does.
///
/// Kinds: `crash` (SIGSEGV), `exit` (exits mid-job), `hang` (never returns), `oom` (allocates
/// until the memory cap stops it), `poison` (a result the database refuses: a NUL escape in the
/// title), `slow` (sleeps a second, then processes normally).
public struct FaultInjectingProcessor: PageProcessor {
    public static let marker = "newsdesk-fault:"
    let wrapped: any PageProcessor

    public init(wrapping processor: any PageProcessor) { wrapped = processor }

    public func processedPage(for page: RawPage) throws(ExtractionError) -> ProcessedPage {
        switch Self.fault(in: page.bytes) {
        case "crash":
            // Default handling first: a runtime's crash handler would otherwise return.
            signal(SIGSEGV, SIG_DFL)
            raise(SIGSEGV)
        case "exit":
            exit(3)
        case "hang":
            while true { sleep(3600) }
        case "oom":
            var hoard: [[UInt8]] = []
            while true { hoard.append([UInt8](repeating: 1, count: 64 << 20)) }
        case "poison":
            var processed = try wrapped.processedPage(for: page)
            processed.resultJSON = processed.resultJSON.replacingOccurrences(of: #""title":"#, with: #""title":"\u0000","ignored_title":"#)
            return processed
        case "slow":
            Thread.sleep(forTimeInterval: 1)
        default:
            break
        }
        return try wrapped.processedPage(for: page)
    }

    static func fault(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self)
        guard let range = head.range(of: marker) else { return nil }
        return String(head[range.upperBound...].prefix { $0.isLetter })
    }
}

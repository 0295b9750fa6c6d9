import CSystem
import Extraction
import Foundation

/// The child side of `ChildProcessExecutor` (`newsdesk process-worker`): reads requests from
/// stdin, processes each page, writes each reply to stdout, until stdin closes. Whatever a
/// page does to this process (crash, hang, memory) ends here; the parent sees it and fails
/// that one job.
public enum ProcessingChild {
    public struct Settings: Sendable {
        /// Address space cap (RLIMIT_AS) in bytes, nil for none: a page that needs more makes
        /// allocation fail, the child ends, and the job fails with a reason.
        public var memoryLimitBytes: Int?
        /// The parent's pid: the child exits if that process is gone.
        public var parentPID: Int32?

        public init(memoryLimitBytes: Int?, parentPID: Int32?) {
            self.memoryLimitBytes = memoryLimitBytes
            self.parentPID = parentPID
        }
    }

    /// Serves requests until stdin closes; returns the exit status.
    public static func run(processor: any PageProcessor, settings: Settings) -> Int32 {
        // Die with the parent, even when it is killed with SIGKILL.
        _ = newsdesk_die_with_parent()
        if let parent = settings.parentPID, getppid() != parent { return 1 }
        // The parent decides when a child stops (SIGKILL); a SIGTERM sent to the whole service
        // on shutdown must not end jobs the parent is letting finish.
        signal(SIGTERM, SIG_IGN)
        signal(SIGINT, SIG_IGN)
        // A crash is reported to the parent; a core file per crashing page would fill the disk.
        _ = newsdesk_disable_core_dumps()
        // Load the shipped data (gazetteers, language profiles) before the first request.
        _ = try? processor.processedPage(for: RawPage(text: "Warm-up: Newsdesk loads its data in Moscow.", format: .body))
        if let limit = settings.memoryLimitBytes { _ = newsdesk_limit_address_space(limit) }
        guard write(all: ProcessingProtocol.encode(.ready)) else { return 1 }
        var requests = FrameBuffer(maxFrameBytes: Int(Int32.max))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let body: [UInt8]
            do {
                guard let next = try requests.next() else {
                    let n = read(0, &buffer, buffer.count)
                    if n == 0 { return 0 }
                    if n < 0 { if errno == EINTR { continue } else { return 1 } }
                    requests.append(buffer[..<n])
                    continue
                }
                body = next
            } catch {
                return 2
            }
            guard let request = try? ProcessingProtocol.decodeRequest(body) else { return 2 }
            guard write(all: ProcessingProtocol.encode(reply(to: request, processor: processor))) else { return 1 }
        }
    }

    static func reply(to request: ProcessingProtocol.Request, processor: any PageProcessor) -> ProcessingProtocol.Response {
        let page = RawPage(bytes: request.payload, contentType: request.contentType, sourceURL: request.sourceURL)
        let start = ContinuousClock.now
        do {
            let processed = try processor.processedPage(for: page)
            return .completed(jobID: request.jobID, claim: request.claim, resultJSON: processed.resultJSON,
                              row: processed.row, processingTime: ContinuousClock.now - start)
        } catch {
            return .rejected(jobID: request.jobID, claim: request.claim, reason: error.description)
        }
    }

    private static func write(all bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue } else { return false } }
            sent += n
        }
        return true
    }
}

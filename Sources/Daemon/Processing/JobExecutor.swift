import Extraction
import Foundation
import LibPQ
import Queue
import Synchronization

/// Runs one job at a time for one processing slot.
protocol JobExecutor: AnyObject, Sendable {
    /// Processes `job`; nil when it could not be run at all (the processor cannot start),
    /// in which case the job did nothing wrong.
    func run(_ job: ClaimedJob, timeout: Duration) -> DispatcherStateMachine.Outcome?
    /// Stops the job in progress at once (from any thread); its outcome is dropped.
    func interrupt()
    /// Called once when the slot stops.
    func shutdown()
}

extension ClaimedJob {
    /// The page to process, or the outcome for a payload too large to download.
    func page(maxPayloadBytes: Int) -> Result<RawPage, ExtractionError> {
        switch payload {
        case let .text(text): .success(RawPage(bytes: Array(text.utf8), contentType: contentType, sourceURL: sourceURL))
        case let .bytes(bytes): .success(RawPage(bytes: bytes, contentType: contentType, sourceURL: sourceURL))
        case let .tooLarge(size): .failure(.tooLarge(bytes: size, limit: maxPayloadBytes))
        }
    }

    func rejected(_ error: ExtractionError) -> DispatcherStateMachine.Outcome {
        // The same bytes fail the same way every time: retrying would only burn attempts.
        .failed(Failure(jobID: id, claim: claim, reason: error.description, retryable: false))
    }
}

/// Runs the processor in this process, on the slot's thread. A job that hangs cannot be
/// stopped and a crash takes the worker down, so this is only for processors that cannot
/// misbehave: `--no-op` queue benchmarks.
final class InlineExecutor: JobExecutor {
    let processor: any PageProcessor
    let maxPayloadBytes: Int

    init(processor: any PageProcessor, maxPayloadBytes: Int) {
        self.processor = processor
        self.maxPayloadBytes = maxPayloadBytes
    }

    func run(_ job: ClaimedJob, timeout: Duration) -> DispatcherStateMachine.Outcome? {
        let page: RawPage
        switch job.page(maxPayloadBytes: maxPayloadBytes) {
        case let .success(p): page = p
        case let .failure(error): return job.rejected(error)
        }
        let start = ContinuousClock.now
        do {
            let processed = try processor.processedPage(for: page)
            return .completed(Completion(jobID: job.id, claim: job.claim, resultJSON: processed.resultJSON,
                                         row: processed.row, processingTime: ContinuousClock.now - start))
        } catch {
            return job.rejected(error)
        }
    }

    func interrupt() {}
    func shutdown() {}
}

/// Runs each job in a long-lived child process (`newsdesk process-worker`), one job at a
/// time: a crash, a hang or runaway memory ends that child, not the worker. The child is
/// killed when a job outlives its timeout, and a new one is started for the next job.
final class ChildProcessExecutor: JobExecutor {
    struct Settings: Sendable {
        /// The child's command line: the newsdesk binary and its `process-worker` arguments.
        var command: [String]
        var maxPayloadBytes: Int
        /// Largest reply accepted from a child (the result of the largest page, with room).
        var maxReplyBytes: Int = 256 << 20
        /// Tries to start a child before the slot reports processing as unavailable.
        var startAttempts = 3
        /// Longest a new child may take to load its data and say it is ready (not counted
        /// against any job's timeout).
        var startTimeout = Duration.seconds(120)
        /// Bytes of a child's stderr kept to explain a crash.
        var stderrTail = 2048
        /// A child resident above this after a job is replaced before the next one: the
        /// allocator keeps what a large page made it take, so without this a long-lived child
        /// stays as large as the largest page it ever processed. A child starts at ~70 MB and
        /// a 16 MiB page peaks near 150 MB, so this is crossed only by runaway memory.
        var recycleAboveResidentBytes = 256 << 20
    }

    let settings: Settings
    private let child = Mutex<ChildProcess?>(nil)
    /// Children started so far (each replaced one counts).
    let childrenStarted = Atomic<Int>(0)

    init(settings: Settings) { self.settings = settings }

    /// Starts the child ahead of the first job, so it loads its data while the worker claims.
    func warmUp() throws(ChildProcessError) {
        _ = try currentChild()
    }

    func run(_ job: ClaimedJob, timeout: Duration) -> DispatcherStateMachine.Outcome? {
        let payload: [UInt8]
        switch job.page(maxPayloadBytes: settings.maxPayloadBytes) {
        case let .success(page): payload = page.bytes
        case let .failure(error): return job.rejected(error)
        }
        guard let process = try? startedChild() else { return nil }
        let request = ProcessingProtocol.encode(ProcessingProtocol.Request(
            jobID: job.id, claim: job.claim, sourceURL: job.sourceURL, contentType: job.contentType, payload: payload))
        var exchange = ChildExchange(process: process, request: request, maxReplyBytes: settings.maxReplyBytes,
                                     stderrTail: settings.stderrTail)
        let end = exchange.run(deadline: ContinuousClock.now + timeout)
        switch end {
        case let .replied(.completed(jobID, claim, json, row, time)) where jobID == job.id && claim == job.claim:
            recycleIfLarge(process)
            return .completed(Completion(jobID: job.id, claim: job.claim, resultJSON: json, row: row, processingTime: time))
        case let .replied(.rejected(jobID, claim, reason)) where jobID == job.id && claim == job.claim:
            recycleIfLarge(process)
            return .failed(Failure(jobID: job.id, claim: job.claim, reason: reason, retryable: false))
        case .replied:
            return retire(process, job, "the processor answered for another job")
        case .timedOut:
            process.kill()
            return retire(process, job, "processing took longer than the \(timeout) job timeout; the processor was stopped")
        case let .broken(why):
            process.kill()
            return retire(process, job, why)
        case .exited:
            let how = process.waitForExit()
            child.withLock { $0 = nil }
            let last = exchange.lastStderrLine.map { ": \($0)" } ?? ""
            return .failed(Failure(jobID: job.id, claim: job.claim,
                                   reason: "the processor crashed on this job (\(how))\(last)", retryable: true))
        }
    }

    func interrupt() {
        child.withLock { $0?.kill() }
    }

    func shutdown() {
        let last = child.withLock { current in
            defer { current = nil }
            return current
        }
        last?.kill()
        _ = last?.waitForExit()
    }

    /// Replaces a child that answered but grew past `recycleAboveResidentBytes`; the next job
    /// starts a fresh one.
    private func recycleIfLarge(_ process: ChildProcess) {
        guard let resident = process.residentBytes, resident > settings.recycleAboveResidentBytes else { return }
        process.kill()
        _ = process.waitForExit()
        child.withLock { $0 = nil }
    }

    /// Ends a child that misbehaved and fails its job, retryably (the next claim may work).
    private func retire(_ process: ChildProcess, _ job: ClaimedJob, _ reason: String) -> DispatcherStateMachine.Outcome {
        _ = process.waitForExit()
        child.withLock { $0 = nil }
        return .failed(Failure(jobID: job.id, claim: job.claim, reason: reason, retryable: true))
    }

    private func currentChild() throws(ChildProcessError) -> ChildProcess {
        if let existing = child.withLock({ $0 }) { return existing }
        // No symbolicated backtrace on a crash: it can take seconds, and the parent reports the
        // crash by its signal and the runtime's "Fatal error" line.
        let started = try ChildProcess(arguments: settings.command, environment: ["SWIFT_BACKTRACE": "enable=no"])
        var hello = ChildExchange(process: started, request: [], maxReplyBytes: 1024, stderrTail: settings.stderrTail)
        switch hello.run(deadline: ContinuousClock.now + settings.startTimeout) {
        case .replied(.ready):
            break
        case .timedOut:
            started.kill()
            _ = started.waitForExit()
            throw ChildProcessError(message: "the processor did not start within \(settings.startTimeout)")
        case .exited:
            let how = started.waitForExit()
            throw ChildProcessError(message: "the processor exited while starting (\(how))\(hello.lastStderrLine.map { ": \($0)" } ?? "")")
        case .replied, .broken:
            started.kill()
            _ = started.waitForExit()
            throw ChildProcessError(message: "the processor did not say it was ready")
        }
        child.withLock { $0 = started }
        childrenStarted.add(1, ordering: .relaxed)
        return started
    }

    /// The running child, starting one if needed (a few tries, for a transient fork failure).
    private func startedChild() throws(ChildProcessError) -> ChildProcess {
        var lastError = ChildProcessError(message: "no claim to start the processor was made")
        for tries in 0..<max(1, settings.startAttempts) {
            do {
                return try currentChild()
            } catch {
                lastError = error
                if tries + 1 < settings.startAttempts { Thread.sleep(forTimeInterval: 0.1 * Double(tries + 1)) }
            }
        }
        throw lastError
    }
}

/// One request written to a child and its reply read back, with a deadline, without
/// blocking on either pipe: poll(2) over stdin (while writing), stdout and stderr.
private struct ChildExchange {
    enum End {
        case replied(ProcessingProtocol.Response)
        case timedOut
        /// The child closed its output (crashed or exited).
        case exited
        /// The child sent something that is not a reply.
        case broken(String)
    }

    let process: ChildProcess
    let request: [UInt8]
    var replies: FrameBuffer
    let stderrTailLimit: Int
    private var written = 0
    private var stderrTail: [UInt8] = []

    init(process: ChildProcess, request: [UInt8], maxReplyBytes: Int, stderrTail: Int) {
        self.process = process
        self.request = request
        replies = FrameBuffer(maxFrameBytes: maxReplyBytes)
        stderrTailLimit = stderrTail
    }

    /// The line of the child's stderr that best says why it ended: the Swift runtime's
    /// "Fatal error: ..." when there is one, else the last line written during this exchange.
    var lastStderrLine: String? {
        fatalLine ?? String(decoding: stderrTail, as: UTF8.self).split(whereSeparator: \.isNewline).last.map(String.init)
    }
    private var fatalLine: String?

    mutating func run(deadline: ContinuousClock.Instant) -> End {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var stderrOpen = true
        while true {
            let remaining = deadline - ContinuousClock.now
            if remaining <= .zero { return .timedOut }
            var fds = [pollfd(fd: process.stdout, events: Int16(POLLIN), revents: 0)]
            if stderrOpen { fds.append(pollfd(fd: process.stderr, events: Int16(POLLIN), revents: 0)) }
            if written < request.count { fds.append(pollfd(fd: process.stdin, events: Int16(POLLOUT), revents: 0)) }
            let wait = min(remaining, .seconds(1))
            let ready = poll(&fds, nfds_t(fds.count), wait.milliseconds + 1)
            if ready < 0 && errno != EINTR { return .broken("poll failed: \(String(cString: strerror(errno)))") }
            for fd in fds where fd.revents != 0 {
                if fd.fd == process.stdin {
                    let n = request[written...].withUnsafeBytes { write(process.stdin, $0.baseAddress, $0.count) }
                    if n > 0 { written += n } else if n < 0 && errno != EAGAIN && errno != EINTR { return .exited }
                } else if fd.fd == process.stderr {
                    let n = read(process.stderr, &buffer, buffer.count)
                    if n > 0 {
                        if fatalLine == nil {
                            let text = String(decoding: stderrTail.suffix(200) + buffer[..<n], as: UTF8.self)
                            fatalLine = text.split(whereSeparator: \.isNewline).first { $0.contains("Fatal error") }.map(String.init)
                        }
                        stderrTail.append(contentsOf: buffer[..<n])
                        if stderrTail.count > stderrTailLimit { stderrTail.removeFirst(stderrTail.count - stderrTailLimit) }
                    } else if n == 0 {
                        stderrOpen = false
                    }
                } else {
                    let n = read(process.stdout, &buffer, buffer.count)
                    if n == 0 { return .exited }
                    if n < 0 { if errno == EAGAIN || errno == EINTR { continue } else { return .exited } }
                    replies.append(buffer[..<n])
                    do {
                        if let body = try replies.next() {
                            return .replied(try ProcessingProtocol.decodeResponse(body))
                        }
                    } catch {
                        return .broken("the processor sent a malformed reply (\(error.reason)); it was stopped")
                    }
                }
            }
        }
    }
}

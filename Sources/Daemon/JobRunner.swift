import Extraction
import Queue

/// Turns one claimed job into its outcome. Bad input becomes a permanent failure with a
/// reason a person can read; nothing here throws or traps.
struct JobRunner: Sendable {
    var processor: any PageProcessor
    var maxPayloadBytes: Int

    func run(_ job: ClaimedJob) -> InFlightJobs.Outcome {
        let bytes: [UInt8]
        switch job.payload {
        case let .text(text): bytes = Array(text.utf8)
        case let .bytes(raw): bytes = raw
        case let .tooLarge(size):
            return fail(job, ExtractionError.tooLarge(bytes: size, limit: maxPayloadBytes))
        }
        let page = RawPage(bytes: bytes, contentType: job.contentType, sourceURL: job.sourceURL)
        do {
            let json = try processor.resultJSON(for: page)
            return .completed(Completion(jobID: job.id, attempt: job.attempt, resultJSON: json))
        } catch {
            return fail(job, error)
        }
    }

    private func fail(_ job: ClaimedJob, _ error: ExtractionError) -> InFlightJobs.Outcome {
        // The same bytes fail the same way every time: retrying would only burn attempts.
        .failed(Failure(jobID: job.id, attempt: job.attempt, reason: error.description, retryable: false))
    }
}

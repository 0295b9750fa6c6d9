import LibPQ
import Queue
import TestSupport

extension JobQueue {
    @discardableResult
    func enqueueText(_ text: String, url: String? = nil, key: String? = nil, priority: Int = 0) throws -> Int64 {
        try enqueue(EnqueueParams(payload: .text(text), sourceURL: url, idempotencyKey: key, priority: priority))
    }

    func claim(_ limit: Int, as worker: String, lease: Duration = .seconds(30), maxBytes: Int = 1 << 20) throws -> [ClaimedJob] {
        try claim(ClaimParams(limit: limit, workerID: worker, lease: lease, maxPayloadBytes: maxBytes))
    }
}

let sampleResult = #"{"schema_version":1,"title":"T","published_at":"2025-07-01","page_date":"2025-07-01","word_count":3,"language":{"code":"en","confidence":0.9}}"#
/// The typed columns of `sampleResult`.
let sampleRow = ArticleRow(title: "T", publishedAt: "2025-07-01", pageDate: "2025-07-01", language: "en", wordCount: 3)

extension ClaimedJob {
    /// This job finished with `sampleResult`.
    var sampleCompletion: Completion { Completion(jobID: id, claim: claim, resultJSON: sampleResult, row: sampleRow) }
}

import Foundation
import LibPQ

/// How long finished jobs are kept, each part off (nil) unless set: payloads of done jobs are
/// dropped after `payloadAge`, done jobs deleted (with their articles and article history) after
/// `doneAge`, failed, dead and cancelled jobs after `failedAge`. Ages count from `finished_at`.
public struct RetentionPolicy: Sendable, Equatable {
    public var payloadAge: Duration?
    public var doneAge: Duration?
    public var failedAge: Duration?

    public init(payloadAge: Duration? = nil, doneAge: Duration? = nil, failedAge: Duration? = nil) {
        self.payloadAge = payloadAge
        self.doneAge = doneAge
        self.failedAge = failedAge
    }

    public var isEnabled: Bool { payloadAge != nil || doneAge != nil || failedAge != nil }

    /// The states `failedAge` applies to.
    public static let unsuccessfulStates: [JobState] = [.failed, .dead, .cancelled]

    /// Why this policy cannot run beside workers linking near-duplicates within `window`, or nil.
    /// A new article is linked (a foreign key) to an earlier one processed within the window; if
    /// retention deleted that one meanwhile, the database would refuse the new result and its job
    /// would fail. Deleting only jobs older than the window rules that out.
    public func conflict(withDuplicateWindow window: Duration) -> String? {
        for (name, age) in [("done", doneAge), ("failed", failedAge)] {
            if let age, age < window {
                return "\(name) jobs would be deleted after \(Self.days(age)) days, within the duplicate window "
                    + "(\(Self.days(window)) days) in which new articles are linked to theirs as near-duplicates; "
                    + "keep them at least that long or narrow the window (--duplicate-window-hours)"
            }
        }
        return nil
    }

    static func days(_ duration: Duration) -> String {
        let days = duration.seconds / 86400
        return days == days.rounded() ? String(Int(days)) : String(format: "%g", days)
    }
}

/// Drops the payloads of up to `limit` jobs done more than `olderThan` ago (prune_payloads.sql).
public struct PayloadPruneParams: Sendable, Equatable {
    public var olderThan: Duration
    public var limit: Int

    public init(olderThan: Duration, limit: Int) {
        self.olderThan = olderThan
        self.limit = limit
    }
}

/// Deletes up to `limit` jobs in `states` that finished more than `olderThan` ago
/// (delete_finished.sql).
public struct FinishedJobDeletionParams: Sendable, Equatable {
    public var states: [JobState]
    public var olderThan: Duration
    public var limit: Int

    public init(states: [JobState], olderThan: Duration, limit: Int) {
        self.states = states
        self.olderThan = olderThan
        self.limit = limit
    }
}

/// What retention removed.
public struct RetentionCounts: Sendable, Equatable {
    public var payloadsDropped = 0
    /// Done jobs deleted, each with its article.
    public var doneDeleted = 0
    /// Failed, dead and cancelled jobs deleted.
    public var unsuccessfulDeleted = 0

    public init(payloadsDropped: Int = 0, doneDeleted: Int = 0, unsuccessfulDeleted: Int = 0) {
        self.payloadsDropped = payloadsDropped
        self.doneDeleted = doneDeleted
        self.unsuccessfulDeleted = unsuccessfulDeleted
    }

    public var isEmpty: Bool { payloadsDropped == 0 && doneDeleted == 0 && unsuccessfulDeleted == 0 }
}

/// What a policy would remove now (retention_due.sql); nil for the parts it leaves off.
public struct RetentionDue: Sendable, Equatable {
    public var payloads: Int?
    /// The dropped payloads' size as enqueued.
    public var payloadBytes: Int64?
    public var doneJobs: Int?
    public var unsuccessfulJobs: Int?

    public init(payloads: Int? = nil, payloadBytes: Int64? = nil, doneJobs: Int? = nil, unsuccessfulJobs: Int? = nil) {
        self.payloads = payloads
        self.payloadBytes = payloadBytes
        self.doneJobs = doneJobs
        self.unsuccessfulJobs = unsuccessfulJobs
    }
}

extension JobQueue {
    /// Drops payloads of old done jobs; returns how many.
    public func prunePayloads(_ p: PayloadPruneParams) throws(PostgresError) -> Int {
        try connection.execute(Query(sql: Statements.prunePayloads, binds: [p.olderThan.seconds.bind, p.limit.bind])).rows.count
    }

    /// Deletes old finished jobs with their articles; returns how many jobs.
    public func deleteFinished(_ p: FinishedJobDeletionParams) throws(PostgresError) -> Int {
        let states = Bind.text("{" + p.states.map(\.rawValue).joined(separator: ",") + "}")
        return try connection.execute(Query(sql: Statements.deleteFinished, binds: [states, p.olderThan.seconds.bind, p.limit.bind]))
            .rows.count
    }

    /// Counts what `policy` would remove now, removing nothing.
    public func retentionDue(_ policy: RetentionPolicy) throws(PostgresError) -> RetentionDue {
        let ages = [policy.payloadAge, policy.doneAge, policy.failedAge].map { $0.map { $0.seconds.bind } ?? .null }
        let row = try connection.execute(Query(sql: Statements.retentionDue, binds: ages)).rows.first
        return RetentionDue(payloads: row?["payloads"].flatMap(Int.init), payloadBytes: row?["payload_bytes"].flatMap(Int64.init),
                            doneJobs: row?["done_jobs"].flatMap(Int.init), unsuccessfulJobs: row?["failed_jobs"].flatMap(Int.init))
    }

    /// Applies `policy` in statements of at most `batchSize` rows, each its own short
    /// transaction: deletions first (a job about to be deleted need not lose its payload first),
    /// then payloads. Stops after `maxBatches` statements (nil: when nothing is due); `finished`
    /// is false when it stopped with work left.
    public func applyRetention(_ policy: RetentionPolicy, batchSize: Int,
                               maxBatches: Int? = nil) throws(PostgresError) -> (counts: RetentionCounts, finished: Bool) {
        var counts = RetentionCounts()
        var budget = maxBatches ?? Int.max
        /// Runs `batch` until it handles less than a full batch or the budget is spent; true
        /// when nothing of it is left.
        func drain(_ batch: () throws(PostgresError) -> Int, into total: inout Int) throws(PostgresError) -> Bool {
            while budget > 0 {
                budget -= 1
                let handled = try batch()
                total += handled
                if handled < batchSize { return true }
            }
            return false
        }
        if let age = policy.doneAge {
            let params = FinishedJobDeletionParams(states: [.done], olderThan: age, limit: batchSize)
            guard try drain({ () throws(PostgresError) in try deleteFinished(params) }, into: &counts.doneDeleted) else { return (counts, false) }
        }
        if let age = policy.failedAge {
            let params = FinishedJobDeletionParams(states: RetentionPolicy.unsuccessfulStates, olderThan: age, limit: batchSize)
            guard try drain({ () throws(PostgresError) in try deleteFinished(params) }, into: &counts.unsuccessfulDeleted) else {
                return (counts, false)
            }
        }
        if let age = policy.payloadAge {
            let params = PayloadPruneParams(olderThan: age, limit: batchSize)
            guard try drain({ () throws(PostgresError) in try prunePayloads(params) }, into: &counts.payloadsDropped) else {
                return (counts, false)
            }
        }
        return (counts, true)
    }
}

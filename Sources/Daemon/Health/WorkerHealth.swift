import Foundation
import Synchronization

/// What the worker knows about its own health, for `/healthz`, `/readyz`, the systemd
/// watchdog and its STATUS line. The dispatcher loop pulses it on every turn (at least once a
/// second), so a wedged dispatcher stops the pulses: systemd's watchdog then restarts the
/// worker and `/healthz` fails.
public final class WorkerHealth: Sendable {
    /// Longest the dispatcher loop may go without a pulse and still count as alive.
    public static let maxPulseGap = Duration.seconds(30)
    /// How often the STATUS line is refreshed.
    static let statusInterval = Duration.seconds(10)

    private struct State {
        var lastPulse = ContinuousClock.now
        var connected = false
        var schemaVerified = false
        var stopping = false
        var held = 0
        /// Outcomes recorded since start, and their count when the last STATUS line went out.
        var recorded = 0
        var recordedAtLastStatus = 0
        /// The backlog as the queue gauges last read it.
        var queueDepth: Int?
        var lastWatchdogPing: ContinuousClock.Instant?
        var lastStatus: ContinuousClock.Instant?
        var statusDetail = "starting"
    }

    private let state = Mutex(State())
    let notifier: SystemdNotifier
    /// Half the systemd watchdog period (WATCHDOG_USEC), when systemd set one.
    let watchdogInterval: Duration?

    public init(notifier: SystemdNotifier = SystemdNotifier(),
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.notifier = notifier
        watchdogInterval = environment["WATCHDOG_USEC"].flatMap(Int64.init).map { .microseconds($0) / 2 }
    }

    /// Alive: the dispatcher loop turned recently.
    public var isLive: Bool { state.withLock { ContinuousClock.now - $0.lastPulse < Self.maxPulseGap } }

    /// Ready: alive, connected to a database whose schema is current, and not shutting down.
    public var isReady: Bool {
        isLive && state.withLock { $0.connected && $0.schemaVerified && !$0.stopping }
    }

    public var summary: String {
        state.withLock { "connected=\($0.connected) schema_verified=\($0.schemaVerified) stopping=\($0.stopping) jobs_held=\($0.held)" }
    }

    func schemaVerified() {
        state.withLock { $0.schemaVerified = true; $0.connected = true }
    }

    func stopping() {
        state.withLock { $0.stopping = true }
        notifier.notify("STOPPING=1\nSTATUS=stopping: finishing and handing back jobs")
    }

    /// What the worker is doing, for the STATUS line ("waiting for the database: ...").
    func describe(_ detail: String) {
        state.withLock { $0.statusDetail = detail; $0.lastStatus = nil }
        pulse()
    }

    /// The dispatcher's state: connected or not, jobs held, outcomes recorded since start.
    func update(connected: Bool, held: Int, recorded: Int) {
        state.withLock { $0.connected = connected; $0.held = held; $0.recorded = recorded }
    }

    /// The backlog, for the STATUS line (the queue gauges read it).
    func update(queueDepth: Int) {
        state.withLock { $0.queueDepth = queueDepth }
    }

    /// Called by the dispatcher loop on every turn.
    func pulse() {
        let now = ContinuousClock.now
        let messages: [String] = state.withLock { state in
            state.lastPulse = now
            var out: [String] = []
            if let interval = watchdogInterval, state.lastWatchdogPing.map({ now - $0 >= interval }) ?? true {
                state.lastWatchdogPing = now
                out.append("WATCHDOG=1")
            }
            if state.lastStatus.map({ now - $0 >= Self.statusInterval }) ?? true {
                var line = state.connected ? "connected" : "waiting for the database"
                if let last = state.lastStatus {
                    let perMinute = Double(state.recorded - state.recordedAtLastStatus) * 60 / max((now - last).inSeconds, 1)
                    line += "; \(Int(perMinute.rounded())) jobs/min"
                }
                if let depth = state.queueDepth { line += "; queue depth \(depth)" }
                state.lastStatus = now
                state.recordedAtLastStatus = state.recorded
                out.append("STATUS=\(line); \(state.held) jobs held; \(state.statusDetail)")
            }
            return out
        }
        if !messages.isEmpty { notifier.notify(messages.joined(separator: "\n")) }
    }
}

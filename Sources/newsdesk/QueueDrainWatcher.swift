import Daemon
import LibPQ
import Queue

/// For `run --until-empty`: asks the worker to stop once nothing is queued or running.
struct QueueDrainWatcher: Sendable {
    let databaseURL: String
    let shutdown: ShutdownSignal

    func run() {
        let wake = WakeSignal()
        while !shutdown.isRequested {
            wake.wait(timeout: .milliseconds(200))
            guard let status = try? JobQueue(connection: Connection(databaseURL)).status() else { continue }
            if status.queued == 0 && status.running == 0 { shutdown.request() }
        }
    }
}

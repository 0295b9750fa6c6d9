import Foundation
import Testing
import TestSupport

/// The real `newsdesk run` under a systemd-like supervisor: a notify socket and a watchdog
/// period in its environment, as systemd sets them for `Type=notify` and `WatchdogSec=`.
@Suite(.needsDatabase, .enabled(if: FileManager.default.fileExists(atPath: TestPaths.newsdeskBinary.path), "needs a built newsdesk binary"))
struct SystemdLifecycleTests {
    /// A datagram socket standing in for systemd's notify socket.
    final class NotifySocket {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("notify-\(UUID().uuidString).sock").path
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        private(set) var messages: [String] = []

        init() throws {
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
            }
            try #require(bound == 0)
            var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }
        deinit { close(fd); unlink(path) }

        /// Reads what arrived so far (waiting at most 200 ms for the first datagram).
        func drain() -> [String] {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = recv(fd, &buffer, buffer.count, 0)
                guard n > 0 else { break }
                messages += String(decoding: buffer.prefix(n), as: UTF8.self).split(separator: "\n").map(String.init)
            }
            return messages
        }
    }

    func start(_ url: String, notify: NotifySocket, extra: [String] = []) throws -> Process {
        let process = Process()
        process.executableURL = TestPaths.newsdeskBinary
        process.arguments = ["run", "--database-url", url, "--concurrency", "1", "--log-level", "error"] + extra
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["NOTIFY_SOCKET": notify.path, "WATCHDOG_USEC": "400000"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func readyOnceTheSchemaIsVerifiedThenWatchdogPingsAndStatusLines() throws {
        let db = try TestDatabase()
        let notify = try NotifySocket()
        let worker = try start(db.url, notify: notify)
        defer { if worker.isRunning { worker.terminate() }; worker.waitUntilExit() }
        #expect(eventually { notify.drain().contains("READY=1") })
        // WATCHDOG_USEC 400 ms: the dispatcher loop pings at least every 200 ms.
        #expect(eventually { notify.drain().filter { $0 == "WATCHDOG=1" }.count >= 5 })
        #expect(eventually { notify.drain().contains { $0.hasPrefix("STATUS=") && $0.contains("jobs held") } }, "\(notify.messages)")
        // Refreshed every 10 s with the rate since the last line and the backlog.
        #expect(eventually { notify.drain().contains { $0.hasPrefix("STATUS=connected; 0 jobs/min; queue depth 0") } }, "\(notify.messages)")
        worker.terminate()
        worker.waitUntilExit()
        #expect(worker.terminationStatus == 0)
        #expect(notify.drain().contains("STOPPING=1"))
    }

    @Test func anUnmigratedSchemaIsAConfigurationErrorAndNeverReady() throws {
        let bare = try TestDatabase(migrated: false)
        let notify = try NotifySocket()
        let worker = try start(bare.url, notify: notify)
        #expect(eventually(timeout: .seconds(60)) { !worker.isRunning })
        worker.waitUntilExit()
        #expect(worker.terminationStatus == 78)
        #expect(!notify.drain().contains("READY=1"), "\(notify.messages)")
    }

    @Test func anUnknownRoleIsAConfigurationError() throws {
        let db = try TestDatabase()
        var components = try #require(URLComponents(string: db.url))
        components.user = "no_such_role_\(UInt32.random(in: 0...UInt32.max))"
        let notify = try NotifySocket()
        let worker = try start(try #require(components.string), notify: notify)
        #expect(eventually(timeout: .seconds(60)) { !worker.isRunning })
        worker.waitUntilExit()
        #expect(worker.terminationStatus == 78)
        #expect(!notify.drain().contains("READY=1"))
    }
}

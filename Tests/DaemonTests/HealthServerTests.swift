import Daemon
import Foundation
import Queue
import Testing
import TestSupport

struct HealthServerTests {
    @Test func pathsAnswerAndUnknownOnesAre404() throws {
        let server = try HealthServer(metrics: WorkerMetrics(version: "1.2.3"), health: WorkerHealth(), port: 0)
        server.start()
        let metrics = try #require(Self.get("/metrics", port: server.port))
        #expect(metrics.hasPrefix("HTTP/1.0 200 OK"))
        #expect(metrics.contains(#"newsdesk_build_info{version="1.2.3"} 1"#), "\(metrics)")
        #expect(metrics.contains("newsdesk_jobs_in_flight "))
        #expect(!metrics.contains("jobs_in_flight_count"))
        #expect(Self.get("/healthz", port: server.port)?.hasPrefix("HTTP/1.0 200") == true)
        // Not connected to a verified schema: not ready.
        #expect(Self.get("/readyz", port: server.port)?.hasPrefix("HTTP/1.0 503") == true)
        #expect(Self.get("/nope", port: server.port)?.hasPrefix("HTTP/1.0 404") == true)
    }

    @Test func idleConnectionsDoNotDelayAScrape() throws {
        let server = try HealthServer(metrics: WorkerMetrics(), health: WorkerHealth(), port: 0)
        server.start()
        // Twenty clients connect and say nothing, as a stuck scraper or a port scan would.
        let idle = (0..<20).compactMap { _ in Self.connect(port: server.port) }
        defer { idle.forEach { close($0) } }
        #expect(idle.count == 20)
        #expect(Self.get("/metrics", port: server.port)?.hasPrefix("HTTP/1.0 200 OK") == true)
    }

    @Test func portsOutOfRangeAndBadHostsAreErrorsNotTraps() {
        #expect(throws: (any Error).self) { try HealthServer(metrics: WorkerMetrics(), health: WorkerHealth(), port: 70000) }
        #expect(throws: (any Error).self) { try HealthServer(metrics: WorkerMetrics(), health: WorkerHealth(), host: "not-an-ip", port: 0) }
    }

    @Test func servesIPv6() throws {
        let server = try HealthServer(metrics: WorkerMetrics(), health: WorkerHealth(), host: "::1", port: 0)
        server.start()
        #expect(Self.get("/healthz", port: server.port, host: "::1")?.hasPrefix("HTTP/1.0 200") == true)
    }

    @Test(.needsDatabase, .enabled(if: FileManager.default.fileExists(atPath: TestPaths.newsdeskBinary.path)))
    func scrapeShowsWhatTheWorkerDid() throws {
        let db = try TestDatabase()
        let daemon = RunningDaemon(db)
        defer { daemon.stop() }
        let server = try HealthServer(metrics: daemon.daemon.metrics, health: daemon.daemon.health, port: 0)
        server.start()
        let q = try db.queue()
        for i in 0..<3 { try q.enqueue(EnqueueParams(payload: .text(sampleText + "\(i)"))) }
        try q.enqueue(EnqueueParams(payload: .text("")))
        #expect(eventually { (try? db.drained()) == true })
        #expect(eventually { Self.get("/readyz", port: server.port)?.hasPrefix("HTTP/1.0 200") == true })
        #expect(eventually {
            let text = Self.get("/metrics", port: server.port) ?? ""
            return text.contains("newsdesk_jobs_completed_total 3") && text.contains("newsdesk_jobs_failed_total 1")
                && text.contains("newsdesk_jobs_claimed_total 4") && text.contains("newsdesk_job_processing_seconds_count 3")
        })
    }

    static func connect(port: Int, host: String = "127.0.0.1") -> Int32? {
        let v6 = host.contains(":")
        let fd = socket(v6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected: Int32
        if v6 {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = in_port_t(UInt16(port).bigEndian)
            inet_pton(AF_INET6, host, &address.sin6_addr)
            connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
        } else {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            inet_pton(AF_INET, host, &address.sin_addr)
            connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        }
        guard connected == 0 else { close(fd); return nil }
        return fd
    }

    /// A plain HTTP GET over a socket: all a Prometheus scrape or a probe is.
    static func get(_ path: String, port: Int, host: String = "127.0.0.1") -> String? {
        guard let fd = connect(port: port, host: host) else { return nil }
        defer { close(fd) }
        let request = Array("GET \(path) HTTP/1.0\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            response += buffer[0..<n]
        }
        return String(decoding: response, as: UTF8.self)
    }
}

import Daemon
import Foundation
import Queue
import Testing
import TestSupport

@Suite(.needsDatabase)
struct MetricsTests {
    @Test func scrapeShowsWhatTheWorkerDid() throws {
        let db = try TestDatabase()
        let daemon = RunningDaemon(db)
        defer { daemon.stop() }
        let server = try MetricsServer(metrics: daemon.daemon.metrics, port: 0)
        server.start()
        let q = try db.queue()
        for _ in 0..<3 { try q.enqueue(EnqueueParams(payload: .text(seedText))) }
        try q.enqueue(EnqueueParams(payload: .text("")))
        #expect(eventually { (try? db.drained()) == true })
        let text = try #require(Self.get(port: server.port))
        #expect(text.hasPrefix("HTTP/1.0 200 OK"))
        #expect(text.contains("newsdesk_jobs_completed_total 3"), "\(text)")
        #expect(text.contains("newsdesk_jobs_failed_total 1"))
        #expect(text.contains("newsdesk_jobs_claimed_total 4"))
        #expect(text.contains("newsdesk_job_processing_seconds_count 4"))
    }

    /// A plain HTTP GET over a socket: all a Prometheus scrape is.
    static func get(port: Int) -> String? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        let request = Array("GET /metrics HTTP/1.0\r\n\r\n".utf8)
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

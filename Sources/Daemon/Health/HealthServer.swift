import CSystem
import Dispatch
import Foundation
import Synchronization

/// A small HTTP/1.0 server for operators and probes: `GET /metrics` (Prometheus text),
/// `GET /healthz` (200 while the dispatcher loop is alive), `GET /readyz` (200 while also
/// connected to a current schema and not shutting down), 404 for anything else. Each
/// connection is served on its own, with read and write timeouts, so a slow or idle client
/// never delays another scrape; at most `maxConnections` are served at once.
public final class HealthServer: Sendable {
    /// Connections served at once; more wait in the kernel's accept queue.
    static let maxConnections = 32
    /// Longest a client may take to send its request, or to take the response.
    static let ioTimeout = timeval(tv_sec: 2, tv_usec: 0)

    let metrics: WorkerMetrics
    let health: WorkerHealth
    let listener: Int32
    public let port: Int
    private let slots = DispatchSemaphore(value: HealthServer.maxConnections)

    /// Binds `host:port` (IPv4 or IPv6; "::" serves both; port 0 picks a free one).
    public init(metrics: WorkerMetrics, health: WorkerHealth, host: String = "127.0.0.1", port: Int) throws {
        guard (0...65535).contains(port) else { throw HealthServerError(message: "port \(port) is not between 0 and 65535") }
        self.metrics = metrics
        self.health = health
        var v4 = sockaddr_in(), v6 = sockaddr_in6()
        let family: Int32
        if inet_pton(AF_INET, host, &v4.sin_addr) == 1 {
            family = AF_INET
            v4.sin_family = sa_family_t(AF_INET)
            v4.sin_port = in_port_t(UInt16(port).bigEndian)
        } else if inet_pton(AF_INET6, host, &v6.sin6_addr) == 1 {
            family = AF_INET6
            v6.sin6_family = sa_family_t(AF_INET6)
            v6.sin6_port = in_port_t(UInt16(port).bigEndian)
        } else {
            throw HealthServerError(message: "\(host) is not an IPv4 or IPv6 address")
        }
        let fd = socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw HealthServerError(message: "cannot open a socket: errno \(errno)") }
        var yes: Int32 = 1, no: Int32 = 0
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        if family == AF_INET6 { setsockopt(fd, Int32(IPPROTO_IPV6), IPV6_V6ONLY, &no, socklen_t(MemoryLayout<Int32>.size)) }
        let bound = family == AF_INET
            ? withUnsafePointer(to: &v4) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
            : withUnsafePointer(to: &v6) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) } }
        guard bound == 0, listen(fd, 64) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw HealthServerError(message: "cannot listen on \(host):\(port): \(reason)")
        }
        var actual = sockaddr_in6()
        var length = socklen_t(MemoryLayout<sockaddr_in6>.size)
        _ = withUnsafeMutablePointer(to: &actual) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        // sin_port and sin6_port sit at the same offset.
        self.port = Int(UInt16(bigEndian: actual.sin6_port))
        listener = fd
    }

    /// Serves until the process exits.
    public func start() {
        let thread = Thread { [self] in
            while true {
                let client = newsdesk_accept_cloexec(listener)
                if client < 0 { continue }
                slots.wait()
                DispatchQueue.global().async { [self] in
                    defer { slots.signal() }
                    serve(client)
                }
            }
        }
        thread.name = "newsdesk-health"
        thread.start()
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        var timeout = Self.ioTimeout
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let (method, path) = Self.readRequestLine(client) else { return }
        let (status, body) = response(method: method, path: path)
        let head = "HTTP/1.0 \(status)\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\n"
            + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n"
        let bytes = Array(head.utf8) + (method == "HEAD" ? [] : Array(body.utf8))
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return }
            sent += n
        }
    }

    func response(method: String, path: String) -> (status: String, body: String) {
        guard method == "GET" || method == "HEAD" else { return ("405 Method Not Allowed", "only GET and HEAD\n") }
        switch path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path {
        case "/metrics": return ("200 OK", metrics.text())
        case "/healthz": return health.isLive ? ("200 OK", "live\n") : ("503 Service Unavailable", "the dispatcher loop is stuck\n")
        case "/readyz":
            return health.isReady ? ("200 OK", "ready\n") : ("503 Service Unavailable", "not ready: \(health.summary)\n")
        default: return ("404 Not Found", "try /metrics, /healthz or /readyz\n")
        }
    }

    /// Reads until the end of the request line ("GET /metrics HTTP/1.1"); nil on timeout,
    /// disconnect or a line over 8 KB.
    private static func readRequestLine(_ client: Int32) -> (String, String)? {
        var request: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1024)
        while !request.contains(UInt8(ascii: "\n")) {
            guard request.count < 8192 else { return nil }
            let n = recv(client, &chunk, chunk.count, 0)
            if n <= 0 { return nil }
            request += chunk[..<n]
        }
        let line = String(decoding: request.prefix { $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        let parts = line.split(separator: " ")
        guard parts.count >= 2 else { return nil }
        return (String(parts[0]), String(parts[1]))
    }
}

struct HealthServerError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

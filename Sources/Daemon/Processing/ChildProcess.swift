import CSystem
import Foundation
import Synchronization

/// A child process started with posix_spawn, its stdin, stdout and stderr on pipes this
/// process holds (non-blocking, close-on-exec). Owned by one thread; `kill` may be called from
/// any thread.
final class ChildProcess: Sendable {
    let pid: pid_t
    let stdin: Int32
    let stdout: Int32
    let stderr: Int32
    /// Set once the child has exited; after that its pid may be reused, so no signal is sent.
    private let exited = Mutex(false)

    /// Starts `arguments[0]` with the rest as its arguments and this process's environment
    /// plus `environment`.
    init(arguments: [String], environment: [String: String] = [:]) throws(ChildProcessError) {
        var fds: [Int32] = []
        var pipes: [(read: Int32, write: Int32)] = []
        for _ in 0..<3 {
            var pair: [Int32] = [0, 0]
            guard newsdesk_pipe_cloexec(&pair) == 0 else {
                for fd in fds { close(fd) }
                throw ChildProcessError(message: "pipe2 failed: \(String(cString: strerror(errno)))")
            }
            pipes.append((pair[0], pair[1]))
            fds += pair
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipes[0].read, 0)
        posix_spawn_file_actions_adddup2(&actions, pipes[1].write, 1)
        posix_spawn_file_actions_adddup2(&actions, pipes[2].write, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The child starts with default signal handling whatever this process ignores.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGTERM, SIGINT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for arg in argv { free(arg) } }
        let inherited = ProcessInfo.processInfo.environment.filter { environment[$0.key] == nil }
        let envp: [UnsafeMutablePointer<CChar>?] = (inherited.merging(environment) { $1 }).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for entry in envp { free(entry) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, arguments[0], &actions, &attributes, argv, envp)
        close(pipes[0].read)
        close(pipes[1].write)
        close(pipes[2].write)
        guard status == 0 else {
            close(pipes[0].write)
            close(pipes[1].read)
            close(pipes[2].read)
            throw ChildProcessError(message: "cannot start \(arguments[0]): \(String(cString: strerror(status)))")
        }
        pid = child
        stdin = pipes[0].write
        stdout = pipes[1].read
        stderr = pipes[2].read
        for fd in [stdin, stdout, stderr] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
    }

    deinit {
        if !exited.withLock({ $0 }) {
            kill()
            _ = waitForExit()
        }
        close(stdin)
        close(stdout)
        close(stderr)
    }

    /// Sends SIGKILL. Safe from any thread; the owner still reaps the child.
    /// The child's resident memory in bytes (from /proc), or nil once it has exited or when
    /// /proc cannot tell.
    var residentBytes: Int? {
        guard !exited.withLock({ $0 }),
              let statm = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8) else { return nil }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    func kill() {
        exited.withLock { exited in
            if !exited { _ = Glibc.kill(pid, SIGKILL) }
        }
    }

    /// Waits for the child to exit and says how it ended ("exit status 3", "signal 9 (SIGKILL)").
    func waitForExit() -> String {
        // Wait without reaping first: until it is reaped the pid cannot be reused, so a
        // concurrent `kill` never reaches another process.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR {}
        exited.withLock { $0 = true }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7F
        if signal == 0 { return "exit status \((status >> 8) & 0xFF)" }
        return "signal \(signal) (\(Self.signalName(signal)))"
    }

    private static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGKILL: "SIGKILL"
        case SIGSEGV: "SIGSEGV"
        case SIGBUS: "SIGBUS"
        case SIGILL: "SIGILL: a Swift runtime trap"
        case SIGTRAP: "SIGTRAP: a Swift runtime trap"
        case SIGABRT: "SIGABRT"
        case SIGFPE: "SIGFPE"
        case SIGTERM: "SIGTERM"
        case SIGXCPU: "SIGXCPU"
        default: "SIG\(signal)"
        }
    }
}

struct ChildProcessError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

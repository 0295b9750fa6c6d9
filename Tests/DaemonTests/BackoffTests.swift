import Daemon
import Testing

struct BackoffTests {
    @Test func doublesWithJitterUpToTheCap() {
        var backoff = Backoff(initial: .milliseconds(100), maximum: .seconds(1))
        let delays = (0..<8).map { _ in backoff.next() }
        #expect((.milliseconds(50)...(.milliseconds(100))).contains(delays[0]))
        #expect((.milliseconds(100)...(.milliseconds(200))).contains(delays[1]))
        #expect(delays.allSatisfy { $0 <= .seconds(1) })
        #expect(delays[7] >= .milliseconds(500))
        backoff.reset()
        #expect(backoff.next() <= .milliseconds(100))
    }

    /// Found by a fresh clone's test run: the dispatcher simulation drew its reconnect jitter
    /// from the system's generator, so its runs differed from one process to the next.
    @Test func aOnePointJitterIsReproducible() {
        var backoff = Backoff(initial: .milliseconds(100), maximum: .seconds(1), jitter: 0.5...0.5)
        #expect((0..<5).map { _ in backoff.next() } == [.milliseconds(50), .milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(500)])
    }
}

import Foundation

/// "verb 37/120" on one line of standard error that redraws itself, shown only when standard
/// error is a terminal: logs, pipes and CI output never see it. Redraws at most ten times a
/// second, so thousands of small files cost nothing.
struct TerminalProgress {
    let verb: String
    let total: Int
    private let enabled: Bool
    private var lastDrawn: ContinuousClock.Instant?

    init(_ verb: String, total: Int) {
        self.verb = verb
        self.total = total
        enabled = total > 1 && isatty(STDERR_FILENO) == 1
    }

    mutating func update(_ done: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        if done < total, let lastDrawn, now - lastDrawn < .milliseconds(100) { return }
        lastDrawn = now
        FileHandle.standardError.write(Data("\r\u{1B}[K\(verb) \(done)/\(total)".utf8))
    }

    /// Clears the line, so what is printed next starts clean.
    func finish() {
        guard enabled, lastDrawn != nil else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

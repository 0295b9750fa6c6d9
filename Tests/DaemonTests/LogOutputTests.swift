@testable import Daemon
import Foundation
import Logging
import Testing

struct LogOutputTests {
    @Test func journaldLinesStartWithTheirPriority() {
        let line = LogOutput.line(level: .warning, message: "database unavailable", metadata: ["error": "refused"], journal: true)
        #expect(line == "<4>database unavailable error=refused")
        #expect(LogOutput.line(level: .critical, message: "x", metadata: [:], journal: true).hasPrefix("<2>"))
        #expect(LogOutput.line(level: .info, message: "x", metadata: [:], journal: true).hasPrefix("<6>"))
        #expect(LogOutput.line(level: .info, message: "x", metadata: [:], journal: false).contains(" info x"))
    }

    @Test func oneEventIsOneLineWhateverItCarries() {
        let libpq = "ERROR:  relation \"x\" does not exist\nLINE 1: SELECT * FROM x\n                      ^\n"
        let line = LogOutput.line(level: .error, message: "statement failed\nsecond line", metadata: ["error": "\(libpq)"], journal: true)
        #expect(!line.contains("\n"))
        #expect(line == #"<3>statement failed | second line error=ERROR:  relation "x" does not exist | LINE 1: SELECT * FROM x | ^"#)
    }
}

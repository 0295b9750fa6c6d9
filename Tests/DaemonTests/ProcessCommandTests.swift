import Foundation
import Testing
import TestSupport

/// `newsdesk process`: the offline parser, one JSON object per input line.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: TestPaths.newsdeskBinary.path), "needs a built newsdesk binary"))
struct ProcessCommandTests {
    func run(_ arguments: [String], stdin: Data? = nil) throws -> (status: Int32, lines: [[String: Any]]) {
        let process = Process()
        process.executableURL = TestPaths.newsdeskBinary
        process.arguments = ["process"] + arguments
        let out = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        return (process.terminationStatus, lines)
    }

    @Test func printsOneObjectPerInputWithItsName() throws {
        let (status, lines) = try run([TestPaths.seed.path, TestPaths.seed.path])
        #expect(status == 0)
        #expect(lines.count == 2)
        #expect(lines[0]["input"] as? String == TestPaths.seed.path)
        #expect(lines[0]["title"] as? String == "North Korean Security Delegation Heads to Moscow")
        #expect(lines[0]["page_date"] as? String == "2025-07-01")
        #expect(lines[0]["published_at"] is NSNull)
    }

    @Test func badInputGetsAnErrorLineAndTheRestStillRuns() throws {
        let (status, lines) = try run(["/nonexistent/file.txt", "-", TestPaths.seed.path], stdin: Data([0, 1, 2, 0xFF]))
        #expect(status == 1)
        #expect(lines.count == 3)
        #expect((lines[0]["error"] as? String)?.contains("cannot read") == true)
        #expect(lines[1]["input"] as? String == "-")
        #expect((lines[1]["error"] as? String)?.contains("not text") == true)
        #expect(lines[2]["title"] != nil)
    }

    @Test func bodyModeSkipsExtraction() throws {
        let (status, lines) = try run(["--as", "body", "-"], stdin: Data("Date:\n\nShare post:\n\nReal text here.".utf8))
        #expect(status == 0)
        #expect(lines.first?["paragraphs"] as? [String] == ["Date:", "Share post:", "Real text here."])
        #expect(lines.first?["format"] as? String == "body")
    }
}

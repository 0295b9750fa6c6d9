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
        let sample = TestPaths.sampleDump.path
        let (status, lines) = try run([sample, sample])
        #expect(status == 0)
        #expect(lines.count == 2)
        #expect(lines[0]["input"] as? String == sample)
        #expect(lines[0]["title"] as? String == "Harbour Ferry Service Returns to Port Ellery After Two-Year Pause")
        #expect(lines[0]["page_date"] as? String == "2025-03-12")
        #expect(lines[0]["published_at"] is NSNull)
    }

    /// The same page gives the same bytes in every process (a hash table's order differs from
    /// one process to the next, and must never reach a result).
    @Test func aResultIsTheSameBytesInEveryProcess() throws {
        let samples = try FileManager.default.contentsOfDirectory(atPath: TestPaths.root.appendingPathComponent("samples").path)
            .filter { $0 != "NOTICE" }.sorted().map { TestPaths.root.appendingPathComponent("samples/\($0)").path }
        #expect(samples.count >= 3)
        func output() throws -> Data {
            let process = Process()
            process.executableURL = TestPaths.newsdeskBinary
            process.arguments = ["process", "-j", "1"] + samples
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return data
        }
        let first = try output()
        for _ in 0..<3 { #expect(try output() == first) }
    }

    @Test func badInputGetsAnErrorLineAndTheRestStillRuns() throws {
        let (status, lines) = try run(["/nonexistent/file.txt", "-", TestPaths.sampleDump.path], stdin: Data([0, 1, 2, 0xFF]))
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

import Foundation
import LibPQ
import Queue
import Testing
import TestSupport

/// `newsdesk enqueue` and `newsdesk process` on many files at once.
@Suite(needsDatabaseAndBinary)
final class EnqueueManyTests {
    let db: TestDatabase
    let folder: URL

    init() throws {
        db = try TestDatabase()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("enqueue-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func file(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func enqueue(_ arguments: [String]) throws -> CommandOutput {
        try newsdesk(["enqueue", "--database-url", db.url] + arguments)
    }

    func jobCount() throws -> Int { try db.count("SELECT count(*) FROM newsdesk.jobs") }

    @Test func oneBadFileQueuesNothing() throws {
        let good = try (1...3).map { try file("good\($0).txt", "page \($0)") }
        let empty = try file("empty.txt", "")
        for batch in [good + [empty], good + [folder.appendingPathComponent("missing.txt").path]] {
            let run = try enqueue(batch)
            #expect(run.status == 1)
            #expect(run.stderr.contains("nothing was queued"), "\(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
        #expect(try jobCount() == 0)
        let run = try enqueue(good)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == 3)
        #expect(try jobCount() == 3)
    }

    @Test func keyFromPathQueuesEachFileOnce() throws {
        let files = try (1...3).map { try file("page\($0).txt", "page \($0)") }
        let first = try enqueue(["--key-from-path"] + files)
        // Again, through another spelling of the same paths: nothing new.
        let relative = files.map { "../" + URL(fileURLWithPath: $0).deletingLastPathComponent().lastPathComponent + "/" + URL(fileURLWithPath: $0).lastPathComponent }
        let second = try runCommand(TestPaths.newsdeskBinary, ["enqueue", "--database-url", db.url, "--key-from-path"] + relative,
                                    environment: [:], workingDirectory: folder)
        #expect(first.status == 0 && second.status == 0, "\(first.stderr) \(second.stderr)")
        #expect(first.stdout == second.stdout)
        #expect(try jobCount() == 3)
        #expect(try db.scalar("SELECT idempotency_key FROM newsdesk.jobs ORDER BY id LIMIT 1") == "path:" + URL(fileURLWithPath: files[0]).resolvingSymlinksInPath().path)
    }

    @Test func keyFromContentQueuesEachTextOnce() throws {
        let a = try file("a.txt", "the same page"), b = try file("b.txt", "the same page"), c = try file("c.txt", "another page")
        let run = try enqueue(["--key-from-content", a, b, c])
        let ids = run.stdout.split(separator: "\n")
        #expect(ids.count == 3)
        #expect(ids[0] == ids[1])
        #expect(ids[0] != ids[2])
        #expect(try jobCount() == 2)
        // sha256("the same page")
        #expect(try db.scalar("SELECT idempotency_key FROM newsdesk.jobs WHERE id = \(Int64(ids[0]) ?? 0)")
                == "sha256:" + sha256Hex("the same page"))
    }

    @Test func standardInputAndBytesInALegacyCharset() throws {
        let run = try newsdesk(["enqueue", "--database-url", db.url, "--key-from-content", "--content-type", "text/plain; charset=windows-1251", "-"],
                               stdin: Data([0xC8, 0xE7, 0xE2, 0xE5]))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try db.scalar("SELECT encode(raw_bytes, 'hex') FROM newsdesk.jobs") == "c8e7e2e5")
    }

    /// SHA-256 as PostgreSQL computes it, to check the CLI's against.
    func sha256Hex(_ text: String) throws -> String {
        try db.scalar("SELECT encode(sha256(convert_to(\(text), 'UTF8')), 'hex')") ?? ""
    }
}

@Suite(.enabled(if: FileManager.default.fileExists(atPath: TestPaths.newsdeskBinary.path), "needs a built newsdesk binary"))
struct ProcessManyTests {
    @Test func parallelOutputKeepsArgumentOrder() throws {
        // Files of very different cost interleaved, and failures among them, so that finishing
        // order differs from argument order.
        let samples = ["harbour-ferry.txt", "library-reopens.html", "radweg-stadtrat.de.txt"].map(ShippedFiles.sample)
        var inputs: [String] = []
        for round in 0..<8 {
            inputs += samples
            inputs.append("/nonexistent/\(round).txt")
        }
        let serial = try newsdesk(["process", "-j", "1"] + inputs)
        let parallel = try newsdesk(["process", "-j", "4"] + inputs)
        #expect(serial.status == 1 && parallel.status == 1)
        func fields(_ output: String, _ key: String) -> [String] {
            output.split(separator: "\n").map { line in
                let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
                return object?[key] as? String ?? "-"
            }
        }
        #expect(fields(parallel.stdout, "input") == inputs)
        #expect(fields(parallel.stdout, "title") == fields(serial.stdout, "title"))
        #expect(fields(parallel.stdout, "error") == fields(serial.stdout, "error"))
        #expect(parallel.stderr.isEmpty, "progress is for terminals only: \(parallel.stderr)")
    }
}

import Foundation
import LibPQ
import Queue
import Testing
import TestSupport

/// deploy/roles.sql against the real server: what each role may do, and what it may not.
/// Roles belong to the whole server, so these tests take turns.
@Suite(needsDatabaseAndBinary, .serialized)
struct RolesTests {
    let db: TestDatabase
    init() throws {
        db = try TestDatabase()
        try applyRoles()
    }

    func applyRoles() throws {
        let run = try psql(db.url, ["-f", ShippedFiles.rolesScript])
        try #require(run.status == 0, "roles.sql failed: \(run.stderr)")
    }

    /// Runs `sql` logged in as `role`; the SQLSTATE it failed with, nil if it succeeded.
    @discardableResult
    func failure(as role: String, _ sql: Query) throws -> String? {
        do {
            try Connection(db.url(as: role)).execute(sql)
            return nil
        } catch {
            return error.sqlState
        }
    }

    func scalar(as role: String, _ sql: Query) throws -> String? {
        try Connection(db.url(as: role)).execute(sql).rows.first?.values.first ?? nil
    }

    @Test func rerunningTakesBackWhatAnOlderVersionGranted() throws {
        // What the first roles.sql granted producers: every column, every row.
        try db.connect().execute("GRANT INSERT, SELECT ON newsdesk.jobs TO newsdesk_producer")
        #expect(try failure(as: "newsdesk_producer", "SELECT raw FROM newsdesk.jobs") == nil)
        try applyRoles()
        try applyRoles()
        #expect(try failure(as: "newsdesk_producer", "SELECT raw FROM newsdesk.jobs") == "42501")
    }

    @Test func producersEnqueueWithIntegerArgumentsAndOnlyPayloadColumns() throws {
        let id = try scalar(as: "newsdesk_producer", "SELECT newsdesk.enqueue(raw => 'page', priority => 5, max_attempts => 3)")
        let row = try db.connect().execute("SELECT priority, max_attempts, enqueued_by FROM newsdesk.jobs WHERE id = \(Int64(id ?? "") ?? 0)").rows.first
        #expect(row?["priority"] == "5")
        #expect(row?["max_attempts"] == "3")
        #expect(row?["enqueued_by"] == "newsdesk_producer")
        // A plain INSERT of the payload columns works, and ON CONFLICT DO NOTHING keeps it idempotent.
        #expect(try failure(as: "newsdesk_producer", "INSERT INTO newsdesk.jobs (raw, source_url, idempotency_key) VALUES ('p', 'https://example.com/p', 'k')") == nil)
        #expect(try failure(as: "newsdesk_producer", "INSERT INTO newsdesk.jobs (raw, idempotency_key) VALUES ('p', 'k') ON CONFLICT DO NOTHING") == nil)
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs") == 2)
    }

    @Test func producersCannotForgeStateAttemptsLeasesOrAuthorship() throws {
        for forged: Query in [
            "INSERT INTO newsdesk.jobs (raw, state) VALUES ('x', 'done')",
            "INSERT INTO newsdesk.jobs (raw, attempts) VALUES ('x', -30000)",
            "INSERT INTO newsdesk.jobs (raw, lease_owner, lease_expires_at) VALUES ('x', 'fake', now() + interval '1 day')",
            "INSERT INTO newsdesk.jobs (raw, max_attempts) VALUES ('x', 32000)",
            "INSERT INTO newsdesk.jobs (raw, enqueued_by) VALUES ('x', 'someone_else')",
            "UPDATE newsdesk.jobs SET state = 'queued'",
            "DELETE FROM newsdesk.jobs",
        ] {
            #expect(try failure(as: "newsdesk_producer", forged) == "42501", "\(forged.sql)")
        }
        // Nor through the function: it bounds the attempts that bound a crashing input.
        #expect(try failure(as: "newsdesk_producer", "SELECT newsdesk.enqueue(raw => 'x', max_attempts => 30000)") == "22003")
        #expect(try failure(as: "newsdesk_producer", "SELECT newsdesk.enqueue(raw => 'x', priority => 40000)") == "22003")
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs") == 0)
    }

    @Test func producersSeeTheStateOfTheirOwnJobsButNoPayload() throws {
        let other = "newsdesk_test_other_producer"
        try db.connect().execute(Query(sql: """
            DO $$ BEGIN
                CREATE ROLE \(other) LOGIN IN ROLE newsdesk_producer;
            EXCEPTION WHEN duplicate_object THEN NULL;
            END $$
            """))
        let mine = try scalar(as: "newsdesk_producer", "SELECT newsdesk.enqueue(raw => 'mine')")
        _ = try scalar(as: other, "SELECT newsdesk.enqueue(raw => 'theirs')")
        try db.queue().enqueue(EnqueueParams(payload: .text("operator's")))
        #expect(try scalar(as: "newsdesk_producer", "SELECT string_agg(id || ':' || state, ',') FROM newsdesk.my_jobs") == "\(mine ?? ""):queued")
        #expect(try scalar(as: other, "SELECT count(*) FROM newsdesk.my_jobs") == "1")
        #expect(try failure(as: "newsdesk_producer", "SELECT raw FROM newsdesk.my_jobs") == "42703")
        #expect(try failure(as: "newsdesk_producer", "SELECT count(*) FROM newsdesk.jobs") == "42501")
        #expect(try failure(as: "newsdesk_producer", "SELECT count(*) FROM newsdesk.articles") == "42501")
    }

    @Test func workersProcessJobsButNeitherEnqueueNorDeleteNorReopen() throws {
        try db.queue().enqueue(EnqueueParams(payload: .text(try String(contentsOfFile: ShippedFiles.sample("harbour-ferry.txt"), encoding: .utf8))))
        try db.queue().enqueue(EnqueueParams(payload: .text("")))
        let run = try newsdesk(["run", "--until-empty", "--log-level", "error"], environment: ["DATABASE_URL": db.url(as: "newsdesk_worker")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles") == 1)
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs WHERE state = 'failed'") == 1)

        #expect(try failure(as: "newsdesk_worker", "INSERT INTO newsdesk.jobs (raw) VALUES ('x')") == "42501")
        #expect(try failure(as: "newsdesk_worker", "DELETE FROM newsdesk.jobs") == "42501")
        #expect(try failure(as: "newsdesk_worker", "DELETE FROM newsdesk.articles") == "42501")
        // Retry and cancel are an operator's: the worker's credentials cannot reopen or cancel.
        let retry = try newsdesk(["retry", "--state", "failed"], environment: ["DATABASE_URL": db.url(as: "newsdesk_worker")])
        #expect(retry.status != 0)
        #expect(retry.stderr.contains("only newsdesk_operator"), "\(retry.stderr)")
        #expect(try failure(as: "newsdesk_worker", "UPDATE newsdesk.jobs SET state = 'queued' WHERE state = 'done'") == "42501")
        try db.queue().enqueue(EnqueueParams(payload: .text("later")))
        #expect(try failure(as: "newsdesk_worker", "UPDATE newsdesk.jobs SET state = 'cancelled' WHERE state = 'queued'") == "42501")
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs WHERE state = 'queued'") == 1)
        // Retention (the worker's cleaner) deletes through one function that reaches only finished
        // jobs, whatever states it is asked for; producers and readers may not call it.
        #expect(try failure(as: "newsdesk_producer", "SELECT newsdesk.delete_finished_jobs('{done}', 0, 10)") == "42501")
        #expect(try failure(as: "newsdesk_reader", "SELECT newsdesk.delete_finished_jobs('{done}', 0, 10)") == "42501")
        #expect(try scalar(as: "newsdesk_worker", "SELECT count(*) FROM newsdesk.delete_finished_jobs('{done,failed,queued,running}', 0, 10)") == "2")
        #expect(try db.count("SELECT count(*) FROM newsdesk.jobs") == 1)
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles") == 0)
    }

    @Test func operatorsRetryCancelAndReprocess() throws {
        let workerURL = ["DATABASE_URL": db.url(as: "newsdesk_worker")]
        let operatorURL = ["DATABASE_URL": db.url(as: "newsdesk_operator")]
        try db.queue().enqueue(EnqueueParams(payload: .text(try String(contentsOfFile: ShippedFiles.sample("harbour-ferry.txt"), encoding: .utf8))))
        try db.queue().enqueue(EnqueueParams(payload: .text("")))
        #expect(try newsdesk(["run", "--until-empty", "--log-level", "error"], environment: workerURL).status == 0)

        // Reprocessing: the worker's credentials cannot, the operator's can, and the worker then
        // replaces the article, keeping the old one in article_history.
        #expect(try newsdesk(["reprocess", "--all"], environment: workerURL).status != 0)
        let reprocess = try newsdesk(["reprocess", "--all"], environment: operatorURL)
        #expect(reprocess.stdout.contains("requeued 1 job(s)"), "\(reprocess.stderr)")
        #expect(try newsdesk(["run", "--until-empty", "--log-level", "error"], environment: workerURL).status == 0)
        #expect(try db.count("SELECT count(*) FROM newsdesk.article_history") == 1)
        #expect(try db.count("SELECT count(*) FROM newsdesk.articles") == 1)

        let retry = try newsdesk(["retry", "--state", "failed"], environment: operatorURL)
        #expect(retry.status == 0, "\(retry.stderr)")
        #expect(retry.stdout.contains("requeued 1 job(s)"))
        let cancel = try newsdesk(["cancel", "--state", "queued"], environment: operatorURL)
        #expect(cancel.status == 0, "\(cancel.stderr)")
        #expect(cancel.stdout.contains("cancelled 1 job(s)"))
        #expect(try failure(as: "newsdesk_operator", "INSERT INTO newsdesk.jobs (raw, state) VALUES ('x', 'done')") == "42501")
        #expect(try failure(as: "newsdesk_operator", "DELETE FROM newsdesk.jobs") == "42501")
    }

    @Test func monitorsRunStatusAndSeeNoPayloadOrResult() throws {
        try db.queue().enqueue(EnqueueParams(payload: .text("queued page")))
        let status = try newsdesk(["status", "--json"], environment: ["DATABASE_URL": db.url(as: "newsdesk_monitor")])
        #expect(status.status == 0, "\(status.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any]
        #expect((report?["queue"] as? [String: Any])?["queued"] as? Int == 1)
        #expect(report?["workers"] is [Any])
        #expect(try failure(as: "newsdesk_monitor", "SELECT raw FROM newsdesk.jobs") == "42501")
        #expect(try failure(as: "newsdesk_monitor", "SELECT result FROM newsdesk.articles") == "42501")
        #expect(try failure(as: "newsdesk_monitor", "SELECT newsdesk.enqueue(raw => 'x')") == "42501")
    }

    @Test func readersReadArticlesAndQueueHealthOnly() throws {
        #expect(try failure(as: "newsdesk_reader", "SELECT count(*) FROM newsdesk.articles") == nil)
        #expect(try failure(as: "newsdesk_reader", "SELECT * FROM newsdesk.queue_status") == nil)
        #expect(try failure(as: "newsdesk_reader", "SELECT raw FROM newsdesk.jobs") == "42501")
        #expect(try failure(as: "newsdesk_reader", "SELECT newsdesk.enqueue(raw => 'x')") == "42501")
        // The feed: readers follow it from the command line; producers and monitors may not.
        let ids = try (0..<3).map { try db.queue().enqueue(EnqueueParams(payload: .text("page \($0)"))) }
        #expect(try newsdesk(["run", "--no-op", "--until-empty", "--log-level", "error"], environment: ["DATABASE_URL": db.url]).status == 0)
        let cursorFile = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-follow-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: cursorFile) }
        let readerURL = ["DATABASE_URL": db.url(as: "newsdesk_reader")]
        let first = try newsdesk(["follow", "--limit", "2", "--cursor-file", cursorFile], environment: readerURL)
        #expect(first.status == 0, "\(first.stderr)")
        let lines = first.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        // In the order the worker's batches committed, which need not be id order.
        let firstIDs = lines.compactMap { $0["job_id"] as? Int }.map(Int64.init)
        #expect(firstIDs.count == 2 && Set(firstIDs).isSubset(of: ids))
        #expect(lines.allSatisfy { $0["article"] is [String: Any] && $0["cursor"] is String })
        // Resumed from the cursor file: the rest, nothing twice. (--limit rather than
        // --until-caught-up: another suite's open transaction may hold the feed back a while.)
        let rest = try newsdesk(["follow", "--limit", "1", "--cursor-file", cursorFile], environment: readerURL)
        #expect(rest.status == 0, "\(rest.stderr)")
        let restID = try #require(Set(ids).subtracting(firstIDs).first)
        #expect(rest.stdout.split(separator: "\n").count == 1 && rest.stdout.contains("\"job_id\":\(restID),"))
        #expect(try failure(as: "newsdesk_producer", "SELECT * FROM newsdesk.articles_since(NULL, 1)") == "42501")
        #expect(try failure(as: "newsdesk_monitor", "SELECT * FROM newsdesk.articles_since(NULL, 1)") == "42501")
    }
}

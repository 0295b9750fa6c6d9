import Foundation
import LibPQ
import Queue
import Testing
import TestSupport

@Suite(.needsDatabase)
struct MigratorTests {
    @Test func appliesInOrderOnceAndRecordsThem() throws {
        let db = try TestDatabase(migrated: false)
        let migrator = Migrator(connection: try db.connect())
        let pending = try migrator.pending()
        let first = try migrator.migrate()
        #expect(pending == first)
        #expect(try migrator.pending().isEmpty)
        #expect(first.count >= 3)
        #expect(first == first.sorted())
        #expect(try migrator.migrate().isEmpty)
        // Versions may leave gaps (ranges are reserved per line of work); each is recorded once.
        #expect(try migrator.appliedVersions() == first.compactMap { Int($0.prefix(while: \.isNumber)) })
    }

    @Test func concurrentMigratorsDoNotCollide() throws {
        let db = try TestDatabase(migrated: false)
        let url = db.url
        let results = Mutexed<[Int]>([])
        let errors = Mutexed<[String]>([])
        let threads = (0..<4).map { _ in
            Thread {
                do {
                    let applied = try Migrator(connection: Connection(url)).migrate()
                    results.mutate { $0.append(applied.count) }
                } catch { errors.mutate { $0.append("\(error)") } }
            }
        }
        threads.forEach { $0.start() }
        #expect(eventually { results.value.count + errors.value.count == 4 })
        #expect(errors.value.isEmpty)
        // Every migration was applied exactly once, by whichever migrator got to it first.
        let expected = try Migrator(connection: db.connect()).appliedVersions().count
        #expect(results.value.reduce(0, +) == expected)
        #expect(expected >= 5)
    }
}

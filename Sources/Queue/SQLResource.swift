import Foundation

/// The `.sql` files shipped with this module, read once.
enum SQLResource {
    /// Returns the text of `SQL/<folder>/<name>.sql`. The files ship inside the module's
    /// bundle, so a missing one is a packaging bug, not a runtime condition.
    static func text(_ folder: String, _ name: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "sql", subdirectory: "SQL/\(folder)"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { fatalError("SQL/\(folder)/\(name).sql is missing from the Queue module's resources") }
        return text
    }

    /// Every migration file, sorted by its numeric prefix.
    static func migrations() -> [(version: Int, name: String, sql: String)] {
        guard let folder = Bundle.module.url(forResource: "migrations", withExtension: nil, subdirectory: "SQL"),
              let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { fatalError("SQL/migrations is missing from the Queue module's resources") }
        return files.filter { $0.hasSuffix(".sql") }.compactMap { file in
            let name = String(file.dropLast(4))
            guard let version = Int(name.prefix(while: \.isNumber)) else { return nil }
            return (version, name, text("migrations", name))
        }.sorted { $0.version < $1.version }
    }
}

/// The queue's statements, loaded once per process.
enum Statements {
    static let exchange = SQLResource.text("queries", "exchange")
    static let heartbeat = SQLResource.text("queries", "heartbeat")
    static let rescue = SQLResource.text("queries", "rescue")
    static let handBack = SQLResource.text("queries", "hand_back")
    static let reprocess = SQLResource.text("queries", "reprocess")
    static let cancel = SQLResource.text("queries", "cancel")
    static let enqueue = SQLResource.text("queries", "enqueue")
    static let status = SQLResource.text("queries", "status")
    static let workers = SQLResource.text("queries", "workers")
    static let queueDepth = SQLResource.text("queries", "queue_depth")
    static let prunePayloads = SQLResource.text("queries", "prune_payloads")
    static let deleteFinished = SQLResource.text("queries", "delete_finished")
    static let retentionDue = SQLResource.text("queries", "retention_due")
    static let articlesSince = SQLResource.text("queries", "articles_since")
}

import Foundation

/// Reads the shipped data files under Resources/. A missing or unreadable file yields no lines, so a
/// broken install degrades enrichment instead of trapping.
enum ResourceFile {
    static func data(_ name: String, _ ext: String, subdirectory: String = "Resources") -> Data? {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: subdirectory) else { return nil }
        return try? Data(contentsOf: url)
    }

    static func lines(_ name: String, _ ext: String, subdirectory: String = "Resources") -> [Substring] {
        guard let data = data(name, ext, subdirectory: subdirectory) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
    }

    static func wordSet(_ name: String) -> Set<String> {
        Set(lines(name, "txt").map(String.init))
    }
}

import Foundation

enum InputFile {
    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    /// Reads a file's bytes, or standard input for "-".
    static func read(_ path: String) throws -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        // FileHandle, not FileManager: pipes and process substitutions (/dev/fd/N) work too.
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadError(description: "cannot read \(path)")
        }
        do {
            return Array(try handle.readToEnd() ?? Data())
        } catch {
            throw ReadError(description: "cannot read \(path): \(error.localizedDescription)")
        }
    }

    static func jsonString(_ s: String) -> String {
        let data = (try? JSONEncoder().encode(s)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

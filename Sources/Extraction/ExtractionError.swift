/// Input the extractor cannot turn into an article. These are permanent: retrying the same
/// bytes gives the same answer, so the daemon fails the job at once with `description`.
public enum ExtractionError: Error, Equatable, CustomStringConvertible, Sendable {
    case empty
    case tooLarge(bytes: Int, limit: Int)
    case undecodable(String)
    case binary(String)
    case notAnArticle(String)

    public var description: String {
        switch self {
        case .empty:
            return "empty input: the payload has no text"
        case let .tooLarge(bytes, limit):
            return "input too large: \(bytes) bytes, the limit is \(limit) bytes"
        case let .undecodable(why):
            return "undecodable input: \(why)"
        case let .binary(why):
            return "not text: \(why)"
        case let .notAnArticle(why):
            return "no article found: \(why)"
        }
    }
}

/// One raw page as a producer handed it over.
public struct RawPage: Sendable {
    /// The payload exactly as received: UTF-8 text, or bytes in some legacy charset.
    public var bytes: [UInt8]
    public var format: InputFormat
    /// A declared content type such as "text/html; charset=windows-1251", when known.
    public var contentType: String?
    public var sourceURL: String?
    /// "Now" for resolving relative dates ("3 hours ago"); nil means they stay unresolved.
    public var referenceDate: String?

    public init(bytes: [UInt8], format: InputFormat = .auto, contentType: String? = nil,
                sourceURL: String? = nil, referenceDate: String? = nil) {
        self.bytes = bytes
        self.format = format
        self.contentType = contentType
        self.sourceURL = sourceURL
        self.referenceDate = referenceDate
    }

    public init(text: String, format: InputFormat = .auto, sourceURL: String? = nil) {
        self.init(bytes: Array(text.utf8), format: format, sourceURL: sourceURL)
    }
}

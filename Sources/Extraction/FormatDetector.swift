/// HTML or plain text, from a declared content type when there is one, else from content.
enum FormatDetector {
    static func detect(_ utf8: [UInt8], contentType: String?) -> InputFormat {
        if let type = contentType?.lowercased() {
            if type.contains("html") { return .html }
            if type.hasPrefix("text/plain") { return .text }
        }
        let head = utf8.prefix(4096)
        let lowered = String(decoding: head, as: UTF8.self).lowercased()
        // Pages that start with a stylesheet or a PHP warning ("<br />\n<b>Deprecated</b>") are HTML too.
        for marker in ["<!doctype html", "<html", "<head", "<body", "<meta ", "<div", "<p>", "<p ", "<article",
                       "<style", "<script", "<br", "<table", "<span", "<title", "<link "] where lowered.contains(marker) {
            return .html
        }
        return .text
    }
}

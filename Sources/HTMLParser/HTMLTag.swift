/// The element names the walker distinguishes; everything else is `.other` (inline markup whose
/// text simply flows into the enclosing block).
public enum HTMLTag: UInt8, Sendable {
    case other
    case html, head, body, title, meta, link, script, base
    case div, p, section, article, main, header, footer, nav, aside, form
    case h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd, blockquote, pre, figure, figcaption, address, details, summary
    case table, thead, tbody, tfoot, tr, td, th, caption
    case a, br, hr, time, img
    case style, noscript, template, svg, math, iframe, object, embed, canvas, select, option,
         button, textarea, input, video, audio, map, dialog, label, rt, rp

    static func named(_ name: String) -> HTMLTag { byName[name] ?? .other }

    private static let byName: [String: HTMLTag] = [
        "html": .html, "head": .head, "body": .body, "title": .title, "meta": .meta, "link": .link,
        "script": .script, "base": .base,
        "div": .div, "p": .p, "section": .section, "article": .article, "main": .main,
        "header": .header, "footer": .footer, "nav": .nav, "aside": .aside, "form": .form,
        "h1": .h1, "h2": .h2, "h3": .h3, "h4": .h4, "h5": .h5, "h6": .h6,
        "ul": .ul, "ol": .ol, "li": .li, "dl": .dl, "dt": .dt, "dd": .dd, "blockquote": .blockquote,
        "pre": .pre, "figure": .figure, "figcaption": .figcaption, "address": .address,
        "details": .details, "summary": .summary,
        "table": .table, "thead": .thead, "tbody": .tbody, "tfoot": .tfoot, "tr": .tr, "td": .td,
        "th": .th, "caption": .caption,
        "a": .a, "br": .br, "hr": .hr, "time": .time, "img": .img,
        "style": .style, "noscript": .noscript, "template": .template, "svg": .svg, "math": .math,
        "iframe": .iframe, "object": .object, "embed": .embed, "canvas": .canvas, "select": .select,
        "option": .option, "button": .button, "textarea": .textarea, "input": .input,
        "video": .video, "audio": .audio, "map": .map, "dialog": .dialog, "label": .label,
        "rt": .rt, "rp": .rp,
    ]

    /// Elements that start a new text block (and become a container node of the outline).
    public var isBlock: Bool {
        switch self {
        case .html, .body, .div, .p, .section, .article, .main, .header, .footer, .nav, .aside, .form,
             .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .blockquote, .pre, .figure,
             .figcaption, .address, .details, .summary, .table, .thead, .tbody, .tfoot, .tr, .td, .th,
             .caption, .hr:
            return true
        default:
            return false
        }
    }

    /// Elements whose content is raw text or an embedded document, never prose: not entered.
    /// (<noscript> is entered only when it holds a whole page: see `TreeWalker`.) Ruby
    /// annotations (`<rt>`, the readings set above Japanese and Chinese characters, and their
    /// fallback parentheses `<rp>`) are not part of the sentence: "子<rt>こ</rt>ども" reads "子ども".
    public var isOpaque: Bool {
        switch self {
        case .style, .template, .iframe, .object, .embed, .canvas, .textarea, .script, .rt, .rp:
            return true
        default:
            return false
        }
    }

    /// Widgets and media whose own text is interface, not prose. They are still entered: broken
    /// markup (an unclosed <div> inside a <button>) makes libxml2 nest the rest of the page in
    /// them, and block elements inside get their text back.
    public var isWidget: Bool {
        switch self {
        case .svg, .math, .button, .select, .option, .input, .video, .audio, .map, .dialog, .label:
            return true
        default:
            return false
        }
    }

    public var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }
}

import TextCore

/// What bylines are made of besides names, in every language the date grammar reads: the
/// labels and particles they open with ("By", "Von", "Par", "Por", "Di", "Door") and the words
/// that are never a person (weekdays, months, date and label words). Shared by the HTML
/// metadata and byline reader and the text-dump byline finder.
enum BylineWords {
    /// Openings dropped before the name, lower-cased, longest first.
    static let openings = ["written by", "posted by", "words by", "story by", "authors:", "author:", "author ",
                           "autorin:", "autor:", "auteur :", "auteur:", "reporter:", "by:", "by ", "von ", "par ", "por ",
                           "di ", "door "]
    /// `openings` as bytes (all ASCII), for the test every short line of a dump goes through.
    private static let openingBytes = openings.map { Array($0.utf8) }
    private static let longestOpening = openingBytes.map(\.count).max() ?? 0

    /// The name without its opening label or particle (and the colon or spaces after it); nil
    /// when the text has no such opening.
    static func afterOpening<S: StringProtocol>(_ text: S) -> S.SubSequence? {
        let head = ByteSearch.asciiLowercased(text, maxScalars: longestOpening)
        guard let opening = openingBytes.first(where: { head.starts(with: $0) }) else { return nil }
        // The openings are ASCII: their byte count is their character count.
        let rest = text.dropFirst(opening.count)
        // "Autor:innen" is a word (German inclusive plural), not a label.
        if opening.last == UInt8(ascii: ":"), rest.first?.isLowercase == true { return nil }
        return rest.drop { $0 == ":" || $0.isWhitespace }
    }

    /// A name that is no person: every word a particle, weekday, month or label ("Von",
    /// "Donnerstag", "Published", "May 5"), or the site's own name as written (which the HTML
    /// reader still takes when no person is named: `AuthorNames.clean(keepSiteName:)`). (Bylines
    /// such as "Staff", "team" or a blog's handle are what the page names as its author, and are kept.)
    static func isNoPerson(_ name: String, siteName: String?) -> Bool {
        let words = name.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        if let site = siteName, name.lowercased() == site.lowercased() { return true }
        return words.allSatisfy { word in
            particles.contains(word) || word.allSatisfy(\.isNumber) || CalendarWords.weekday(word) != nil
                || CalendarWords.month(word, abbreviated: false) != nil || labels.contains(word)
                || DateLabelWords.isLabelOnly([word])
        }
    }

    /// Words before "by" that credit someone other than the author ("Reviewed by", "Fact
    /// checked by", "Photos by"), lower-cased.
    static let creditLeads: Set<String> = ["reviewed", "edited", "checked", "fact-checked", "photos", "photo",
                                           "illustrated", "illustrations", "images", "translated", "produced"]

    /// A credit line: "Reviewed by Jane Doe", "Fact checked by: Jane Doe".
    static func isCredit<S: StringProtocol>(_ text: S) -> Bool {
        let words = text.prefix(40).lowercased().split(separator: " ").prefix(3)
        guard let by = words.firstIndex(where: { $0 == "by" || $0 == "by:" }), by > 0 else { return false }
        return creditLeads.contains(String(words[by - 1]))
    }

    /// A word bylines join names with or run on with ("am", "on", "und"), lower-cased.
    static func isParticle<S: StringProtocol>(_ word: S) -> Bool { particles.contains(word.lowercased()) }

    /// Job titles written after a name ("Jane Doe, Senior Reporter", "Jane Doe Writer",
    /// "Jane Doe Chefredakteur", "Jane Doe Former Deputy Editor"), and the words that open
    /// one, in the languages bylines are read in, lower-cased: a word that is one ends the name.
    static let roles: Set<String> = [
        "writer", "reporter", "editor", "correspondent", "contributor", "columnist", "journalist", "director",
        "founder", "co-founder", "ceo", "coo", "cto", "cfo", "cmo", "president", "manager", "chief", "senior",
        "sr.", "expert", "specialist", "analyst", "vp", "head", "reviewer", "former", "deputy", "associate",
        "assistant", "contributing", "managing", "executive", "freelance",
        "redakteur", "redakteurin", "chefredakteur", "chefredakteurin", "korrespondent", "korrespondentin",
        "journalistin", "rédacteur", "rédactrice", "journaliste", "correspondant", "correspondante",
        "periodista", "redactor", "redactora", "corresponsal", "giornalista", "redattore", "redattrice", "corrispondente",
    ]

    private static let particles: Set<String> = ["by", "von", "vom", "par", "por", "di", "door", "de", "da", "und", "and",
                                                 "et", "y", "e", "und", "the", "am", "um", "on", "le", "la", "el"]
    private static let labels: Set<String> = ["author", "authors", "autor", "autorin", "auteur", "uhr", "min",
                                              "minutes", "read", "lesezeit"]
}

// MARK: Chinese, Japanese and Korean bylines

/// How far a Chinese, Japanese or Korean byline reaches (`HTMLTunables`/`DumpTunables` fields
/// of the same names).
struct CJKBylineLimits: Sendable {
    /// A personal name is 2 to this many Han, kana or Hangul characters.
    var nameMaxCharacters: Int
    /// A handle after an explicit author label ("作者：放飞&心情") is at most this many characters.
    var handleMaxCharacters: Int
    /// A byline line is at most this many characters (spaces not counted); longer, it is prose
    /// ("向记者证实…"), read only for a byline in parentheses.
    var lineMaxCharacters: Int
}

extension HTMLTunables {
    var cjkBylineLimits: CJKBylineLimits {
        CJKBylineLimits(nameMaxCharacters: cjkNameMaxCharacters, handleMaxCharacters: cjkHandleMaxCharacters,
                        lineMaxCharacters: cjkBylineMaxCharacters)
    }
}

extension DumpTunables {
    var cjkBylineLimits: CJKBylineLimits {
        CJKBylineLimits(nameMaxCharacters: cjkNameMaxCharacters, handleMaxCharacters: cjkHandleMaxCharacters,
                        lineMaxCharacters: cjkBylineMaxCharacters)
    }
}

extension BylineWords {
    /// Labels before the writer's name, longest first. These scripts write names without
    /// capitals or spaces, so the label, the name's script and its length are what tell a
    /// byline. Editors ("编辑", "责任编辑") and sources ("来源") are no label here: they name
    /// someone other than the writer.
    static let cjkAuthorLabels = ["本报记者", "执笔人", "评论员", "評論員", "作者", "著者", "筆者", "撰文", "执笔", "執筆", "记者",
                                  "記者", "文"]
    /// Labels that run straight into the name in a byline line ("本报记者罗某发自北京"); every
    /// other label needs a colon, slash or space after it ("作者简介" is "about the author").
    static let cjkGluedLabels: Set<String> = ["本报记者", "记者", "記者"]
    /// Words a name runs on into: the source, date, editor, dateline or photo credit after it
    /// ("作者：王某 来源：新华网", "罗某发自北京", "彭某 山东冠县报道").
    static let cjkNameEnds = ["责任编辑", "來源", "来源", "出处", "出自", "时间", "時間", "日期", "发布", "發布", "发表", "發表",
                              "编辑", "編輯", "报道", "報道", "报导", "報導", "发自", "發自", "摄影", "攝影", "供图", "通讯员", "通訊員",
                              "实习生", "整理", "综合", "翻译", "記者", "记者", "摄", "攝"]
    /// A photo credit after the name ("新华社记者 王某 摄"): the photographer, not the writer.
    static let cjkPhotoCredits = ["摄", "攝"]
    /// Dateline words that end a name glued to its label ("本报记者王某发自北京"); Taiwan writes
    /// "報導" ("記者王某／台北報導").
    static let cjkDatelineWords = ["发自", "發自", "报道", "報道", "报导", "報導"]
    /// Last characters of organisations, places and outlets ("新华社", "人民网", "总台"): an
    /// unlabelled name in parentheses ending in one is no person.
    static let cjkOrganisationEndings: Set<Character> = ["社", "报", "報", "网", "網", "台", "站", "刊", "部", "局", "院",
                                                         "会", "會", "处", "處", "厅", "廳", "室", "委", "办", "辦", "司",
                                                         "组", "組", "省", "市", "县", "縣", "区", "區", "国", "國", "京"]
    /// News agencies a Japanese dateline credits in the writer's place ("【ワシントン＝共同】"):
    /// Kyodo, Jiji, Reuters, Bloomberg, Xinhua, Yonhap.
    static let cjkWireServices: Set<String> = ["共同", "時事", "ロイター", "ブルームバーグ", "新華社", "聯合"]
    /// Korean role words written after the name ("홍길동 기자").
    static let koreanRolesAfterName = ["기자", "특파원"]

    /// The names of a Chinese, Japanese or Korean byline in `text`, or nil: a labelled line
    /// ("记者 王某 张某", "作者：王某 来源：新华网", "文/王某", "홍길동 기자"), or a byline in
    /// parentheses ("（记者 王某）", a closing "（王某 上海报道）").
    static func cjkAuthors<S: StringProtocol>(in text: S, _ limits: CJKBylineLimits) -> [String]? {
        // Every short line of a dump is asked: lines without a Han, kana or Hangul letter leave at once.
        guard text.unicodeScalars.contains(where: { $0.value >= 0x1100 && [.han, .kana, .hangul].contains(Script($0)) }) else { return nil }
        let line = String(String(text).map { $0 == "\u{A0}" || $0 == "\u{3000}" ? " " : $0 })
        let chars = Array(line)
        guard chars.count(where: { !$0.isWhitespace }) > limits.lineMaxCharacters else {
            return datelined(chars, limits) ?? parenthesised(chars, limits) ?? labelled(line, limits) ?? korean(line, limits)
        }
        // A block longer than a byline line is prose, or lines a <br> joined ("标题 本报记者王某发自
        // 北京 正文…", "…正文 文：王某"): a byline opens or closes it, after or before a line or
        // two, and only those ends are read (a block can be a page long, and reading every label
        // or parenthesis in it against the rest would be quadratic).
        let reach = limits.lineMaxCharacters * endLines
        let head = Array(chars.prefix(reach)), tail = Array(chars.suffix(reach))
        return datelined(head, limits) ?? parenthesised(tail, limits) ?? parenthesised(head, limits)
            ?? labelled(String(head), strict: true, limits) ?? labelled(String(tail), strict: true, limits)
    }

    /// How many byline lines' length at each end of a long block are read for a byline.
    private static let endLines = 3

    /// A Japanese dateline opening the story with its correspondents: "【ワシントン＝山田太郎】",
    /// "【北京＝山田太郎、上海＝鈴木花子】" (place, "＝", writer). Only at the text's start (after
    /// spaces): further in, lenticular brackets hold headings and notes. The place is one word
    /// of Han or kana: a site's banner "【サラブレッドセール（せり市場）＝馬市】" defines a term.
    private static func datelined(_ chars: [Character], _ limits: CJKBylineLimits) -> [String]? {
        guard let open = chars.firstIndex(where: { !$0.isWhitespace }), chars[open] == "【",
              let close = chars[open...].firstIndex(of: "】") else { return nil }
        var names: [String] = []
        for part in chars[(open + 1)..<close].split(separator: "、") {
            guard let equals = part.firstIndex(where: { $0 == "＝" || $0 == "=" }), equals > part.startIndex,
                  part[..<equals].allSatisfy({ $0.unicodeScalars.allSatisfy { [.han, .kana].contains(Script($0)) } }) else { return nil }
            let name = String(part[(equals + 1)...])
            guard isPersonName(name, limits), !cjkWireServices.contains(name) else { return nil }
            names.append(name)
        }
        return names.isEmpty ? nil : names
    }

    /// A byline in parentheses: labelled ("（记者 王某）"), or bare names closing the text
    /// after its last sentence ("…。（王某 上海报道）").
    private static func parenthesised(_ chars: [Character], _ limits: CJKBylineLimits) -> [String]? {
        var index = 0
        while index < chars.count {
            if chars[index] == "（" || chars[index] == "(" {
                let close: Character = chars[index] == "（" ? "）" : ")"
                if let end = chars[(index + 1)...].firstIndex(of: close) {
                    let inside = String(chars[(index + 1)..<end])
                    if let names = labelled(inside, limits) { return names }
                    // Bare names sign off a story: after its last sentence, closing the block.
                    // Elsewhere a parenthesis holds a menu's or a link's note ("（附图）", "(转载)").
                    let after = chars[(end + 1)...].filter { !$0.isWhitespace && $0 != "。" }
                    let before = chars[..<index].last { !$0.isWhitespace }
                    if after.isEmpty, let before, "。！？”」…!?".contains(before), let names = bareNames(inside, limits) {
                        return names
                    }
                    index = end
                }
            }
            index += 1
        }
        return nil
    }

    /// Names after the first author label that has them. `strict` (in prose): the name stands
    /// alone, ended by a space, the block's end or a dateline word ("本报记者王某发自北京"), not
    /// run into a sentence ("向记者证实，…").
    private static func labelled(_ text: String, strict: Bool = false, _ limits: CJKBylineLimits) -> [String]? {
        var start = text.startIndex
        while let (range, label) = nextLabel(in: text, from: start) {
            start = range.upperBound
            if label == "文", range.lowerBound > text.startIndex,
               let before = text[..<range.lowerBound].last, before.isLetter || before.isNumber { continue }
            var rest = text[range.upperBound...]
            let separated = rest.first.map { "：:／/ ".contains($0) } ?? false
            guard separated || cjkGluedLabels.contains(label) else { continue }
            rest = rest.drop { "：:／/ ".contains($0) }
            // Glued to its label, a name must end at a dateline word or a slash: "记者调查" and
            // "小记者训练营" are menu items.
            if strict || !separated, !standsAlone(rest, glued: !separated) { continue }
            // In prose only the first name is sure: the words after it are the next sentence.
            if let names = names(in: rest, handleAllowed: separated && !cjkGluedLabels.contains(label), limits) {
                return strict ? Array(names.prefix(1)) : names
            }
        }
        return nil
    }

    private static func nextLabel(in text: String, from start: String.Index) -> (Range<String.Index>, String)? {
        var best: (Range<String.Index>, String)?
        for label in cjkAuthorLabels {
            if let range = text.range(ofBytes: label, from: start),
               best.map({ range.lowerBound < $0.0.lowerBound }) ?? true {
                best = (range, label)
            }
        }
        return best
    }

    /// The first name after a label ends at a space or the text's end, or, glued to its label,
    /// at a dateline or credit word.
    private static func standsAlone(_ rest: Substring, glued: Bool) -> Bool {
        let run = rest.prefix { [.han, .kana, .hangul].contains(Script($0.unicodeScalars.first!)) || $0 == "·" }
        if cjkDatelineWords.contains(where: { run.dropFirst(2).contains($0) }) { return true }
        let next = rest.dropFirst(run.count).first
        // "记者王某/文": the slash ends a glued name too, and so does the comma between names
        // that a slash ends ("記者王某、張某／台北報導"; "记者调查、民意调查" is a menu).
        if glued, next == "、" { return rest.prefix { !$0.isWhitespace }.contains { $0 == "/" || $0 == "／" } }
        if glued { return next == "/" || next == "／" }
        return next == nil || next!.isWhitespace
    }

    /// Names in the words after a label, up to the first word that is none.
    private static func names(in rest: Substring, handleAllowed: Bool, _ limits: CJKBylineLimits) -> [String]? {
        var names: [String] = []
        var words = rest.split { $0.isWhitespace || "、，,；;|｜/／".contains($0) }
        // "赵 培": a two-character name spaced out to the width of a three-character one.
        if words.count >= 2, words[0].count == 1, words[1].count == 1, isPersonName(words[0] + words[1], limits) {
            words.replaceSubrange(0...1, with: [Substring(words[0] + words[1])])
        }
        for (position, word) in words.enumerated() {
            var name = word
            var endsHere = false
            if let end = cjkNameEnds.compactMap({ word.range(of: $0)?.lowerBound }).min() {
                if cjkPhotoCredits.contains(where: { word[end...].hasPrefix($0) }) { return nil }
                name = word[..<end]
                endsHere = true
            }
            // A later word cut short is a dateline or credit, not a name ("彭某 山东冠县报道").
            if endsHere && position > 0 { break }
            if isPersonName(name, limits) {
                names.append(String(name))
            } else if position == 0, handleAllowed, isHandle(name, limits) {
                names.append(String(name))
                break
            } else {
                break
            }
            if endsHere { break }
        }
        return names.isEmpty ? nil : names
    }

    /// Unlabelled names in parentheses closing a story: "（王某）", "（王某 张某）",
    /// "（王某 上海报道）" — people, not an outlet or a place ("（新华社）").
    private static func bareNames(_ inside: String, _ limits: CJKBylineLimits) -> [String]? {
        var words = inside.split { $0.isWhitespace || "、，,".contains($0) }
        if let last = words.last, cjkDatelineWords.contains(where: { last.hasSuffix($0) }) { words.removeLast() }
        guard !words.isEmpty, words.allSatisfy({ isPersonName($0, limits) && !cjkOrganisationEndings.contains($0.last!) })
        else { return nil }
        return words.map(String.init)
    }

    /// "홍길동 기자": the name before a Korean role word.
    private static func korean(_ line: String, _ limits: CJKBylineLimits) -> [String]? {
        let words = line.split(separator: " ")
        for (position, word) in words.enumerated() {
            guard let role = koreanRolesAfterName.first(where: { word.hasPrefix($0) || word.hasSuffix($0) }) else { continue }
            let glued = word.hasSuffix(role) ? word.dropLast(role.count) : ""
            if !glued.isEmpty { return isPersonName(glued, limits) ? [String(glued)] : nil }
            if word.hasPrefix(role), position > 0, isPersonName(words[position - 1], limits) { return [String(words[position - 1])] }
        }
        return nil
    }

    /// Two to `nameMaxCharacters` characters, all Han, kana or Hangul (a middle dot allowed
    /// between the parts of a transcribed name).
    static func isPersonName<S: StringProtocol>(_ name: S, _ limits: CJKBylineLimits) -> Bool {
        let letters = name.unicodeScalars.filter { $0 != "·" && $0 != "・" }
        guard (2...limits.nameMaxCharacters).contains(letters.count), name.first != "·", name.last != "·" else { return false }
        return letters.allSatisfy { [.han, .kana, .hangul].contains(Script($0)) }
    }

    /// A user name after an explicit author label: one word with a letter, no URL.
    private static func isHandle<S: StringProtocol>(_ name: S, _ limits: CJKBylineLimits) -> Bool {
        (2...limits.handleMaxCharacters).contains(name.count) && name.contains(where: \.isLetter) && !name.contains("://")
            && !name.contains(where: { "：:（）()[]【】".contains($0) })
    }
}

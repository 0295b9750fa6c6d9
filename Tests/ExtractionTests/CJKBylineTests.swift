import Testing
@testable import Extraction

/// Chinese, Japanese and Korean bylines: names without capitals or spaces, told by their label
/// and by their script and length. Pages and names written here.
@Suite struct CJKBylineTests {
    static let limits = CJKBylineLimits(nameMaxCharacters: 4, handleMaxCharacters: 20, lineMaxCharacters: 40)
    static let story = """
        <p>今年春节前后，这个县的农民合作社把新收的土豆分拣装箱，一车一车运往外地的批发市场，销路比去年好了许多。</p>
        <p>合作社负责人说，今年的种薯全部换成了脱毒品种，亩产提高了近三成，社员们的收入也跟着涨了起来。</p>
        <p>县里还请来农技专家，在田间地头给种植户讲解储存和防病的办法，帮助大家减少损耗、稳定收益。</p>
        """

    func authors(_ body: String, head: String = "") throws -> [String] {
        let html = "<html><head><meta charset=\"utf-8\">\(head)</head><body><article><h1>县里的土豆卖出了好价钱</h1>\(body)</article></body></html>"
        return try ArticleExtractor().extract(RawPage(text: html, format: .html, sourceURL: nil)).authors
    }

    func names(_ line: String) -> [String]? { BylineWords.cjkAuthors(in: line, Self.limits) }

    /// A reporter line under the headline, with the outlet before the label and two names.
    @Test func readsAReporterLineUnderTheHeadline() throws {
        #expect(try authors("<p>某某日报记者 李明远 张小红</p>" + Self.story) == ["李明远", "张小红"])
        #expect(names("本报记者赵大海发自北京") == ["赵大海"])
        #expect(names("某某商报记者孙一凡/文 受访者供图") == ["孙一凡"])
    }

    /// "作者：" in a meta line: the name stops at the source and the date after it.
    @Test func cutsTheSourceAndDateAfterTheName() {
        #expect(names("作者：王小明 来源：某某新闻网 2020-01-01") == ["王小明"])
        #expect(names("时间：2004年10月21日14:18 作者：周大山") == ["周大山"])
        #expect(names("编辑： 钱多多 来源： 某某报 作者：吴一 郑二二") == ["吴一", "郑二二"])
        #expect(names("作者： 风中&飞鸟 骠骑将军(二品) 积分:1234") == ["风中&飞鸟"])
        #expect(names("文：林间客") == ["林间客"])
        #expect(names("作者: 钱 多 ：某某大学，北京") == ["钱多"])
    }

    /// The editor in charge and the source name someone other than the writer; "作者简介" is
    /// about the author, not a byline; prose that mentions a reporter is no byline.
    @Test func ignoresEditorsSourcesAndProse() {
        #expect(names("责任编辑：王小明") == nil)
        #expect(names("来源：某某新闻网 编辑：王小明") == nil)
        #expect(names("[作者简介] 个人情况保密") == nil)
        #expect(names("上海市某局一位工作人员昨天向记者证实，到目前为止还没有接到相关通知，商场的销售也没有受到影响。") == nil)
        #expect(names("中文：你好") == nil)
        // A photographer's credit.
        #expect(names("新华社记者 何小西 摄") == nil)
        #expect(names("某某报记者 何小西摄") == nil)
        // Menu items glued to "记者".
        #expect(names("记者调查 民意调查") == nil)
        #expect(names("第A04版：小记者训练营") == nil)
        #expect(names("在线荐稿记者博客联系记者") == nil)
        #expect(names("他接受采访时说，作者：王某说的这些话都是真的，他在书里写得很清楚，大家可以去看一看原文。") == nil)
    }

    /// Chinese stories sign off at their end, in parentheses: labelled, or bare names with a
    /// dateline; an outlet in parentheses is no person.
    @Test func readsTheSignOffAtTheEnd() throws {
        #expect(try authors(Self.story + "<p>大家都说今年是个好年景。（记者 陈思远）</p><p>责任编辑：王小明</p>") == ["陈思远"])
        #expect(names("据新华社某地电（记者 格桑次仁）记者近日从自治区农业农村厅了解到，今年新建的厕所数量又有增加。") == ["格桑次仁"])
        #expect(names("……改革难道不都是利益再分配的过程吗？（刘一鸣 上海报道）") == ["刘一鸣"])
        #expect(names("大家用剪纸表达了决心。（黄小米 吴大同 ）") == ["黄小米", "吴大同"])
        #expect(names("才有这座英雄的城！（评论员 罗一 萧二二）") == ["罗一", "萧二二"])
        #expect(names("这是最后一句话。（新华社）") == nil)
        #expect(names("这是最后一句话。（完）") == nil)
        // A note in parentheses after a link or a menu item is no sign-off.
        #expect(names("县里的土豆卖出了好价钱（附图）") == nil)
        #expect(names("(转载)") == nil)
    }

    /// Lines a <br> joined into one long block: the byline stands alone among them.
    @Test func readsABylineInALongBlock() {
        #expect(names("影片的故事平稳有序，没有太大的高潮，也没有太过个性化的风格出现，就象生活的流水般恬静。 文：林间客 我的博客 http://example.com") == ["林间客"])
        #expect(names("某某研究所所长说，宏观政策应该相对稳定，但是改革一定要加快 本报记者赵大海发自北京 23日下午，在一次论坛上") == ["赵大海"])
    }

    /// A metadata author that is the site or the CMS account gives way to the signed byline.
    @Test func theSignedBylineBeatsASiteAuthor() throws {
        #expect(try authors("<p>某某日报记者 李明远</p>" + Self.story, head: "<meta name=\"author\" content=\"某某新闻网\">") == ["李明远"])
        #expect(try authors("<p>某某日报记者 李明远</p>" + Self.story, head: "<meta name=\"author\" content=\"L_104485\">") == ["李明远"])
        // A metadata name shaped like a person's stays.
        #expect(try authors("<p>某某日报记者 李明远</p>" + Self.story, head: "<meta name=\"author\" content=\"周一鸣\">") == ["周一鸣"])
    }

    /// Korean names come before the role word; Japanese bylines use their own labels.
    @Test func readsKoreanAndJapaneseBylines() {
        #expect(names("김민수 기자") == ["김민수"])
        #expect(names("이지은기자 jieun@example.com") == ["이지은"])
        #expect(names("文：山田花子") == ["山田花子"])
        #expect(names("記者 佐藤健") == ["佐藤健"])
    }

    /// Japanese papers open a story with its dateline and correspondents in lenticular
    /// brackets, "【place＝writer】"; a bracketed heading or one later in the text is none.
    @Test func readsAJapaneseDatelineBracket() throws {
        #expect(names("【ワシントン＝山田太郎】") == ["山田太郎"])
        #expect(names("　【北京＝佐藤健、上海＝鈴木花子】中国政府は１日、新しい経済対策を発表した。対策には、地方のインフラ整備や消費の下支えが含まれる。") == ["佐藤健", "鈴木花子"])
        #expect(names("【速報】新しい経済対策") == nil)
        // A news agency credited in the writer's place names no one.
        #expect(names("【ワシントン＝共同】米政府は１日、新しい経済対策を発表した。") == nil)
        #expect(names("【中古車オークション（せり市場）＝車市】の最新情報") == nil)
        #expect(names("政府は１日、新しい経済対策を発表した。【ワシントン＝山田太郎】") == nil)
        let story = "<p>【ワシントン＝山田太郎】米政府は１日、新しい経済対策を発表した。対策には、地方のインフラ整備や消費の下支えが含まれる。</p>"
            + "<p>政府高官は記者会見で、景気の先行きに慎重な見方を示しつつ、対策の効果に期待を示した。</p>"
        #expect(try authors(story, head: "<meta name=\"author\" content=\"某某新聞オンライン\">") == ["山田太郎"])
    }

    /// Taiwan's papers write the dateline "報導" after a slash ("記者王某／台北報導"): the place
    /// before it is no second writer.
    @Test func readsTaiwaneseDatelines() {
        #expect(names("〔記者林美玲／台北報導〕") == ["林美玲"])
        #expect(names("記者陳志明、黃淑芬／綜合報導") == ["陳志明", "黃淑芬"])
        #expect(names("這是最後一句話。（林美玲 台北報導）") == ["林美玲"])
        #expect(names("记者调查、民意调查") == nil)
    }

    /// A plain-text dump's byline line.
    @Test func readsADumpByline() throws {
        let dump = "县里的土豆卖出了好价钱\n\n本报记者 李明远\n\n" + (1...6).map { _ in
            "今年春节前后，这个县的农民合作社把新收的土豆分拣装箱，一车一车运往外地的批发市场，销路比去年好了许多。\n\n" }.joined()
        #expect(try ArticleExtractor().extract(RawPage(text: dump, format: .text)).authors == ["李明远"])
    }

    /// English bylines are untouched.
    @Test func leavesLatinBylinesAlone() {
        #expect(names("By Jane Doe") == nil)
    }
}

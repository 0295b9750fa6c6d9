import Testing
import HTMLParser
@testable import Extraction
import TextCore

/// Pages in scripts written without spaces (Chinese, Japanese, Thai, Burmese), right to left
/// (Arabic, Hebrew) and in other scripts with spaces (Devanagari, Hangul, Cyrillic): their
/// words are counted by characters or spaces as the script writes them, so their paragraphs
/// read as prose and their menus do not. Every page here is written by us.
@Suite struct ScriptAwareTests {
    static func page(lang: String, dir: String = "ltr", menu: [String], title: String, paragraphs: [String]) -> String {
        """
        <html lang="\(lang)" dir="\(dir)"><head><title>\(title)</title></head><body>
        <div class="top">\(menu.map { "<a href=\"/\($0)\">\($0)</a>" }.joined(separator: " | "))</div>
        <div class="story"><h1>\(title)</h1>\(paragraphs.map { "<p>\($0)</p>" }.joined())</div>
        <div class="bottom">\(menu.map { "<a href=\"/x/\($0)\">\($0)</a>" }.joined(separator: " "))</div>
        </body></html>
        """
    }

    static let chinese = [
        "市政府昨天召开新闻发布会，宣布今年将新建三所小学和两所中学，以缓解城区学位紧张的问题。",
        "教育局负责人表示，新学校预计明年秋季开学，届时可提供约五千个学位，并将优先招收附近社区的适龄儿童。",
        "有家长认为，这一举措来得及时，但也希望政府在师资配备和校园安全方面投入更多资源。",
    ]
    static let japanese = [
        "市は昨日、今年度中に小学校を三校新設すると発表し、市内の教室不足を解消する方針を示しました。",
        "教育委員会によると、新しい学校は来年の春に開校する予定で、約五千人の児童を受け入れることができます。",
        "保護者からは歓迎の声が上がる一方で、教員の確保や通学路の安全対策を求める意見も出ています。",
    ]
    static let thai = [
        "เทศบาลเมืองประกาศเมื่อวานนี้ว่าจะสร้างโรงเรียนประถมใหม่สามแห่งในปีนี้ เพื่อแก้ปัญหาห้องเรียนไม่เพียงพอในเขตเมือง",
        "เจ้าหน้าที่การศึกษากล่าวว่าโรงเรียนใหม่จะเปิดภาคเรียนในปีหน้า และจะรับนักเรียนได้ประมาณห้าพันคน",
        "ผู้ปกครองหลายคนยินดีกับข่าวนี้ แต่ก็ต้องการให้รัฐบาลดูแลเรื่องครูและความปลอดภัยของเด็กด้วย",
    ]
    static let arabic = [
        "أعلنت البلدية أمس أنها ستبني ثلاث مدارس ابتدائية جديدة هذا العام، لمعالجة نقص الفصول الدراسية في وسط المدينة.",
        "وقال مسؤول في وزارة التعليم إن المدارس الجديدة ستفتح أبوابها في العام المقبل، وستستقبل نحو خمسة آلاف طالب.",
        "ورحب كثير من أولياء الأمور بالقرار، لكنهم طالبوا بمزيد من المعلمين وبتحسين سلامة الطرق المؤدية إلى المدارس.",
    ]
    static let hebrew = [
        "העירייה הודיעה אתמול כי תבנה השנה שלושה בתי ספר יסודיים חדשים, כדי לפתור את המחסור בכיתות במרכז העיר.",
        "לדברי נציג משרד החינוך, בתי הספר החדשים ייפתחו בשנה הבאה ויקלטו כחמשת אלפים תלמידים מהשכונות הסמוכות.",
        "הורים רבים בירכו על ההחלטה, אך ביקשו שהעירייה תדאג גם למורים נוספים ולבטיחות בדרכים לבתי הספר.",
    ]
    static let burmese = [
        "မြို့တော်ခန်းမက မနေ့က ကျောင်းသစ်သုံးကျောင်း ဆောက်လုပ်မည်ဟု ကြေညာခဲ့ပြီး မြို့လယ်ရှိ စာသင်ခန်း မလုံလောက်မှု ပြဿနာကို ဖြေရှင်းမည်ဟု ဆိုသည်။",
        "ပညာရေးဝန်ကြီးဌာန တာဝန်ရှိသူက ကျောင်းသစ်များကို နောက်နှစ်တွင် ဖွင့်လှစ်မည်ဖြစ်ပြီး ကျောင်းသား ငါးထောင်ခန့် လက်ခံနိုင်မည်ဟု ပြောသည်။",
        "မိဘအများအပြားက ဆုံးဖြတ်ချက်ကို ကြိုဆိုကြသော်လည်း ဆရာ ဆရာမ ထပ်မံခန့်အပ်ရန်နှင့် ကျောင်းသွားလမ်း လုံခြုံရေးကိုလည်း တောင်းဆိုကြသည်။",
    ]
    static let hindi = [
        "नगर निगम ने कल घोषणा की कि इस साल शहर में तीन नए प्राथमिक विद्यालय बनाए जाएंगे, ताकि कक्षाओं की कमी दूर हो सके।",
        "शिक्षा विभाग के एक अधिकारी ने बताया कि नए विद्यालय अगले साल खुलेंगे और लगभग पाँच हज़ार बच्चों को दाखिला देंगे।",
        "कई अभिभावकों ने इस फैसले का स्वागत किया, लेकिन उन्होंने अधिक शिक्षकों और स्कूल तक सुरक्षित रास्तों की भी माँग की।",
    ]
    static let korean = [
        "시청은 어제 올해 안에 초등학교 세 곳을 새로 짓겠다고 발표했다. 도심의 교실 부족 문제를 해결하기 위해서다.",
        "교육청 관계자는 새 학교가 내년 봄에 문을 열 예정이며 약 오천 명의 학생을 받을 수 있다고 말했다.",
        "학부모들은 대체로 환영했지만 교사 확충과 통학로 안전 대책도 함께 마련해 달라고 요구했다.",
    ]
    static let russian = [
        "Городская администрация вчера объявила, что в этом году построит три новые начальные школы, чтобы решить проблему нехватки классов.",
        "По словам представителя управления образования, новые школы откроются в следующем году и примут около пяти тысяч учеников.",
        "Многие родители приветствовали это решение, но попросили также нанять больше учителей и сделать дорогу к школам безопаснее.",
    ]

    @Test(arguments: [
        ("zh", "ltr", ["首页", "新闻", "体育", "财经", "娱乐", "科技", "汽车"], "市政府宣布新建学校", chinese),
        ("ja", "ltr", ["ホーム", "ニュース", "スポーツ", "経済", "エンタメ", "天気"], "市が小学校三校を新設へ", japanese),
        ("th", "ltr", ["หน้าแรก", "ข่าว", "กีฬา", "เศรษฐกิจ", "บันเทิง"], "เทศบาลสร้างโรงเรียนใหม่", thai),
        ("ar", "rtl", ["الرئيسية", "أخبار", "رياضة", "اقتصاد", "ثقافة"], "البلدية تبني مدارس جديدة", arabic),
        ("he", "rtl", ["ראשי", "חדשות", "ספורט", "כלכלה", "תרבות"], "העירייה תבנה בתי ספר", hebrew),
        ("my", "ltr", ["ပင်မစာမျက်နှာ", "သတင်း", "အားကစား", "စီးပွားရေး", "ဖျော်ဖြေရေး"], "မြို့တော်တွင် ကျောင်းသစ်များ ဆောက်မည်", burmese),
        ("hi", "ltr", ["होम", "समाचार", "खेल", "व्यापार", "मनोरंजन"], "शहर में बनेंगे तीन नए स्कूल", hindi),
        ("ko", "ltr", ["홈", "뉴스", "스포츠", "경제", "연예"], "시, 초등학교 세 곳 신설", korean),
        ("ru", "ltr", ["Главная", "Новости", "Спорт", "Экономика", "Культура"], "В городе построят три новые школы", russian),
    ])
    func articleBodyIsTheStoryNotTheMenus(lang: String, dir: String, menu: [String], title: String, paragraphs: [String]) throws {
        let html = Self.page(lang: lang, dir: dir, menu: menu, title: title, paragraphs: paragraphs)
        let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
        #expect(article.paragraphs == paragraphs)
        #expect(article.title == title)
        #expect(article.wordCount >= 40, "\(lang): \(article.wordCount) words")
    }

    @Test func spacelessScriptsCountByCharacters() {
        #expect(TextMeasures.words(in: "市政府昨天召开新闻发布会") == 6)          // 12 Han characters
        #expect(TextMeasures.words(in: "เทศบาลเมืองประกาศ") == 5)               // 17 Thai characters
        #expect(TextMeasures.words(in: "iPhone 15 发布会") == 4)               // mixed: 2 words + 3 Han
        #expect(TextMeasures.words(in: "مدارس ابتدائية جديدة") == 3)           // Arabic keeps its spaces
        #expect(TextMeasures.comparisonUnits("新闻发布") == ["新闻", "闻发", "发布"])
        // A virama or nukta is a mark, not a letter, and still part of its word.
        #expect(TextMeasures.words(in: "व्यापार और मनोरंजन") == 3)
        #expect(TextMeasures.comparisonUnits("ব্যবসা ও বাণিজ্য") == ["ব্যবসা", "ও", "বাণিজ্য"])
        #expect(TextMeasures.words(in: "Price ❤️ 💻️ here") == 2)  // an emoji's variation selector is no word
    }

    /// A paragraph that ends with its script's full stop (the danda, the Burmese section mark,
    /// the Urdu full stop) reads as a sentence in a dump, and its lines are the body.
    @Test(arguments: [("hi", hindi), ("my", burmese), ("ru", russian), ("ko", korean)])
    func dumpParagraphsEndTheirSentences(lang: String, paragraphs: [String]) throws {
        let dump = (["Home", "News", "Sport", "Weather"] + paragraphs + paragraphs.reversed()).joined(separator: "\n\n")
        let lines = DumpLines.split(dump)
        #expect(paragraphs.allSatisfy { paragraph in lines.contains { $0.text == paragraph && $0.endsSentence } }, "\(lang)")
        let article = try ArticleExtractor().extract(RawPage(text: dump, format: .text))
        #expect(article.paragraphs.first == paragraphs[0], "\(lang)")
        #expect(!article.paragraphs.contains("Weather"), "\(lang)")
    }

    @Test func chineseBlocksAreProseAndMenusAreNot() throws {
        let parsed = try #require(HTMLParser.parse("<p>\(Self.chinese[0])</p><p><a href=/a>首页</a> <a href=/b>新闻</a> <a href=/c>体育</a></p>"))
        let outline = PageOutline(parsed)
        #expect(outline.features[0].isProse)
        #expect(!outline.features[1].isProse && outline.features[1].isLinkList)
    }

    @Test func chineseDumpKeepsItsParagraphs() throws {
        let dump = (["首页", "新闻", "体育", "市政府宣布新建学校"] + Self.chinese + Self.chinese.map { $0 + "此外，" + $0 }).joined(separator: "\n\n")
        let article = try ArticleExtractor().extract(RawPage(text: dump, format: .text))
        #expect(article.paragraphs.first == Self.chinese[0])
        #expect(!article.paragraphs.contains("首页"))
    }
    /// A Chinese news page as such sites build it: the story, the editor line that closes it, a
    /// list of other stories, a side column of teasers and a footer with the rights notice and the
    /// site's ICP licence. The footer is not prose and the story ends at the editor line.
    @Test func chineseNewsEndsAtTheEditorLine() throws {
        let teasers = ["三所新学校明年秋季开学", "教育局公布今年招生计划", "家长关注校园安全问题"]
        let html = """
        <html><head><title>市政府宣布新建学校_教育频道</title></head><body>
        <div class="nav"><a href="/">首页</a> <a href="/n">新闻</a> <a href="/e">教育</a></div>
        <div class="main"><div class="main_l">
        <h1>市政府宣布新建学校</h1><div class="content">\(Self.chinese.map { "<p>\($0)</p>" }.joined())</div>
        <div class="rdwz"><span>责任编辑：王晓明</span></div>
        <ul class="tj">\(teasers.map { "<li><a href=\"/t/\($0)\">\($0)</a></li>" }.joined())</ul>
        </div>
        <div class="main_r"><ul>\(teasers.map { "<li><a href=\"/r/\($0)\"><img src=\"/i.jpg\"></a><p><a href=\"/r/\($0)\">\($0)</a></p></li>" }.joined())</ul></div></div>
        <div class="foot"><p>共青团中央主办　网络影视中心承办　版权所有：示例新闻网</p>
        <p>信息网络传播视听节目许可证0105108号　京ICP备12345678号－1　京公网安备110105000001号</p></div>
        </body></html>
        """
        let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
        #expect(article.paragraphs == Self.chinese)
    }

    /// A Chinese news site's footer states its rights and the licences a news site must show
    /// (the internet news service licence, the audiovisual programme licence): reading as prose
    /// (long runs of characters), it would pull the container up to the whole page, side column
    /// included, unless it is furniture.
    @Test func chineseNewsLicenceFooterIsFurniture() throws {
        let teasers = ["三所新学校明年秋季开学的消息", "教育局公布今年的招生计划表", "家长们关注校园的安全问题"]
        let html = """
        <html><head><title>市政府宣布新建学校</title></head><body>
        <div class="wrap"><div class="left"><h1>市政府宣布新建学校</h1>\(Self.chinese.map { "<p>\($0)</p>" }.joined())</div>
        <div class="right">\(teasers.map { "<div class=\"t\"><a href=\"/r/\($0)\">\($0)</a></div>" }.joined())</div></div>
        <div class="site-info"><p>原创版权禁止商业转载，转载申请事宜以及报告非法侵权行为请致电示例新闻网</p>
        <p>互联网新闻信息服务许可证32120170004　视听节目许可证1008318号　广播电视节目制作经营许可证苏字第394号</p></div>
        </body></html>
        """
        let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
        #expect(article.paragraphs == Self.chinese)
    }

    /// A blog post followed by its readers' comments ("留言列表 (42)"), which together are longer
    /// than the post: the comment list is not the article.
    @Test func commentsLongerThanThePostAreNotTheArticle() throws {
        let comments = (1...7).map { "<li><span class=\"floor\">#\($0)</span> 读者\($0) 於 2016/07/0\($0 % 9 + 1) 18:11<p>\(Self.chinese[$0 % 3])</p></li>" }
        let html = """
        <html><head><title>市政府宣布新建学校 @ 某某的家</title></head><body>
        <div id="article-area"><div class="article-content"><h1>市政府宣布新建学校</h1>\(Self.chinese.map { "<p>\($0)</p>" }.joined())</div>
        <div id="comment-box" class="user-post-box"><h3>留言列表 (7)</h3><ul>\(comments.joined())</ul></div></div>
        </body></html>
        """
        let article = try ArticleExtractor().extract(RawPage(text: html, format: .html))
        #expect(article.paragraphs == Self.chinese)
    }
}

import Testing
@testable import Extraction

@Suite struct TextDumpHeadlineTests {
    /// A headline stands apart (blank lines around it) above its byline and a table of contents;
    /// a promo line runs straight into the text and shares its words. The layout picks the
    /// headline, where the promo's dense text below and word overlap would win alone.
    static let dump = """
        Home
        Blog
        Pricing

        Ten Ways to Grow Tomatoes on a Small Balcony

        Jane Roe
        Head Gardener

        Contents
        Choosing pots
        Watering every morning
        Enough light
        Feeding the plants
        Pruning side shoots
        Picking the fruit
        Saving the seeds

        Shop our new range today
        Growing tomatoes on a balcony takes little room, a few sturdy planters and a sunny corner, and our balcony planters make it easier for anyone who has never grown vegetables before in a small space.
        Choose planters that hold at least twenty litres of soil, because tomatoes grow deep roots and dry out quickly in the summer heat when the pots are small and the wind keeps blowing across the balcony.
        Water the tomatoes every morning and feed them once a week once the first flowers open, and keep the planters where they get six hours of direct sun or more on most days of the summer season.
        Pick the fruit when it turns fully red and feels slightly soft, and leave the last green ones on the vine until the first cold nights arrive in the autumn, then bring them indoors to ripen.
        """

    /// The dump with its headline line written as `headline`.
    static func dump(headline: String) -> String {
        dump.replacingOccurrences(of: "Ten Ways to Grow Tomatoes on a Small Balcony", with: headline)
    }

    @Test func setApartHeadlineBeatsPromoAboveTheText() throws {
        let article = try TextDumpExtractor.extract(Self.dump)
        #expect(article.title == "Ten Ways to Grow Tomatoes on a Small Balcony")
        #expect(article.paragraphs.contains { $0.hasPrefix("Growing tomatoes on a balcony takes little room") })
        // Without the layout, and with the text under a line read only as far as its overlap,
        // the promo's text would win.
        var flat = DumpTunables()
        flat.headlineAloneBonus = 0
        flat.headlineDensityLookAhead = flat.headlineLookAhead
        #expect(try TextDumpExtractor.extract(Self.dump, tunables: flat).title == "Shop our new range today")
    }

    /// A short label after a dash is the site's or the section's, as in an HTML h1; a tail that
    /// reads as a phrase stays with the headline.
    @Test func headlineLosesAShortLabelTail() throws {
        let labelled = Self.dump(headline: "Ten Ways to Grow Tomatoes on a Small Balcony – Garden Notes")
        #expect(try TextDumpExtractor.extract(labelled).title == "Ten Ways to Grow Tomatoes on a Small Balcony")
        let phrase = Self.dump(headline: "Balcony Tomatoes – Ten Ways to Grow Them in a Small Space")
        #expect(try TextDumpExtractor.extract(phrase).title == "Balcony Tomatoes – Ten Ways to Grow Them in a Small Space")
        // A short tail that reads as a phrase (a function word in it) is the headline's own.
        let shortPhrase = Self.dump(headline: "Ten Ways to Grow Tomatoes – On a Balcony")
        #expect(try TextDumpExtractor.extract(shortPhrase).title == "Ten Ways to Grow Tomatoes – On a Balcony")
    }

    /// A headline with a label after its one separator is a candidate, its label dropped; a path
    /// or a run of label segments is not.
    @Test func headlineWithAPipeLabelIsNoBreadcrumb() throws {
        let piped = Self.dump(headline: "Ten Ways to Grow Tomatoes on a Small Balcony | Garden Notes")
        #expect(try TextDumpExtractor.extract(piped).title == "Ten Ways to Grow Tomatoes on a Small Balcony")
        let segments = Self.dump(headline: "Ten Ways to Grow Tomatoes on a Small Balcony | Apr 21, 2017 | Garden Notes")
        #expect(try TextDumpExtractor.extract(segments).title != "Ten Ways to Grow Tomatoes on a Small Balcony")
        // A subtitle that reads as a phrase stays; a path starts with a short label.
        let subtitled = "Ten Ways to Grow Tomatoes on a Small Balcony | The Best Plants for the Summer"
        #expect(try TextDumpExtractor.extract(Self.dump(headline: subtitled)).title
            == subtitled)
        // "›" is a path's separator only: no title's label tail follows it.
        let angled = Self.dump(headline: "Ten Ways to Grow Tomatoes on a Small Balcony › Garden")
        #expect(try TextDumpExtractor.extract(angled).title != "Ten Ways to Grow Tomatoes on a Small Balcony › Garden")
        let path = "Garden › Ten Ways to Grow Tomatoes on a Small Balcony"
        #expect(try TextDumpExtractor.extract(Self.dump(headline: path)).title
            != path)
    }

    /// Below the story's first paragraph a set-apart line is a section heading, not the headline.
    @Test func setApartSectionHeadingStaysASection() throws {
        let text = """
            Garden Notes

            A Short Guide to Balcony Tomatoes
            Growing tomatoes on a balcony takes little room, a few sturdy planters and a sunny corner, and anyone can start with two plants and a bag of good soil this spring season.
            Choose planters that hold at least twenty litres of soil, because tomatoes grow deep roots and dry out quickly in the summer heat when the pots are small and the wind blows.

            Watering and Feeding Your Plants

            Water the tomatoes every morning and feed them once a week once the first flowers open, and keep the planters where they get six hours of direct sun or more on most days.
            """
        #expect(try TextDumpExtractor.extract(text).title == "A Short Guide to Balcony Tomatoes")
    }

    /// A browser notice above the headline is furniture, not a paragraph of the story: it does not
    /// push the headline down below a menu entry.
    @Test func browserNoticeAboveTheHeadlineIsNoParagraph() throws {
        let text = """
            About the Society

            Our Members
            Annual Awards
            Contact

            We noticed that you are using Internet Explorer 11 or older, which is no longer supported by this site. Please consider using an alternative browser such as a recent version of Chrome, Firefox or Edge.

            What Is a Balcony Garden?

            It is a small space of planters and pots where city dwellers grow herbs, flowers and vegetables, and it takes little more than a sunny corner and some good soil to begin with.

            Most plants need six hours of direct sun, water every morning in the summer and a planter deep enough for their roots, which is why tomatoes and herbs do so well up there.
            """
        #expect(try TextDumpExtractor.extract(text).title == "What Is a Balcony Garden?")
    }
    /// A byline, a date, a share bar and a table of contents stand between the headline and the
    /// story; a standfirst sits right above the text. The text under the headline is read far
    /// enough down to reach the story, so the standfirst does not win on the text under it alone.
    @Test func textUnderTheHeadlineIsReadPastItsFrame() throws {
        let text = """
            Home
            Guides
            Shop

            How to Keep Chickens in a Small Town Garden

            By Jane Roe
            12 March 2025
            Share
            Facebook
            Email
            Print

            Contents
            Choosing a coop
            Feeding the hens
            Cleaning the run
            Winter care
            Collecting eggs

            Happy hens need a dry coop and a daily routine

            Keeping chickens in a small garden takes a dry coop, a fenced run and a daily routine, and a few hens will give a family fresh eggs for most of the year without much work at all.
            Choose a coop with room for every hen to roost at night, because crowded hens peck at each other and stop laying when they feel stressed in a small and dark space for too long.
            Feed the hens a layer mash every morning, give them fresh water twice a day and let them scratch in the run for grit and insects, which keeps them busy and healthy through the seasons.
            Clean the run every week, change the bedding in the coop when it gets damp and check the hens for mites, because a clean coop keeps the flock healthy and the neighbours happy too.
            """
        #expect(try TextDumpExtractor.extract(text).title == "How to Keep Chickens in a Small Town Garden")
        var short = DumpTunables()
        short.headlineDensityLookAhead = short.headlineLookAhead
        #expect(try TextDumpExtractor.extract(text, tunables: short).title == "Happy hens need a dry coop and a daily routine")
    }
}

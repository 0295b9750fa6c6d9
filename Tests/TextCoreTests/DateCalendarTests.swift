import Testing
@testable import TextCore

@Suite struct DateCalendarTests {
    @Test func validatesDays() {
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2025, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2025, month: 4, day: 31) == nil)
    }

    @Test func readsTheBasicISOFormat() {
        #expect(CalendarDate(basicISO: "20240305")?.iso == "2024-03-05")
        #expect(CalendarDate(basicISO: "20240230") == nil)
        #expect(CalendarDate(basicISO: "2024030") == nil)
        #expect(CalendarDate(basicISO: "2024-3-5") == nil)
    }

    @Test func webEraStartsIn1990() {
        #expect(CalendarDate(year: 1990, month: 1, day: 1)?.isWebEra == true)
        #expect(CalendarDate(year: 1970, month: 1, day: 1)?.isWebEra == false)
    }

    @Test func addsDaysAcrossMonthsAndYears() throws {
        let date = try #require(CalendarDate(iso: "2025-01-01"))
        #expect(date.adding(days: -1)?.iso == "2024-12-31")
        #expect(date.adding(days: 59)?.iso == "2025-03-01")
        #expect(date.adding(days: 0) == date)
        // Tuesday, July 1, 2025 (1 = Sunday), and a leap day.
        #expect(CalendarDate(year: 2025, month: 7, day: 1)?.weekday == 3)
        #expect(CalendarDate(year: 2024, month: 2, day: 28)?.adding(days: 1)?.iso == "2024-02-29")
    }

    @Test(arguments: [
        ("https://example.com/2025/07/01/some-story", "2025-07-01"),
        ("https://example.com/news/2025-07-01-some-story", "2025-07-01"),
        ("https://example.com/20250701/story.html", "2025-07-01"),
        ("https://news.example.com/education/2020/oct/02/halls-too-full", "2020-10-02"),
        ("https://www.example.com/blog/2017/7/12/summer-in-montauk", "2017-07-12"),
        ("https://www.example.de/presse/meldungen/29-10-2021", "2021-10-29"),
        ("https://www.example.com/notes/10-29-2021/", "2021-10-29"),
    ])
    func findsURLDates(url: String, iso: String) {
        #expect(URLDate.find(in: url)?.iso == iso)
    }

    @Test(arguments: ["https://example.com/2025/07/", "https://example.com/story?id=20250701", "https://example.com/1234/56/78/",
                      "https://example.com/2020/oct/", "https://example.com/2017/7/12-summer", "https://example.com/v2017/7/12/",
                      "https://example.com/notes/05-10-2021", "https://example.com/05-10-2021/story"])
    func ignoresURLsWithoutADay(url: String) {
        #expect(URLDate.find(in: url) == nil)
    }
}

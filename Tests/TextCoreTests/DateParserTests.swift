import Testing
@testable import TextCore

@Suite struct DateParserTests {
    @Test(arguments: [
        ("Tuesday, July 1, 2025", "2025-07-01"),
        ("July 1, 2025", "2025-07-01"),
        ("July 1st, 2025", "2025-07-01"),
        ("1 July 2025", "2025-07-01"),
        ("1st of July, 2025", "2025-07-01"),
        ("2025-07-01", "2025-07-01"),
        ("2025-07-01T10:30:00Z", "2025-07-01"),
        ("Jul 1, 2025 10:30 AM", "2025-07-01"),
        ("Sept. 3, 2024", "2024-09-03"),
        ("01.07.2025", "2025-07-01"),
        ("7/1/2025", "2025-07-01"),
        ("25/12/2024", "2024-12-25"),
        ("1. Juli 2025", "2025-07-01"),
        ("3 de julio de 2025", "2025-07-03"),
        ("Published: July 1, 2025", "2025-07-01"),
        ("Updated Jun 4, 2025", "2025-06-04"),
        ("Tue Jan 28 15:28:56 CET 2020", "2020-01-28"),
        ("2023 Jan 7", "2023-01-07"),
        ("5 maggio 2024", "2024-05-05"),
        ("12 maart 2024", "2024-03-12"),
    ])
    func parsesAbsoluteDates(text: String, iso: String) {
        #expect(DateParser.firstDate(in: text)?.iso == iso)
    }

    @Test(arguments: ["", "Date:", "July 2025", "February 30, 2025", "2025-13-01", "1/2/25",
                      "May the best team win", "Top 10 trends for 2025",
                      "Jan 28 15:28", "May 5 10:30 CET"])
    func rejectsWhatIsNotADay(text: String) {
        #expect(DateParser.firstDate(in: text) == nil)
    }

    @Test func labelsSayWhichDate() {
        let line = DateParser.scan("Posted on June 29, 2020 · Updated November 12, 2021")
        #expect(line.mentions.map(\.label) == [.published, .updated])
        #expect(line.mentions.map(\.day?.iso) == ["2020-06-29", "2021-11-12"])
    }

    @Test func bareLinesHoldNothingButTheDate() {
        #expect(DateParser.scan("Tuesday, July 1, 2025").isBare)
        #expect(DateParser.scan("September 4, 2025 5:50 am").isBare)
        #expect(!DateParser.scan("Prices rose on July 1, 2025 across the region").isBare)
    }

    @Test func emptyLabelIsReported() {
        #expect(DateParser.scan("Date:").emptyLabel == .published)
        #expect(DateParser.scan("Last updated:").emptyLabel == .updated)
        #expect(DateParser.scan("Popular").emptyLabel == nil)
    }

    @Test func relativeDatesNeedAReference() throws {
        let reference = try #require(CalendarDate(iso: "2025-07-10"))
        #expect(DateParser.firstDate(in: "3 days ago") == nil)
        #expect(DateParser.firstDate(in: "3 days ago", reference: reference)?.iso == "2025-07-07")
        #expect(DateParser.firstDate(in: "5 hours ago", reference: reference)?.iso == "2025-07-10")
        #expect(DateParser.firstDate(in: "yesterday", reference: reference)?.iso == "2025-07-09")
        #expect(DateParser.firstDate(in: "a week ago", reference: reference)?.iso == "2025-07-03")
    }

    @Test func neverTrapsOnOddInput() {
        for text in ["9999999999999999999999-01-01", "—", "31.31.31", String(repeating: "1/", count: 500), "\u{0}\u{FFFF}"] {
            _ = DateParser.scan(text)
        }
    }
}

import Testing
@testable import Extraction

@Suite struct DecodingTests {
    private func decode(_ bytes: [UInt8], _ contentType: String? = nil) throws -> String {
        String(decoding: try TextDecoder.decode(bytes, contentType: contentType), as: UTF8.self)
    }

    @Test func validPagesComeBackAsTheyAre() throws {
        let page = Array("<p>Grüße, 中文, 😀</p>".utf8)
        #expect(try TextDecoder.decode(page, contentType: "text/html; charset=iso-8859-1") == page)
        // U+0000 past the first 8 KB (where it would mark the payload binary) is removed.
        let long = page + [UInt8](repeating: 0x20, count: 9000)
        #expect(try TextDecoder.decode(long + [0] + page, contentType: nil) == long + page)
    }

    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try decode(Array("Grüße".utf8)) == "Grüße")
        #expect(try decode([0xEF, 0xBB, 0xBF] + Array("Grüße".utf8)) == "Grüße")
    }

    @Test func utf16ByteOrderMarks() throws {
        let le: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0xE9, 0x00]
        let be: [UInt8] = [0xFE, 0xFF, 0x00, 0x48, 0x00, 0xE9]
        #expect(try decode(le) == "Hé")
        #expect(try decode(be) == "Hé")
    }

    @Test func declaredContentTypeCharset() throws {
        // "Привет" in windows-1251 and in KOI8-R.
        let cp1251: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        let koi8: [UInt8] = [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]
        #expect(try decode(cp1251, "text/html; charset=windows-1251") == "Привет")
        #expect(try decode(koi8, "text/html; charset=KOI8-R") == "Привет")
    }

    @Test func metaCharsetInDocument() throws {
        let html = Array("<html><head><meta charset=\"iso-8859-15\"></head><body>".utf8) + [0xA4] + Array(" 5</body>".utf8)
        #expect(try decode(html).contains("€ 5"))
        let httpEquiv = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><p>".utf8)
            + [0x93, 0xFA, 0x96, 0x7B]  // 日本
        #expect(try decode(httpEquiv).hasSuffix("日本"))
    }

    @Test func cjkLabelsMapToSupersets() throws {
        #expect(try decode([0xC4, 0xE3, 0xBA, 0xC3], "text/html; charset=gb2312") == "你好")
        #expect(try decode([0xA7, 0x41, 0xA6, 0x6E], "text/html; charset=big5") == "你好")
        #expect(try decode([0xBE, 0xC8, 0xB3, 0xE7], "text/html; charset=euc-kr") == "안녕")
        #expect(try decode([0xC6, 0xFC, 0xCB, 0xDC], "text/html; charset=euc-jp") == "日本")
    }

    @Test func latin1LabelMeansWindows1252() throws {
        #expect(try decode([0x93, 0x68, 0x69, 0x94], "text/html; charset=ISO-8859-1") == "“hi”")
    }

    @Test func validUTF8WinsOverAWrongDeclaration() throws {
        #expect(try decode(Array("<meta charset=iso-8859-1>café".utf8)) == "<meta charset=iso-8859-1>café")
    }

    @Test func undeclaredLegacyBytesAreGuessed() throws {
        let western: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" au lait, cr".utf8) + [0xE8] + Array("me br".utf8) + [0xFB] + Array("l".utf8) + [0xE9, 0x65]
        #expect(try decode(western) == "Café au lait, crème brûlée")
        let russian: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x20, 0xEC, 0xE8, 0xF0]  // Привет мир
        #expect(try decode(russian) == "Привет мир")
    }

    @Test func binaryIsRefused() {
        #expect(throws: ExtractionError.self) { try decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]) }
        let controls = [UInt8](repeating: 0x01, count: 100) + Array("text".utf8)
        #expect { try decode(controls) } throws: { error in
            if case .binary = error as? ExtractionError { return true }
            return false
        }
    }

    @Test func wrongDeclaredLegacyCharsetIsUndecodable() {
        // 0xFD...0xFF are unassigned in Shift_JIS (and never valid in UTF-8).
        let bytes = Array([[UInt8]](repeating: [0xFD, 0xFE, 0xFF, 0x41], count: 20).joined())
        #expect { try decode(bytes, "text/html; charset=shift_jis") } throws: { error in
            if case .undecodable = error as? ExtractionError { return true }
            return false
        }
    }

    @Test func mostlyUTF8WithAFewBrokenBytesIsKept() throws {
        let bytes = Array(String(repeating: "Ünïcödé text ", count: 20).utf8) + [0xFF] + Array(" end".utf8)
        #expect(try decode(bytes).hasSuffix("\u{FFFD} end"))
    }
}

@Suite struct DecodingDeclarationOrderTests {
    @Test func laterDeclarationWinsWhenTheFirstDoesNotFit() throws {
        // An archive toolbar declares UTF-8; the archived page itself is GB2312.
        let html = Array("<meta charset=\"utf-8\"><div>toolbar</div><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">".utf8)
            + [UInt8]([0xC4, 0xE3, 0xBA, 0xC3]) + [UInt8](repeating: 0x20, count: 2)
        #expect(String(decoding: try TextDecoder.decode(html, contentType: nil), as: UTF8.self).contains("你好"))
    }

    @Test func formatDetectionSeesStylesheetsAndWarnings() {
        #expect(FormatDetector.detect(Array("<style>p{}</style><p>x</p>".utf8), contentType: nil) == .html)
        #expect(FormatDetector.detect(Array("<br />\n<b>Deprecated</b>: something".utf8), contentType: nil) == .html)
        #expect(FormatDetector.detect(Array("Plain words only.\nSecond line.".utf8), contentType: nil) == .text)
    }
}

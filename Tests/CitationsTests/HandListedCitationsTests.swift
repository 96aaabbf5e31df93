import Citations
import DocumentModel
import JSONSchema
import Pipeline
import TestSupport
import Writer
import XCTest

/// Citations found in real corpus documents against lists made by hand from `pdftotext` of
/// each PDF (read page by page, not from our output). Each entry is the symbol the words point
/// to, or `#NUMBER` when they do not name it, with `@DATE` when a date is printed; header
/// lines (symbol, title, adoption line) are metadata and hold no citations.
final class HandListedCitationsTests: XCTestCase {
    /// A/RES/78/199, a General Assembly resolution: recitals and seven footnotes.
    static let resolution78_199 = [
        "A/RES/70/1@2015-09-25", "A/RES/77/213@2022-12-15", "A/HRC/RES/53/11@2023-07-12",
        // "resolution 2000/22 … by the Subcommission": the organ follows the number, no symbol.
        "#2000/22@2000-08-18",
        "A/CONF.157/24", "A/RES/55/2", "A/78/53", "A/RES/66/3", "A/RES/76/1",
        "E/CN.4/2001/2", "E/CN.4/Sub.2/2000/46", "A/RES/217(III)",
    ]

    /// A/C.1/80/L.13, a First Committee draft resolution: a list of 30 resolutions, lettered parts included.
    static let draft80_L13: [String] = {
        let dated = ["50/70@1995-12-12", "51/45@1996-12-10", "52/38@1997-12-09", "53/77@1998-12-04",
                     "54/54@1999-12-01", "55/33@2000-11-20", "56/24@2001-11-29", "57/64@2002-11-22",
                     "58/45@2003-12-08", "59/68@2004-12-03", "60/60@2005-12-08", "61/63@2006-12-06",
                     "62/28@2007-12-05", "63/51@2008-12-02", "64/33@2009-12-02", "65/53@2010-12-08",
                     "66/31@2011-12-02", "67/37@2012-12-03", "68/36@2013-12-05", "69/55@2014-12-02",
                     "70/30@2015-12-07", "71/60@2016-12-05", "72/47@2017-12-04", "73/39@2018-12-05",
                     "74/52@2019-12-12", "75/53@2020-12-07", "76/39@2021-12-06", "77/44@2022-12-07",
                     "78/25@2023-12-04", "79/45@2024-12-02"]
        return dated.map { "A/RES/" + $0 } + ["A/RES/79/45", "A/RES/78/25", "A/80/124"]
    }()

    /// A/RES/80/189: a list broken by a clause ("60/251 of 15 March 2006, by which it established
    /// the Human Rights Council, and 65/281 of 17 June 2011"), and two symbols in the footnote.
    static let resolution80_189 = [
        "60/251@2006-03-15", "65/281@2011-06-17", "62/219@2007-12-22", "63/160@2008-12-18",
        "64/143@2009-12-18", "65/195@2010-12-21", "66/136@2011-12-19", "67/151@2012-12-20",
        "68/144@2013-12-18", "69/155@2014-12-18", "70/136@2015-12-17", "71/174@2016-12-19",
        "72/153@2017-12-19", "73/152@2018-12-17", "74/132@2019-12-18", "75/165@2020-12-16",
        "76/145@2021-12-16", "77/200@2022-12-15", "78/186@2023-12-19", "79/157@2024-12-17",
        "79/192@2024-12-17",
    ].map { "A/RES/" + $0 } + ["A/80/53", "A/80/53/Add.1"]

    /// A/C.5/80/L.15, a draft resolution submitted by the Chair: ten resolutions and a report.
    static let draft80_5_L15 = [
        "60/254@2006-05-08", "62/247@2008-04-03", "63/250@2008-12-24", "66/234@2011-12-24",
        "67/255@2013-04-12", "68/252@2013-12-27", "71/263@2016-12-23", "77/278@2023-04-18",
        "78/246@2023-12-22", "79/251@2024-12-24",
    ].map { "A/RES/" + $0 } + ["A/80/79"]

    /// S/2025/257, a report of the Secretary-General to the Security Council: Council
    /// resolutions by number and year (a section heading lists nine), earlier reports by symbol.
    static let report2025_257: [String] = {
        let res = { (n: String) in "S/RES/" + n }
        var list = ["2733 (2024)", "2292 (2016)", "2733 (2024)", "1973 (2011)", "1970 (2011)", "2292 (2016)",
                    "2733 (2024)", "1970 (2011)", "1970 (2011)", "2769 (2025)"].map(res)
        list += ["S/2018/451", "S/2019/380", "S/2020/393", "S/2021/434", "S/2022/360", "S/2023/308",
                 "S/2023/936", "S/2024/352", "S/2024/858"]  // footnote 1
        list += ["S/2024/858", "S/2024/914"]
        list += ["2769 (2025)", "2755 (2024)", "2292 (2016)", "2733 (2024)"].map(res)
        list += ["2292 (2016)", "2357 (2017)", "2420 (2018)", "2473 (2019)", "2526 (2020)", "2578 (2021)",
                 "2635 (2022)", "2684 (2023)", "2733 (2024)"].map(res)  // heading II
        list += ["2292 (2016)", "2292 (2016)", "2733 (2024)", "2292 (2016)", "2733 (2024)", "2733 (2024)",
                 "2292 (2016)"].map(res)
        list += ["S/2024/858", "S/2023/673", "S/2023/673/Corr.1", "S/2024/914"]
        list += ["1970 (2011)", "1970 (2011)", "2733 (2024)"].map(res)
        return list
    }()

    func testResolution78_199() throws { try check("corpus/un/un-ga/A_RES_78_199.pdf", Self.resolution78_199) }
    func testDraftResolutionA_C1_80_L13() throws { try check("corpus/bulk/A_C.1_80_L.13.pdf", Self.draft80_L13) }
    func testResolution80_189() throws { try check("corpus/bulk/A_RES_80_189.pdf", Self.resolution80_189) }
    func testDraftResolutionA_C5_80_L15() throws { try check("corpus/bulk/A_C.5_80_L.15.pdf", Self.draft80_5_L15) }
    func testSecurityCouncilReport2025_257() throws { try check("corpus/un/sc/S_2025_257-EN.pdf", Self.report2025_257) }

    /// Converts `pdf`, collects the citations of every block, item and footnote as
    /// `SYMBOL[@DATE]` (or `#NUMBER[@DATE]`) and requires precision and recall of 100 %
    /// against `expected`, counted as multisets; prints both figures.
    private func check(_ pdf: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let url = try TestPaths.shared(pdf)
        let json = DocumentEncoder.encode(try Converter().convert(url))
        var found: [String] = []
        func collect(_ element: JSONValue) {
            for c in element["citations"]?.arrayValue ?? [] {
                let key = c["symbol"]?.stringValue ?? "#" + (c["number"]?.stringValue ?? "?")
                found.append(key + (c["date"]?.stringValue.map { "@" + $0 } ?? ""))
            }
            (element["items"]?.arrayValue ?? []).forEach(collect)
        }
        (json["blocks"]?.arrayValue ?? []).forEach(collect)
        (json["footnotes"]?.arrayValue ?? []).forEach(collect)
        let expectedCounts = Dictionary(expected.map { ($0, 1) }, uniquingKeysWith: +)
        let foundCounts = Dictionary(found.map { ($0, 1) }, uniquingKeysWith: +)
        let correct = expectedCounts.reduce(0) { $0 + min($1.value, foundCounts[$1.key] ?? 0) }
        let precision = found.isEmpty ? 1 : Double(correct) / Double(found.count)
        let recall = Double(correct) / Double(expected.count)
        print(String(format: "citations %@: expected %d, found %d, precision %.3f, recall %.3f",
                     url.lastPathComponent, expected.count, found.count, precision, recall))
        let missing = expectedCounts.filter { $0.value > (foundCounts[$0.key] ?? 0) }.keys.sorted()
        let extra = foundCounts.filter { $0.value > (expectedCounts[$0.key] ?? 0) }.keys.sorted()
        XCTAssertEqual(missing, [], "not found in \(url.lastPathComponent)", file: file, line: line)
        XCTAssertEqual(extra, [], "found but not listed in \(url.lastPathComponent)", file: file, line: line)
    }
}

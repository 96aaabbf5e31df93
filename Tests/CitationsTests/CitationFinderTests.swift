import Citations
import XCTest

/// The citation rules on sentences of the corpus (the document each comes from is named).
final class CitationFinderTests: XCTestCase {
    let assembly = CitationFinder(language: "en", documentOrgan: "General Assembly")

    func testOffsetsCountUnicodeScalars() {
        // "Réaffirmant" has one precomposed é (one scalar, one UTF-16 unit); "𝐀" is two UTF-16 units.
        let text = "𝐀 Réaffirmant its resolution 70/1 of 25 September 2015,"
        let c = assembly.citations(in: text)
        XCTAssertEqual(c.count, 1)
        XCTAssertEqual(c[0].offset, 18)
        XCTAssertEqual(Array(text.unicodeScalars)[18...].prefix(10).map(String.init).joined(), "resolution")
        XCTAssertEqual(c[0].text, "resolution 70/1 of 25 September 2015")
        XCTAssertEqual(c[0].symbol, "A/RES/70/1")
        XCTAssertEqual(c[0].date, "2015-09-25")
    }

    func testOrganFromTheWordsOrTheNumber() {
        // A/RES/78/199: "Human Rights Council resolution 53/11 of 12 July 2023".
        let hrc = assembly.citations(in: "Human Rights Council resolution 53/11 of 12 July 2023")
        XCTAssertEqual(hrc.map(\.symbol), ["A/HRC/RES/53/11"])
        XCTAssertEqual(hrc.map(\.text), ["Human Rights Council resolution 53/11 of 12 July 2023"])
        XCTAssertEqual(hrc.map(\.offset), [0])
        // S/2025/257: Security Council resolutions by number and year, in a list.
        let sc = assembly.citations(in: "resolutions 2292 (2016) and 2733 (2024)")
        XCTAssertEqual(sc.map(\.symbol), ["S/RES/2292 (2016)", "S/RES/2733 (2024)"])
        XCTAssertEqual(sc.map(\.text), ["resolutions 2292 (2016)", "2733 (2024)"])
        XCTAssertEqual(sc.map(\.organ), ["Security Council", "Security Council"])
        // Emergency special session (bulk: "resolution ES-10/23 of 10 May 2024"); a decision.
        XCTAssertEqual(assembly.citations(in: "resolution ES-10/23 of 10 May 2024").map(\.symbol), ["A/RES/ES-10/23"])
        XCTAssertEqual(assembly.citations(in: "recalling its decision 79/521").map(\.symbol), ["A/DEC/79/521"])
        // "its resolution" in a Human Rights Council text is the Council's.
        let council = CitationFinder(language: "en", documentOrgan: "Human Rights Council")
        XCTAssertEqual(council.citations(in: "Recalling its resolution 5/1 of 18 June 2007").map(\.symbol), ["A/HRC/RES/5/1"])
        XCTAssertEqual(council.citations(in: "Recalling General Assembly resolution 60/251").map(\.symbol), ["A/RES/60/251"])
        // UNFCCC decisions are read, without a UN symbol.
        let unfccc = assembly.citations(in: "decision 1/CP.21")
        XCTAssertEqual(unfccc.map(\.number), ["1/CP.21"])
        XCTAssertEqual(unfccc.map(\.symbol), [nil])
    }

    func testSymbols() {
        let c = assembly.citations(in: "(A/78/481/Add.2, para. 139) and S/RES/2803 (2025), see E/CN.4/2001/2-E/CN.4/Sub.2/2000/46.")
        XCTAssertEqual(c.map(\.symbol), ["A/78/481/Add.2", "S/RES/2803 (2025)", "E/CN.4/2001/2", "E/CN.4/Sub.2/2000/46"])
        XCTAssertEqual(c.map(\.kind), [.symbol, .symbol, .symbol, .symbol])
        XCTAssertEqual(c.map(\.organ), ["General Assembly", "Security Council", "Commission on Human Rights", "Commission on Human Rights"])
        XCTAssertEqual(c[0].offset, 1)
    }

    func testUnparsedSymbolLikeStrings() {
        XCTAssertEqual(assembly.unparsedSymbolLike(in: "the report (A/ 78/481) and A/78/53 and WHA58/33"), ["A/ 78/481", "WHA58/33"])
        XCTAssertEqual(assembly.unparsedSymbolLike(in: "resolution ES-10/23 and and/or COVID-19"), [])
        // A/RES/79/184: a list resumed after a clause is read, so its numbers are not flagged.
        let resumed = "its resolutions ES-11/1 of 2 March 2022 on the aggression against Ukraine, ES-11/2 of 24 March 2022 on the humanitarian consequences"
        XCTAssertEqual(assembly.citations(in: resumed).map(\.symbol), ["A/RES/ES-11/1", "A/RES/ES-11/2"])
        XCTAssertEqual(assembly.unparsedSymbolLike(in: resumed), [])
    }
}

import Foundation
import XCTest
@testable import JSONSchema

final class JSONSerializerTests: XCTestCase {
    func testPrettyFormKeepsKeyOrder() {
        let value: JSONValue = ["symbol": "A/RES/73/6", "sessionNumber": 73, "agendaItems": ["30"],
                                "empty": [:], "none": [], "title": nil, "tagged": false]
        XCTAssertEqual(value.serialized(), """
        {
          "symbol": "A/RES/73/6",
          "sessionNumber": 73,
          "agendaItems": [
            "30"
          ],
          "empty": {},
          "none": [],
          "title": null,
          "tagged": false
        }

        """)
    }

    /// The bytes a writer takes are the text's UTF-8, final newline included.
    func testSerializedBytesAreTheTextsUTF8() {
        let value = JSONValue.object(JSONObject([("é", .array([.int(1), .double(0.5), .string("\u{1}\"x")])), ("b", .null)]))
        XCTAssertEqual(value.serializedBytes(pretty: true), Array(value.serialized(pretty: true).utf8))
        XCTAssertEqual(value.serializedBytes(pretty: false), Array(#"{"é":[1,0.5,"\u0001\"x"],"b":null}"#.utf8))
        XCTAssertEqual(value.serializedBytes().last, 0x0A)
    }

    func testCompactForm() {
        let value: JSONValue = ["b": [1, 2.5, ["c": true]], "a": nil]
        XCTAssertEqual(value.serialized(pretty: false), #"{"b":[1,2.5,{"c":true}],"a":null}"#)
    }

    func testStringEscaping() {
        let value = JSONValue.string("q\"b\\s/ \u{8}\u{C}\n\r\t\u{1}\u{1F} é – 😀")
        XCTAssertEqual(value.serialized(pretty: false), #""q\"b\\s/ \b\f\n\r\t\u0001\u001f é – 😀""#)
    }

    func testDoubles() {
        let cases: [(Double, String)] = [
            (0.1, "0.1"), (72.0, "72.0"), (-0.5, "-0.5"), (1e-05, "0.00001"), (1.5e-7, "0.00000015"),
            (1.5e20, "150000000000000000000.0"), (1e300, "1e+300"), (2.5e-10, "2.5e-10"),
            (595.276, "595.276"), (1e16, "10000000000000000.0"), (Double.nan, "null"), (Double.infinity, "null"),
        ]
        for (number, expected) in cases {
            XCTAssertEqual(JSONValue.double(number).serialized(pretty: false), expected, "\(number)")
        }
        XCTAssertEqual(JSONValue.int(-42).serialized(pretty: false), "-42")
        // Every printed finite double reads back to the same value.
        for (number, text) in cases where number.isFinite {
            XCTAssertEqual(Double(text), number, text)
        }
    }

    func testRoundTrip() throws {
        let text = #"{"z":[1,-2.25,1e-9,"\u00e9\n\ud83d\ude00",{"k":null,"j":[true,false]}],"a":{},"ü":"x"}"#
        let value = try JSONValue.parse(text)
        let pretty = value.serialized()
        XCTAssertEqual(try JSONValue.parse(pretty), value)
        XCTAssertEqual(try JSONValue.parse(pretty).serialized(), pretty)
        XCTAssertEqual(try JSONValue.parse(value.serialized(pretty: false)), value)
        XCTAssertEqual(try JSONValue.parse(pretty).objectValue?.keys, ["z", "a", "ü"])
    }

    /// Guards against quadratic behaviour: a ~1 MB document must serialise well under a second
    /// even in a debug build.
    func testSerialisingOneMegabyteIsFast() throws {
        var blocks: [JSONValue] = []
        for i in 0..<3000 {
            blocks.append(["kind": "paragraph", "number": .string("\(i)."), "level": nil,
                           "text": .string(String(repeating: "Recalling its resolution 73/6 — ", count: 9)),
                           "pages": [1, 2], "boxes": [["page": 1, "x0": 72.5, "y0": 100.25, "x1": 540.0, "y1": 130.0]]])
        }
        let document: JSONValue = ["blocks": .array(blocks)]
        let start = Date()
        let text = document.serialized()
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertGreaterThan(text.utf8.count, 1_000_000)
        XCTAssertLessThan(elapsed, 1.0, "serialising \(text.utf8.count) bytes took \(elapsed) s")
        print("[perf] serialised \(text.utf8.count) bytes in \(Int(elapsed * 1000)) ms")
        let parseStart = Date()
        XCTAssertEqual(try JSONValue.parse(text), document)
        print("[perf] parsed it back in \(Int(Date().timeIntervalSince(parseStart) * 1000)) ms")
    }
}

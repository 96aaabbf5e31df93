import Foundation
import XCTest
@testable import JSONSchema

final class JSONParserTests: XCTestCase {
    func parseError(_ text: String) -> JSONParseError? {
        do {
            _ = try JSONValue.parse(text)
            return nil
        } catch let error as JSONParseError {
            return error
        } catch {
            XCTFail("unexpected error type \(error)")
            return nil
        }
    }

    func testLiteralsAndContainers() throws {
        XCTAssertEqual(try JSONValue.parse(" [true, false, null, {}, []] "),
                       .array([.bool(true), .bool(false), .null, .object(JSONObject()), .array([])]))
        let object = try JSONValue.parse(#"{"b": 1, "a": [2, "x"]}"#)
        XCTAssertEqual(object.objectValue?.keys, ["b", "a"])
        XCTAssertEqual(object["a"], .array([.int(2), .string("x")]))
    }

    func testStringEscapes() throws {
        XCTAssertEqual(try JSONValue.parse(#""a\"b\\c\/d\b\f\n\r\t""#), .string("a\"b\\c/d\u{8}\u{C}\n\r\t"))
        XCTAssertEqual(try JSONValue.parse(#""caf\u00e9 \u00C9""#), .string("café É"))
        XCTAssertEqual(try JSONValue.parse(#""\u0000""#), .string("\u{0}"))
        // Raw non-ASCII passes through as UTF-8.
        XCTAssertEqual(try JSONValue.parse("\"Résolution – 73/6\""), .string("Résolution – 73/6"))
    }

    func testSurrogatePairs() throws {
        XCTAssertEqual(try JSONValue.parse(#""\uD83D\uDE00""#), .string("😀"))
        XCTAssertEqual(try JSONValue.parse(#""x\ud834\udd1ey""#), .string("x𝄞y"))
        XCTAssertEqual(parseError(#""ab\uD83D""#), JSONParseError(offset: 3, reason: "unpaired high surrogate \\uD83D"))
        XCTAssertEqual(parseError(#""\uDE00""#), JSONParseError(offset: 1, reason: "unpaired low surrogate \\uDE00"))
        XCTAssertEqual(parseError(#""\uD83D\u0041""#)?.reason, "high surrogate not followed by a low surrogate")
        XCTAssertEqual(parseError(#""\uD83D\u0041""#)?.offset, 7)
    }

    func testNumbers() throws {
        XCTAssertEqual(try JSONValue.parse("0"), .int(0))
        if case .int(let i) = try JSONValue.parse("-12") { XCTAssertEqual(i, -12) } else { XCTFail("-12 is not .int") }
        if case .double(let d) = try JSONValue.parse("1.5") { XCTAssertEqual(d, 1.5) } else { XCTFail("1.5 is not .double") }
        if case .double(let d) = try JSONValue.parse("1E2") { XCTAssertEqual(d, 100) } else { XCTFail("1E2 is not .double") }
        if case .double(let d) = try JSONValue.parse("-2.5e-3") { XCTAssertEqual(d, -0.0025) } else { XCTFail() }
        if case .int(let i) = try JSONValue.parse("9223372036854775807") { XCTAssertEqual(i, Int.max) } else { XCTFail() }
        if case .double(let d) = try JSONValue.parse("9223372036854775808") {
            XCTAssertEqual(d, 9223372036854775808.0)
        } else {
            XCTFail("an integer beyond Int must become .double")
        }
        if case .double(let d) = try JSONValue.parse("-123456789012345678901234567890") {
            XCTAssertEqual(d, -1.2345678901234568e29)
        } else {
            XCTFail()
        }
    }

    func testNumberErrors() {
        XCTAssertEqual(parseError("01"), JSONParseError(offset: 0, reason: "leading zero in number"))
        XCTAssertEqual(parseError("[1.]"), JSONParseError(offset: 3, reason: "expected a digit after '.'"))
        XCTAssertEqual(parseError("-"), JSONParseError(offset: 1, reason: "expected a digit"))
        XCTAssertEqual(parseError("1e"), JSONParseError(offset: 2, reason: "expected a digit in exponent"))
        XCTAssertEqual(parseError("+1")?.offset, 0)
        XCTAssertEqual(parseError("1e400"), JSONParseError(offset: 0, reason: "number out of range"))
        XCTAssertEqual(parseError("NaN")?.offset, 0)
    }

    func testStructuralErrorOffsets() {
        XCTAssertEqual(parseError(#"{"a":1,}"#), JSONParseError(offset: 7, reason: "expected a string key, found '}'"))
        XCTAssertEqual(parseError("[1 2]"), JSONParseError(offset: 3, reason: "expected ',' or ']' in array, found '2'"))
        XCTAssertEqual(parseError(#""abc"#), JSONParseError(offset: 0, reason: "unterminated string"))
        XCTAssertEqual(parseError(#"{"a":1} x"#), JSONParseError(offset: 8, reason: "unexpected data after the JSON value"))
        XCTAssertEqual(parseError("\"a\u{1}\""), JSONParseError(offset: 2, reason: "unescaped control character 0x01 in string"))
        XCTAssertEqual(parseError(#"{"a":1,"a":2}"#), JSONParseError(offset: 7, reason: "duplicate key \"a\""))
        XCTAssertEqual(parseError(#""\x""#), JSONParseError(offset: 1, reason: "invalid escape sequence '\\x'"))
        XCTAssertEqual(parseError("tru"), JSONParseError(offset: 0, reason: "invalid literal, expected 'true'"))
        XCTAssertEqual(parseError(""), JSONParseError(offset: 0, reason: "empty input"))
        XCTAssertEqual(parseError("[1, // c\n2]")?.offset, 4)
        XCTAssertEqual(parseError(String(repeating: "[", count: 600))?.reason, "nesting deeper than 512 levels")
        XCTAssertEqual(parseError("[1,2")?.reason, "unterminated array")
        XCTAssertEqual(JSONParseError(offset: 7, reason: "x").description, "invalid JSON at byte 7: x")
    }

    func testInvalidUTF8IsRejected() {
        let bytes: [UInt8] = [0x22, 0x61, 0xC3, 0x28, 0x22]  // "a\xC3(" — truncated sequence
        XCTAssertThrowsError(try JSONValue.parse(Data(bytes))) { error in
            XCTAssertEqual(error as? JSONParseError, JSONParseError(offset: 0, reason: "invalid UTF-8 in string"))
        }
    }

    func testEqualityFollowsJSONSchema() throws {
        XCTAssertEqual(JSONValue.int(1), JSONValue.double(1.0))
        XCTAssertNotEqual(JSONValue.int(1), JSONValue.double(1.5))
        XCTAssertNotEqual(JSONValue.bool(true), JSONValue.int(1))
        XCTAssertNotEqual(JSONValue.bool(false), JSONValue.int(0))
        XCTAssertEqual(try JSONValue.parse(#"{"a":1,"b":[2.0]}"#), try JSONValue.parse(#"{"b":[2],"a":1.0}"#))
        XCTAssertNotEqual(try JSONValue.parse(#"{"a":1}"#), try JSONValue.parse(#"{"a":1,"b":null}"#))
        // Code points, not canonical equivalence.
        XCTAssertNotEqual(JSONValue.string("\u{E9}"), JSONValue.string("e\u{301}"))
        var object = JSONObject()
        object["\u{E9}"] = 1
        object["e\u{301}"] = 2
        XCTAssertEqual(object.count, 2)
    }

    func testJSONObjectOrderAndMutation() {
        var object = JSONObject([("z", 1), ("a", 2)])
        object["m"] = 3
        object["z"] = 10
        XCTAssertEqual(object.keys, ["z", "a", "m"])
        XCTAssertEqual(object["z"], .int(10))
        object["a"] = nil
        XCTAssertEqual(object.keys, ["z", "m"])
        XCTAssertEqual(object["m"], .int(3))
        XCTAssertNil(object["a"])
        XCTAssertEqual(object.map { $0.key }, ["z", "m"])
        XCTAssertEqual(object.map { $0.value }, [.int(10), .int(3)])
        XCTAssertEqual(object.count, 2)
    }

    func testJSONPointer() throws {
        let value = try JSONValue.parse(#"{"a/b": {"m~n": [10, 20]}}"#)
        XCTAssertEqual(JSONPointer.make(["a/b", "m~n", "1"]), "/a~1b/m~0n/1")
        XCTAssertEqual(JSONPointer.resolve("/a~1b/m~0n/1", in: value), .int(20))
        XCTAssertNil(JSONPointer.resolve("/a~1b/m~0n/01", in: value))
        XCTAssertEqual(JSONPointer.resolve("", in: value), value)
    }
}

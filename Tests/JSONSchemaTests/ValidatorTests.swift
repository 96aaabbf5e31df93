import Foundation
import XCTest
@testable import JSONSchema

/// Behaviour the official suite does not pin down: error locations, messages, schema errors.
final class ValidatorTests: XCTestCase {
    func testErrorPointersThroughRef() throws {
        let schema = try JSONValue.parse(#"""
        {"$defs": {"block": {"type": "object", "properties": {"level": {"type": ["integer", "null"], "minimum": 1},
                                                               "items": {"type": "array", "items": {"$ref": "#/$defs/block"}}}}},
         "properties": {"blocks": {"type": "array", "items": {"$ref": "#/$defs/block"}}}}
        """#)
        let validator = try JSONSchemaValidator(schema: schema)
        let errors = validator.validate(try JSONValue.parse(#"{"blocks": [{"level": 1, "items": [{"level": 0}]}]}"#))
        XCTAssertEqual(errors, [ValidationError(
            instancePointer: "/blocks/0/items/0/level",
            schemaPointer: "/properties/blocks/items/$ref/properties/items/items/$ref/properties/level/minimum",
            keyword: "minimum", message: "0 is less than the minimum 1")])
        XCTAssertTrue(validator.isValid(try JSONValue.parse(#"{"blocks": [{"level": null, "items": []}]}"#)))
    }

    func testPointerEscapingAndMessages() throws {
        let validator = try JSONSchemaValidator(schema: try JSONValue.parse(
            #"{"properties": {"a/b": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$"}}, "required": ["x"], "additionalProperties": false, "properties2": 1}"#))
        let errors = validator.validate(try JSONValue.parse(#"{"a/b": "31 October 2018", "c~": 1}"#))
        XCTAssertEqual(errors.map(\.instancePointer), ["", "/a~1b", ""])
        XCTAssertEqual(errors.map(\.keyword), ["required", "pattern", "additionalProperties"])
        XCTAssertEqual(errors[0].message, #"missing required property "x""#)
        XCTAssertEqual(errors[1].message, #""31 October 2018" does not match pattern ^\d{4}-\d{2}-\d{2}$"#)
        XCTAssertEqual(errors[1].schemaPointer, "/properties/a~1b/pattern")
        XCTAssertEqual(errors[2].message, #"property "c~" is not allowed"#)
        XCTAssertEqual(errors[1].description,
                       #"/a~1b: "31 October 2018" does not match pattern ^\d{4}-\d{2}-\d{2}$ (schema /properties/a~1b/pattern)"#)
    }

    func testRefLoopIsReportedNotRecursed() throws {
        let validator = try JSONSchemaValidator(schema: try JSONValue.parse(
            ##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}"##))
        let errors = validator.validate(.int(1))
        XCTAssertEqual(errors.count, 1)
        XCTAssertEqual(errors.first?.keyword, "$ref")
        XCTAssertEqual(errors.first?.schemaPointer, "/$ref/$ref/$ref")
    }

    func testSchemaErrors() {
        XCTAssertThrowsError(try JSONSchemaValidator(schema: try JSONValue.parse(##"{"items": {"$ref": "#/$defs/missing"}}"##))) {
            XCTAssertEqual($0 as? SchemaError,
                           SchemaError(schemaPointer: "/items/$ref", reason: ##"$ref "#/$defs/missing" cannot be resolved"##))
        }
        XCTAssertThrowsError(try JSONSchemaValidator(schema: try JSONValue.parse(#"{"pattern": "(unclosed"}"#))) {
            XCTAssertEqual(($0 as? SchemaError)?.schemaPointer, "/pattern")
        }
        XCTAssertThrowsError(try JSONSchemaValidator(schema: try JSONValue.parse(#"{"not": 3}"#))) {
            XCTAssertEqual($0 as? SchemaError, SchemaError(schemaPointer: "/not", reason: "a schema must be an object or a boolean"))
        }
    }

    func testEmbeddedResourcesAndAnchors() throws {
        let validator = try JSONSchemaValidator(schema: try JSONValue.parse(#"""
        {"$id": "https://example.invalid/root.json",
         "properties": {"d": {"$ref": "types/date.json"}, "n": {"$ref": "#positive"}},
         "$defs": {"date": {"$id": "types/date.json", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$"},
                   "pos": {"$anchor": "positive", "type": "integer", "exclusiveMinimum": 0}}}
        """#))
        XCTAssertTrue(validator.isValid(try JSONValue.parse(#"{"d": "2018-10-31", "n": 3}"#)))
        let errors = validator.validate(try JSONValue.parse(#"{"d": "2018/10/31", "n": 0}"#))
        XCTAssertEqual(errors.map(\.instancePointer), ["/d", "/n"])
        XCTAssertEqual(errors.map(\.keyword), ["pattern", "exclusiveMinimum"])
    }

    func testFormatIsAnnotationUnlessAsserted() throws {
        let schema = try JSONValue.parse(#"{"type": "array", "items": {"format": "date"}}"#)
        let dates = try JSONValue.parse(#"["2018-10-31", "2018-02-29", "31 October 2018", "2020-02-29"]"#)
        XCTAssertEqual(try JSONSchemaValidator(schema: schema).validate(dates), [])
        let asserted = try JSONSchemaValidator(schema: schema, assertFormat: true).validate(dates)
        XCTAssertEqual(asserted.map(\.instancePointer), ["/1", "/2"])
        XCTAssertTrue(FormatChecker.check("date-time", "2018-10-31T10:12:00Z") == true)
        XCTAssertTrue(FormatChecker.check("date-time", "2018-10-31T10:12:00+01:00") == true)
        XCTAssertTrue(FormatChecker.check("date-time", "2018-10-31 10:12:00Z") == false)
        XCTAssertTrue(FormatChecker.check("time", "25:00:00Z") == false)
        XCTAssertTrue(FormatChecker.check("uri", "https://docstruct.invalid/a b") == false)
        XCTAssertTrue(FormatChecker.check("uri", "urn:uuid:deadbeef") == true)
        XCTAssertNil(FormatChecker.check("email", "x"))
    }

    func testURIResolution() {
        let base = "http://a/b/c/d;p?q"
        // RFC 3986 §5.4 examples.
        let examples: [(String, String)] = [
            ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"), ("/g", "http://a/g"),
            ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("#s", "http://a/b/c/d;p?q#s"),
            ("../g", "http://a/b/g"), ("../../g", "http://a/g"), ("../../../g", "http://a/g"), ("g/./h", "http://a/b/c/g/h"),
            ("..", "http://a/b/"), ("", "http://a/b/c/d;p?q"), ("urn:x:y", "urn:x:y"),
        ]
        for (reference, expected) in examples {
            XCTAssertEqual(URIReference.resolve(reference, against: base), expected, reference)
        }
        XCTAssertEqual(URIReference.resolve("#/a", against: "urn:uuid:1234"), "urn:uuid:1234#/a")
    }
}

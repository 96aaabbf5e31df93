import Foundation
import XCTest
@testable import JSONSchema

/// What of the official JSON-Schema-Test-Suite (draft2020-12) is not run, and why.
/// This is the only place where exclusions are listed; every other file and case must pass.
enum SuiteExclusions {
    /// Whole files, by file name.
    static let files: [String: String] = [
        "refRemote.json": "every case resolves $ref against documents served from http://localhost:1234; the validator resolves references within one document only",
        "dynamicRef.json": "$dynamicRef/$dynamicAnchor dynamic scoping is not implemented; the document schema does not use it",
        "vocabulary.json": "$vocabulary needs custom meta-schemas fetched by URI; the document schema does not use it",
        "defs.json": "its only group validates schemas against the remote 2020-12 meta-schema (https://json-schema.org/draft/2020-12/schema), which is not bundled",
    ]

    /// Individual test groups, keyed by "file name | group description".
    static let groups: [String: String] = [
        "ref.json | remote ref, containing refs itself": "refers to the remote 2020-12 meta-schema, which is not bundled",
        "unevaluatedProperties.json | unevaluatedProperties with $dynamicRef": "uses $dynamicRef (not implemented)",
        "unevaluatedItems.json | unevaluatedItems with $dynamicRef": "uses $dynamicRef (not implemented)",
    ]
}

/// Thrown (after recording a failure) when the suite directory does not exist.
struct SuiteMissing: Error, CustomStringConvertible {
    let path: String
    var description: String { "../shared/json-schema-test-suite is missing (looked for \(path))" }
}

/// Runs the official JSON-Schema-Test-Suite files found in
/// `../shared/json-schema-test-suite/draft2020-12/` relative to the repository root.
final class OfficialSuiteTests: XCTestCase {
    struct Outcome {
        var run = 0
        var passed = 0
        var excluded = 0
    }

    static var suiteDirectory: URL {
        // <repo>/Tests/JSONSchemaTests/OfficialSuiteTests.swift → <repo>/../shared/...
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("shared/json-schema-test-suite/draft2020-12", isDirectory: true)
    }

    func suiteFiles() throws -> [String] {
        let directory = Self.suiteDirectory
        guard FileManager.default.fileExists(atPath: directory.path) else {
            XCTFail("../shared/json-schema-test-suite is missing: expected the draft2020-12 files at \(directory.path)")
            throw SuiteMissing(path: directory.path)
        }
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
    }

    /// Runs every case of `file`, failing with the group and case description of each mismatch.
    @discardableResult
    func run(_ file: String, line: UInt = #line) throws -> Outcome {
        let url = Self.suiteDirectory.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else {
            XCTFail("../shared/json-schema-test-suite is missing (or lacks \(file)): looked for \(url.path)", line: line)
            return Outcome()
        }
        let groups = try JSONValue.parse(Data(contentsOf: url))
        var outcome = Outcome()
        for group in groups.arrayValue ?? [] {
            let groupDescription = group["description"]?.stringValue ?? "?"
            let tests = group["tests"]?.arrayValue ?? []
            if SuiteExclusions.files[file] != nil || SuiteExclusions.groups["\(file) | \(groupDescription)"] != nil {
                outcome.excluded += tests.count
                continue
            }
            guard let schema = group["schema"] else {
                XCTFail("\(file): group \"\(groupDescription)\" has no schema", line: line)
                continue
            }
            let validator: JSONSchemaValidator
            do {
                validator = try JSONSchemaValidator(schema: schema)
            } catch {
                XCTFail("\(file): group \"\(groupDescription)\": schema rejected: \(error)", line: line)
                outcome.run += tests.count
                continue
            }
            for test in tests {
                outcome.run += 1
                let caseDescription = test["description"]?.stringValue ?? "?"
                guard let data = test["data"], let expected = test["valid"]?.boolValue else {
                    XCTFail("\(file): \"\(groupDescription)\" / \"\(caseDescription)\": malformed case", line: line)
                    continue
                }
                let errors = validator.validate(data)
                if errors.isEmpty == expected {
                    outcome.passed += 1
                } else {
                    XCTFail("\(file): \"\(groupDescription)\" / \"\(caseDescription)\": expected \(expected ? "valid" : "invalid"), got \(errors.isEmpty ? "valid" : "invalid: \(errors.map(\.description).joined(separator: "; "))")", line: line)
                }
            }
        }
        print("[suite] \(file): \(outcome.run) cases run, \(outcome.passed) passed, \(outcome.excluded) excluded")
        if SuiteExclusions.files[file] == nil {
            XCTAssertGreaterThan(outcome.run, 0, "\(file): no case was run", line: line)
        }
        return outcome
    }

    /// Files with a test method below.
    static let covered: [String] = [
        "additionalProperties.json", "allOf.json", "anchor.json", "anyOf.json", "boolean_schema.json", "const.json",
        "contains.json", "content.json", "default.json", "dependentRequired.json", "dependentSchemas.json",
        "enum.json", "exclusiveMaximum.json", "exclusiveMinimum.json", "format.json", "if-then-else.json",
        "infinite-loop-detection.json", "items.json", "maxContains.json", "maxItems.json", "maxLength.json",
        "maxProperties.json", "maximum.json", "minContains.json", "minItems.json", "minLength.json",
        "minProperties.json", "minimum.json", "multipleOf.json", "not.json", "oneOf.json", "pattern.json",
        "patternProperties.json", "prefixItems.json", "properties.json", "propertyNames.json", "ref.json",
        "required.json", "type.json", "unevaluatedItems.json", "unevaluatedProperties.json", "uniqueItems.json",
    ]

    /// Every file of the suite directory is either run or excluded with a reason; prints the totals.
    func testEverySuiteFileIsRunOrExcluded() throws {
        let files = try suiteFiles()
        let accounted = Set(Self.covered).union(SuiteExclusions.files.keys)
        XCTAssertEqual(Set(files).subtracting(accounted).sorted(), [], "suite files neither run nor excluded")
        XCTAssertEqual(accounted.subtracting(files).sorted(), [], "listed files absent from the suite directory")
        var total = Outcome()
        for file in files {
            let outcome = try run(file)
            total.run += outcome.run
            total.passed += outcome.passed
            total.excluded += outcome.excluded
        }
        print("[suite] TOTAL: \(total.run) cases run, \(total.passed) passed, \(total.excluded) excluded, in \(files.count) files")
        XCTAssertEqual(total.passed, total.run)
    }

    func testAdditionalProperties() throws { try run("additionalProperties.json") }
    func testAllOf() throws { try run("allOf.json") }
    func testAnchor() throws { try run("anchor.json") }
    func testAnyOf() throws { try run("anyOf.json") }
    func testBooleanSchema() throws { try run("boolean_schema.json") }
    func testConst() throws { try run("const.json") }
    func testContains() throws { try run("contains.json") }
    func testContent() throws { try run("content.json") }
    func testDefault() throws { try run("default.json") }
    func testDependentRequired() throws { try run("dependentRequired.json") }
    func testDependentSchemas() throws { try run("dependentSchemas.json") }
    func testEnum() throws { try run("enum.json") }
    func testExclusiveMaximum() throws { try run("exclusiveMaximum.json") }
    func testExclusiveMinimum() throws { try run("exclusiveMinimum.json") }
    func testFormat() throws { try run("format.json") }
    func testIfThenElse() throws { try run("if-then-else.json") }
    func testInfiniteLoopDetection() throws { try run("infinite-loop-detection.json") }
    func testItems() throws { try run("items.json") }
    func testMaxContains() throws { try run("maxContains.json") }
    func testMaxItems() throws { try run("maxItems.json") }
    func testMaxLength() throws { try run("maxLength.json") }
    func testMaxProperties() throws { try run("maxProperties.json") }
    func testMaximum() throws { try run("maximum.json") }
    func testMinContains() throws { try run("minContains.json") }
    func testMinItems() throws { try run("minItems.json") }
    func testMinLength() throws { try run("minLength.json") }
    func testMinProperties() throws { try run("minProperties.json") }
    func testMinimum() throws { try run("minimum.json") }
    func testMultipleOf() throws { try run("multipleOf.json") }
    func testNot() throws { try run("not.json") }
    func testOneOf() throws { try run("oneOf.json") }
    func testPattern() throws { try run("pattern.json") }
    func testPatternProperties() throws { try run("patternProperties.json") }
    func testPrefixItems() throws { try run("prefixItems.json") }
    func testProperties() throws { try run("properties.json") }
    func testPropertyNames() throws { try run("propertyNames.json") }
    func testRef() throws { try run("ref.json") }
    func testRequired() throws { try run("required.json") }
    func testType() throws { try run("type.json") }
    func testUnevaluatedItems() throws { try run("unevaluatedItems.json") }
    func testUnevaluatedProperties() throws { try run("unevaluatedProperties.json") }
    func testUniqueItems() throws { try run("uniqueItems.json") }
}

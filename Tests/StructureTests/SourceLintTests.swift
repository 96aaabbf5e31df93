import Foundation
import TestSupport
import XCTest

/// House rules checked on the source text (issue 13): every threshold of Layout and Structure
/// lives in a parameter object and rules read the caller's (never `.standard`), every regular
/// expression lives in a named pattern table, no function in Sources is over 100 lines, and
/// Package.swift declares every module a target imports.
///
/// **Where literals may stand.** Files named `*Parameters.swift` or `*Patterns.swift`, and files
/// under a `Vocabulary/` folder, hold the thresholds, patterns and words; they are not scanned.
///
/// **The numeric allow-list** (everywhere else in Sources/Layout and Sources/Structure):
/// - the values 0, 1, 2, -1 and 0.5 (also written 0.0, 1.0, 2.0): counts, first/next/previous,
///   halves and midpoints, not thresholds;
/// - a literal that is the whole of a subscript (`g[3]`, a capture group or array index);
/// - hexadecimal literals (`0x0621`): Unicode scalar values of a script's range;
/// - tuple element access (`$0.1`), which is no literal at all;
/// - a line that carries a comment `// lint: REASON` saying why its literal is no threshold
///   (an algorithm's constant, the three words of a pattern).
///
/// **Regular expressions**: a raw string literal (`#"…"#`, the form every pattern takes) or a
/// string literal given to a regex call (`matches`, `match`, `firstMatch`, `regex`, `replacing`,
/// `NSRegularExpression(pattern:)`) outside those files fails.
final class SourceLintTests: XCTestCase {
    private static let scannedFolders = ["Sources/Structure", "Sources/Layout"]

    func testNoNumericLiteralOutsideParameterFiles() throws {
        var offences: [String] = []
        for (path, text) in try Self.swiftFiles(in: Self.scannedFolders) where !Self.holdsLiterals(path) {
            let code = SwiftCode(text)
            for (lineNumber, line) in code.lines.enumerated() where !code.rawLines[lineNumber].contains("// lint:") {
                for literal in SwiftCode.numericLiterals(in: line) where !Self.allowed(literal, in: line) {
                    offences.append("\(path):\(lineNumber + 1): \(literal.text)")
                }
            }
        }
        XCTAssertEqual(offences, [], "numeric literals outside the parameter objects:\n" + offences.joined(separator: "\n"))
    }

    func testNoRegexLiteralOutsidePatternTables() throws {
        var offences: [String] = []
        let regexCall = try NSRegularExpression(pattern:
            #"\b(matches|match|firstMatch|regex|replacing)\(\s*"|NSRegularExpression\(pattern:\s*"|\.range\(of:\s*"[^"]*",\s*options:\s*\.regularExpression"#)
        for (path, text) in try Self.swiftFiles(in: Self.scannedFolders) where !Self.holdsLiterals(path) {
            let code = SwiftCode(text)
            for (lineNumber, raw) in code.rawLines.enumerated() {
                let codeLine = code.lines[lineNumber]
                if codeLine.contains(SwiftCode.rawStringMark) {
                    offences.append("\(path):\(lineNumber + 1): raw string literal")
                }
                let withStrings = code.linesKeepingStrings[lineNumber]
                if regexCall.firstMatch(in: withStrings, range: NSRange(withStrings.startIndex..., in: withStrings)) != nil {
                    offences.append("\(path):\(lineNumber + 1): string literal given to a regex call: \(raw.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        XCTAssertEqual(offences, [], "regex literals outside the pattern tables:\n" + offences.joined(separator: "\n"))
    }

    /// A rule reads the thresholds its caller passed down (`Converter` → `DocumentLayout`,
    /// `DocumentBuilder` → every rule), so that a caller's `LayoutParameters` and
    /// `StructureParameters` reach every rule. `.standard` may stand only as the default
    /// argument (`= .standard`) of a public entry point (a `public` func or init), and in the
    /// parameter files that define it.
    func testRulesReadTheCallersParameters() throws {
        var offences: [String] = []
        for (path, text) in try Self.swiftFiles(in: Self.scannedFolders) where !path.hasSuffix("Parameters.swift") {
            let code = SwiftCode(text)
            for line in Self.standardReads(in: code) {
                offences.append("\(path):\(line + 1): \(code.rawLines[line].trimmingCharacters(in: .whitespaces))")
            }
        }
        XCTAssertEqual(offences, [], "rules reading .standard instead of the caller's parameters:\n" + offences.joined(separator: "\n"))
    }

    /// Lines (0-based) that read `.standard` other than as the default argument of a public
    /// func or init.
    static func standardReads(in code: SwiftCode) -> [Int] {
        var out: [Int] = []
        for (n, line) in code.lines.enumerated() {
            var from = line.startIndex
            while let r = line.range(of: ".standard", range: from..<line.endIndex) {
                from = r.upperBound
                // ".standardized" and the like are other names.
                if let next = line[r.upperBound...].first, next.isLetter || next.isNumber || next == "_" { continue }
                let before = line[..<r.lowerBound].reversed().drop { $0 == " " }
                let isDefault = before.first == "=" && !"=!<>".contains(before.dropFirst().first ?? " ")
                if !(isDefault && inPublicSignature(code.lines, line: n, upTo: r.lowerBound)) { out.append(n); break }
            }
        }
        return out
    }

    private static let declaration = try! NSRegularExpression(pattern: #"\b(func\s|init[?!]?\s*[(<])"#)

    /// Whether position `index` of line `line` lies in the signature of a public func or init:
    /// the nearest declaration above (or on) the line is public and no body has opened since.
    private static func inPublicSignature(_ lines: [String], line: Int, upTo index: String.Index) -> Bool {
        var text = String(lines[line][..<index])
        var k = line
        while true {
            let ns = text as NSString
            if let last = declaration.matches(in: text, range: NSRange(location: 0, length: ns.length)).last {
                let head = ns.substring(to: last.range.location), signature = ns.substring(from: last.range.location)
                let modifiers = head.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
                return modifiers.contains("public") && !signature.contains("{")
            }
            k -= 1
            guard k >= 0 else { return false }
            text = lines[k] + "\n" + text
        }
    }

    func testNoFunctionOverOneHundredLines() throws {
        var offences: [String] = []
        for (path, text) in try Self.swiftFiles(in: ["Sources"]) {
            for function in SwiftCode(text).functions() where function.lineCount > 100 {
                offences.append("\(path):\(function.firstLine): \(function.name) has \(function.lineCount) lines")
            }
        }
        XCTAssertEqual(offences, [], "functions over 100 lines:\n" + offences.joined(separator: "\n"))
    }

    /// Every module a target imports is among the dependencies Package.swift declares for it
    /// (a module reached only through another target's dependencies builds by chance).
    func testPackageDeclaresEveryImport() throws {
        let manifest = try String(contentsOf: TestPaths.repository.appendingPathComponent("Package.swift"), encoding: .utf8)
        let declared = Self.declaredDependencies(manifest)
        XCTAssertNotNil(declared["Structure"], "Package.swift not read")
        let system: Set<String> = ["Foundation", "XCTest", "Glibc", "Darwin", "Dispatch"]
        let importLine = try NSRegularExpression(pattern: #"^(?:@testable\s+)?import\s+(\w+)"#, options: .anchorsMatchLines)
        var missing: [String] = []
        for (target, dependencies) in declared.sorted(by: { $0.key < $1.key }) {
            let folder = ["Sources", "Tests"].first { FileManager.default.fileExists(atPath: TestPaths.repository.appendingPathComponent("\($0)/\(target)").path) }
            guard let folder else { continue }
            for (path, text) in try Self.swiftFiles(in: ["\(folder)/\(target)"]) {
                for match in importLine.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    guard let range = Range(match.range(at: 1), in: text) else { continue }
                    let module = String(text[range])
                    if module != target, !system.contains(module), !dependencies.contains(module) {
                        missing.append("\(path): import \(module), not a dependency of \(target)")
                    }
                }
            }
        }
        XCTAssertEqual(Set(missing).sorted(), [], "imports Package.swift does not declare:\n" + Set(missing).sorted().joined(separator: "\n"))
    }

    /// Each target of the manifest with the modules it depends on (targets by name, products by
    /// their module name).
    static func declaredDependencies(_ manifest: String) -> [String: Set<String>] {
        guard let target = try? NSRegularExpression(
            pattern: #"\.(?:target|testTarget|executableTarget)\(\s*name:\s*"(\w+)"(?:,\s*dependencies:\s*\[(.*?)\]\s*(?:,|\)))?"#,
            options: .dotMatchesLineSeparators),
              let quoted = try? NSRegularExpression(pattern: #"(?:^|[\[,(]\s*|name:\s*)"(\w+)""#) else { return [:] }
        var out: [String: Set<String>] = [:]
        for match in target.matches(in: manifest, range: NSRange(manifest.startIndex..., in: manifest)) {
            guard let name = Range(match.range(at: 1), in: manifest) else { continue }
            var dependencies = Set<String>()
            if let list = Range(match.range(at: 2), in: manifest) {
                let text = String(manifest[list])
                for m in quoted.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    if let r = Range(m.range(at: 1), in: text) { dependencies.insert(String(text[r])) }
                }
            }
            out[String(manifest[name])] = dependencies
        }
        return out
    }

    /// The checker itself, on code written here (not from the repository).
    func testTheCheckerReadsSwift() {
        let code = SwiftCode("""
        let a = 0.13 * x // 0.2 in a comment
        let s = "12 in a string \\(n + 7)"
        let p = #"^\\d{3}$"#
        let g = m[3]; let h = 0x0621; let t = $0.1
        func f() {
            if y > 2 { return }
        }
        func g(_ a: Int,
               b: Int) -> Int {
            a + b
        }
        """)
        XCTAssertEqual(SwiftCode.numericLiterals(in: code.lines[0]).map(\.text), ["0.13"])
        // Interpolated code is code.
        XCTAssertEqual(SwiftCode.numericLiterals(in: code.lines[1]).map(\.text), ["7"])
        XCTAssertTrue(code.lines[2].contains(SwiftCode.rawStringMark))
        XCTAssertEqual(SwiftCode.numericLiterals(in: code.lines[3]).filter { !Self.allowed($0, in: code.lines[3]) }.map(\.text), [])
        XCTAssertEqual(code.functions().map(\.lineCount), [3, 4])

        let reads = SwiftCode("""
        public init(parameters: LayoutParameters = .standard) {}
        public static func parse(_ token: String,
                                 parameters p: StructureParameters = .standard) -> Label? {
            let q = StructureParameters.standard
            return nil
        }
        static func rule(parameters: StructureParameters = .standard) {}
        let standardized = x.standardized // .standard in a comment
        static let rows = StructureParameters.standard.tableMinimumRows
        """)
        XCTAssertEqual(Self.standardReads(in: reads), [3, 6, 8])

        let manifest = """
        .target(name: "Layout", dependencies: ["Extraction"]),
        .target(name: "DocumentModel"),
        .target(name: "Ledger", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "IngestTests", dependencies: ["Ledger", "TestSupport",
                                                    .product(name: "GRDB", package: "GRDB.swift")]),
        """
        XCTAssertEqual(Self.declaredDependencies(manifest), ["Layout": ["Extraction"], "DocumentModel": [], "Ledger": ["GRDB"],
                                                            "IngestTests": ["Ledger", "TestSupport", "GRDB"]])
    }

    // MARK: Helpers

    private static func holdsLiterals(_ path: String) -> Bool {
        path.hasSuffix("Parameters.swift") || path.hasSuffix("Patterns.swift") || path.contains("/Vocabulary/")
    }

    private static let trivial: Set<String> = ["0", "1", "2", "-1", "0.5", "0.0", "1.0", "2.0"]

    static func allowed(_ literal: SwiftCode.Literal, in line: String) -> Bool {
        if trivial.contains(literal.text) || literal.text.lowercased().hasPrefix("0x") { return true }
        // The whole of a subscript: "[3]".
        let before = line[..<literal.range.lowerBound].last, after = line[literal.range.upperBound...].first
        return before == "[" && after == "]"
    }

    private static func swiftFiles(in folders: [String]) throws -> [(String, String)] {
        var out: [(String, String)] = []
        for folder in folders {
            let root = TestPaths.repository.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
                XCTFail("\(root.path) not found"); continue
            }
            for case let url as URL in walker where url.pathExtension == "swift" {
                let relative = url.path.replacingOccurrences(of: TestPaths.repository.path + "/", with: "")
                out.append((relative, try String(contentsOf: url, encoding: .utf8)))
            }
        }
        return out.sorted { $0.0 < $1.0 }
    }
}

/// Swift source split into lines with comments blanked and string contents blanked (raw strings
/// replaced by a mark), enough to find literals and function bodies.
struct SwiftCode {
    static let rawStringMark = "\u{1}RAW\u{1}"

    let rawLines: [String]
    /// Comments and string contents blanked; raw strings replaced by `rawStringMark`.
    let lines: [String]
    /// Comments blanked, strings kept (to see what a regex call is given).
    let linesKeepingStrings: [String]

    struct Literal { var text: String; var range: Range<String.Index> }
    struct Function { var name: String; var firstLine: Int; var lineCount: Int }

    init(_ source: String) {
        rawLines = source.components(separatedBy: "\n")
        let (code, kept) = Self.blank(Array(source))
        lines = code.components(separatedBy: "\n")
        linesKeepingStrings = kept.components(separatedBy: "\n")
    }

    /// Blanks comments and string contents, keeping line breaks.
    private static func blank(_ s: [Character]) -> (String, String) {
        var code = "", kept = ""
        var i = 0
        func emit(_ c: Character, keep: Bool) {
            code.append(c == "\n" ? "\n" : " ")
            kept.append(keep || c == "\n" ? c : " ")
        }
        func starts(_ text: String, at k: Int) -> Bool {
            let t = Array(text)
            return k + t.count <= s.count && Array(s[k..<(k + t.count)]) == t
        }
        while i < s.count {
            if starts("//", at: i) {
                while i < s.count, s[i] != "\n" { emit(s[i], keep: false); i += 1 }
            } else if starts("/*", at: i) {
                while i < s.count, !starts("*/", at: i) { emit(s[i], keep: false); i += 1 }
                if i < s.count { emit(s[i], keep: false); emit(s[i + 1], keep: false); i += 2 }
            } else if s[i] == "#", i + 1 < s.count, s[i + 1] == "#" || s[i + 1] == "\"" {
                // A raw string: #"…"# (or ##"…"##, or #"""…"""#).
                var hashes = 0
                while i < s.count, s[i] == "#" { hashes += 1; i += 1 }
                let multi = starts("\"\"\"", at: i)
                let close = (multi ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
                i += multi ? 3 : 1
                code += rawStringMark
                kept += rawStringMark
                while i < s.count, !starts(close, at: i) {
                    if s[i] == "\n" { code.append("\n"); kept.append("\n") }
                    i += 1
                }
                i += close.count
            } else if s[i] == "\"" {
                let multi = starts("\"\"\"", at: i)
                let quote = multi ? "\"\"\"" : "\""
                code += quote; kept += quote
                i += quote.count
                while i < s.count, !starts(quote, at: i) {
                    if s[i] == "\\", i + 1 < s.count, s[i + 1] == "(" {
                        // Interpolation: code, up to the matching parenthesis.
                        emit(s[i], keep: true); emit(s[i + 1], keep: true)
                        i += 2
                        var depth = 1
                        while i < s.count, depth > 0 {
                            if s[i] == "(" { depth += 1 } else if s[i] == ")" { depth -= 1 }
                            if depth > 0 { code.append(s[i]); kept.append(s[i]) } else { emit(s[i], keep: true) }
                            i += 1
                        }
                        continue
                    }
                    if s[i] == "\\", i + 1 < s.count { emit(s[i], keep: true); emit(s[i + 1], keep: true); i += 2; continue }
                    emit(s[i], keep: true)
                    i += 1
                }
                code += quote; kept += quote
                i += quote.count
            } else {
                code.append(s[i]); kept.append(s[i])
                i += 1
            }
        }
        return (code, kept)
    }

    /// Numeric literals of a blanked line: digits not part of a name or a member access
    /// (`$0.1`, `x.0`), with a leading minus sign when it cannot be a binary operator.
    static func numericLiterals(in line: String) -> [Literal] {
        var out: [Literal] = []
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            guard c.isASCII, c.isNumber else { i = line.index(after: i); continue }
            let previous = i > line.startIndex ? line[line.index(before: i)] : " "
            var end = i
            while end < line.endIndex, line[end].isLetter || line[end].isNumber || line[end] == "_"
                    || (line[end] == "." && line.index(after: end) < line.endIndex && line[line.index(after: end)].isNumber) {
                end = line.index(after: end)
            }
            if previous.isLetter || previous == "_" || previous == "$" || previous == "." || previous.isNumber {
                i = end
                continue
            }
            var start = i
            if previous == "-" {
                let minus = line.index(before: i)
                let beforeMinus = line[..<minus].last { $0 != " " }
                if beforeMinus == nil || "(,[=:<>?!&|+-*/{".contains(beforeMinus!) { start = minus }
            }
            out.append(Literal(text: String(line[start..<end]), range: start..<end))
            i = end
        }
        return out
    }

    /// Every `func` and `init` with a body, and its length in lines (first to closing brace).
    func functions() -> [Function] {
        let text = lines.joined(separator: "\n")
        let chars = Array(text)
        var out: [Function] = []
        guard let declaration = try? NSRegularExpression(pattern: #"\b(func\s+[^\s(<]+|init[?!]?)\s*[(<]"#) else { return [] }
        let ns = text as NSString
        for match in declaration.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let name = ns.substring(with: match.range(at: 1))
            // Offsets in characters: convert from UTF-16.
            guard let startRange = Range(match.range, in: text) else { continue }
            let start = text.distance(from: text.startIndex, to: startRange.lowerBound)
            // From the "(" or "<" that ends the match, so a signature over several lines is one.
            var k = text.distance(from: text.startIndex, to: startRange.upperBound) - 1
            var parens = 0
            // Skip the signature up to the body's opening brace (none: a protocol requirement).
            while k < chars.count {
                if chars[k] == "(" { parens += 1 } else if chars[k] == ")" { parens -= 1 }
                if parens <= 0 && (chars[k] == "{" || chars[k] == "\n" && Self.endsDeclaration(chars, k)) { break }
                k += 1
            }
            guard k < chars.count, chars[k] == "{" else { continue }
            var depth = 0, end = k
            while end < chars.count {
                if chars[end] == "{" { depth += 1 } else if chars[end] == "}" { depth -= 1; if depth == 0 { break } }
                end += 1
            }
            let first = chars[..<start].filter { $0 == "\n" }.count + 1
            let last = chars[..<min(end, chars.count)].filter { $0 == "\n" }.count + 1
            out.append(Function(name: name, firstLine: first, lineCount: last - first + 1))
        }
        return out
    }

    /// A line break ends a bodiless declaration when the next line does not continue it.
    private static func endsDeclaration(_ chars: [Character], _ k: Int) -> Bool {
        var j = k + 1
        while j < chars.count, chars[j] == " " { j += 1 }
        guard j < chars.count else { return true }
        let rest = String(chars[j..<min(chars.count, j + 6)])
        return !(chars[j] == "{" || chars[j] == "-" || rest.hasPrefix("where") || rest.hasPrefix("throws")
                 || rest.hasPrefix("async") || rest.hasPrefix("rethro") || chars[j] == ")" || chars[j] == ",")
    }
}

import Extraction
import Foundation
import Pipeline
import TestSupport
import Writer
import XCTest

/// Seeded damage to the numbers of real PDFs: MediaBox entries and the operands of the text
/// operators (Tm, Td, TD, Tf) replaced by huge, tiny or malformed numbers, and bytes of content
/// streams flipped. Each mutant goes through the in-process `Converter`: it must give a document
/// that validates or a typed `ExtractionError`. A trap would end the test process, so the test
/// finishing proves there was none.
final class NumberFuzzTests: XCTestCase {
    /// Replacement numbers: beyond Int and Float range, tiny, negative zero, and tokens PDF
    /// does not allow (Poppler reads them as errors).
    static let values = ["99999999999999999999999999999999999999999", "-9999999999999999999999999999",
                         "340282366920938463463374607431768211456", "0.00000000000000001", "0", "-0",
                         "1e308", "nan", "-340282366920938463463374607431768211456.5"]

    /// Expanded (QDF) copy of page 1 of `pdf`: content streams uncompressed, so their numbers can be edited.
    static func expanded(_ pdf: URL, into folder: URL) throws -> String {
        let out = folder.appendingPathComponent(pdf.deletingPathExtension().lastPathComponent + "-qdf.pdf")
        try run("/usr/bin/qpdf", ["--qdf", "--object-streams=disable", pdf.path, "--pages", ".", "1", "--", out.path])
        return String(data: try Data(contentsOf: out), encoding: .isoLatin1)!
    }

    /// Runs `tool` and returns its exit status (its output goes to files named in `arguments`).
    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    /// The ranges of number lists that can be mutated: MediaBox arrays and text-operator operands.
    static func sites(in text: String) -> [NSRange] {
        let patterns = [#"/MediaBox\s*\[([^\]]*)\]"#, #"((?:-?[0-9.]+\s+){1,6})(?:Tm|Td|TD|Tf)\b"#]
        return patterns.flatMap { pattern in
            try! NSRegularExpression(pattern: pattern).matches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
                .map { $0.range(at: 1) }
        }
    }

    /// Mutant `index` of `source`: 1 to 4 numbers replaced, and on every third mutant also 1 to 8
    /// bytes of a text operator's neighbourhood flipped. The same arguments give the same text.
    static func mutant(_ source: String, sites: [NSRange], index: Int, seed: UInt64) -> Data {
        var random = PDFMutator.Random(state: seed ^ (UInt64(index) &* 0x2545f4914f6cdd1d))
        let text = NSMutableString(string: source)
        // MediaBox sites come first in `sites`: every fourth mutant targets one of them.
        let mediaBoxes = sites.filter { source.utf16.count > $0.location && (source as NSString).substring(with: NSRange(location: max(0, $0.location - 12), length: min(12, $0.location))).contains("MediaBox") }
        var edits: [(NSRange, String)] = []
        for _ in 0..<(1 + random.below(4)) {
            let pool = index % 4 == 0 && !mediaBoxes.isEmpty ? mediaBoxes : sites
            let site = pool[random.below(pool.count)]
            let operands = (source as NSString).substring(with: site)
            // One number token of the site, located by its offset.
            let tokens = try! NSRegularExpression(pattern: #"-?[0-9.]+"#).matches(in: operands, range: NSRange(location: 0, length: (operands as NSString).length))
            guard !tokens.isEmpty else { continue }
            let token = tokens[random.below(tokens.count)].range
            edits.append((NSRange(location: site.location + token.location, length: token.length), values[random.below(values.count)]))
        }
        // Apply from the end so earlier offsets stay valid; overlapping edits are skipped.
        var lastStart = Int.max
        for (range, value) in edits.sorted(by: { $0.0.location > $1.0.location }) where range.location + range.length <= lastStart {
            text.replaceCharacters(in: range, with: value)
            lastStart = range.location
        }
        var bytes = [UInt8]((text as String).data(using: .isoLatin1)!)
        if index % 3 == 0, !sites.isEmpty {
            let site = sites[random.below(sites.count)]
            for _ in 0..<(1 + random.below(8)) {
                let at = min(bytes.count - 1, site.location + random.below(max(1, site.length + 8)))
                bytes[at] ^= UInt8(1 + random.below(255))
            }
        }
        return Data(bytes)
    }

    func testMutatedNumbersConvertOrFailWithATypedError() throws {
        let seed: UInt64 = 20261202, perSource = 70
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docstruct-numfuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = ["A_RES_73_8-EN.pdf", "A_RES_73_6-EN.pdf", "A_RES_73_3-EN.pdf"]
        let converter = Converter(), writer = try DocumentWriter()
        var converted = 0, failures: [String: Int] = [:], invalid: [String] = []
        for name in names {
            let source = try Self.expanded(try TestPaths.shared("corpus/un/gate/\(name)"), into: folder)
            let sites = Self.sites(in: source)
            XCTAssertGreaterThan(sites.count, 20, name)
            XCTAssertEqual(Self.mutant(source, sites: sites, index: 5, seed: seed), Self.mutant(source, sites: sites, index: 5, seed: seed))
            for i in 0..<perSource {
                let raw = Self.mutant(source, sites: sites, index: i, seed: seed)
                // Written as edited: stream lengths and cross-reference offsets are now wrong, and
                // Poppler recovers them (a MediaBox edited this way trapped the old layout code).
                let url = folder.appendingPathComponent("\(name)-\(i).pdf")
                try raw.write(to: url)
                do {
                    let document = try converter.convert(url)
                    try writer.write(document, to: url.appendingPathExtension("json"))
                    converted += 1
                } catch let error as ExtractionError {
                    failures[error.code, default: 0] += 1
                } catch {
                    invalid.append("\(url.lastPathComponent): \(error)")
                }
            }
        }
        print("number mutants: converted \(converted), failed \(failures.sorted { $0.key < $1.key })")
        XCTAssertEqual(invalid, [], "every mutant converts to a valid document or fails with an ExtractionError")
        XCTAssertEqual(converted + failures.values.reduce(0, +), names.count * perSource)
        // Most mutants still have a text layer: the numbers were really read, not rejected whole.
        XCTAssertGreaterThan(converted, names.count * perSource / 2)
    }
}

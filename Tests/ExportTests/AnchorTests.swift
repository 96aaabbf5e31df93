import Foundation
import JSONSchema
import TestSupport
import XCTest

/// Element ids and footnote marker offsets of real documents.
final class AnchorTests: XCTestCase {
    static let documents = ["corpus/un/un-ga/A_RES_78_199.pdf", "corpus/un/sc/S_2025_257-EN.pdf",
                            "corpus/un/un-ga/A_C.1_80_L.28.pdf"]

    /// Every id of a document: blocks, items (depth first) and footnotes.
    static func ids(_ json: JSONValue) -> [String] {
        func walk(_ blocks: [JSONValue]) -> [String] {
            blocks.flatMap { [$0["id"]?.stringValue ?? ""] + walk($0["items"]?.arrayValue ?? []) }
        }
        return walk(json["blocks"]?.arrayValue ?? []) + (json["footnotes"]?.arrayValue ?? []).map { $0["id"]?.stringValue ?? "" }
    }

    func testIdsAreUniqueAndTheSameOnTwoRuns() throws {
        for pdf in Self.documents {
            let first = Self.ids(try Converted.json(pdf)), second = Self.ids(try Converted.json(pdf))
            XCTAssertFalse(first.isEmpty, pdf)
            XCTAssertEqual(Set(first).count, first.count, "\(pdf): duplicate ids")
            XCTAssertFalse(first.contains(""), pdf)
            XCTAssertEqual(first, second, pdf)
        }
        let ids = Self.ids(try Converted.json("corpus/un/un-ga/A_RES_78_199.pdf"))
        XCTAssertEqual(Array(ids.prefix(3)), ["formula_1", "preamble__p_1", "preamble__p_2"])
        XCTAssertTrue(ids.contains("para_17"))
        XCTAssertEqual(ids.last, "fn_7")
    }

    /// Re-inserting each marker at its offset gives the printed text: the words around it, with
    /// the marker, stand in `pdftotext`'s text of the PDF (spaces removed from both, since
    /// pdftotext sets a space before a superscript).
    func testMarkersGoBackWhereTheyWerePrinted() throws {
        var checked = 0
        for pdf in ["corpus/un/un-ga/A_RES_78_199.pdf", "corpus/un/sc/S_2025_257-EN.pdf", "corpus/bulk/A_RES_80_189.pdf"] {
            let url = try TestPaths.shared(pdf)
            let raw = try Converted.run("pdftotext", [url.path, "-"]).output.filter { !$0.isWhitespace }
            func walk(_ blocks: [JSONValue]) {
                for block in blocks {
                    let scalars = Array((block["text"]?.stringValue ?? "").unicodeScalars)
                    let refs = block["footnoteRefs"]?.arrayValue ?? []
                    let markers = block["footnoteMarkers"]?.arrayValue ?? []
                    XCTAssertEqual(Set(markers.compactMap { $0["marker"]?.stringValue }), Set(refs.compactMap(\.stringValue)), pdf)
                    for m in markers {
                        let offset = m["offset"]?.intValue ?? -1, marker = m["marker"]?.stringValue ?? ""
                        XCTAssertTrue(offset >= 0 && offset <= scalars.count)
                        var s = String.UnicodeScalarView()
                        s.append(contentsOf: scalars[max(0, offset - 12)..<offset])
                        var after = String.UnicodeScalarView()
                        after.append(contentsOf: scalars[offset..<min(scalars.count, offset + 6)])
                        let printed = (String(s) + marker + String(after)).filter { !$0.isWhitespace }
                        XCTAssertTrue(raw.contains(printed), "\(pdf): \"\(printed)\" not in the PDF's text")
                        checked += 1
                    }
                    walk(block["items"]?.arrayValue ?? [])
                }
            }
            walk(try Converted.json(pdf)["blocks"]?.arrayValue ?? [])
        }
        XCTAssertGreaterThanOrEqual(checked, 8)
    }
}

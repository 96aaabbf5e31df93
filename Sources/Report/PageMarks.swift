import Foundation
import Extraction
import JSONSchema

/// One thing drawn on a page of the page view: a block, item, table, footnote, furniture line,
/// lead-in or finding, with its label and the JSON shown when it is clicked.
public struct PageMark: Sendable {
    /// CSS class and legend entry: `paragraph`, `heading`, `table`, `item`, `footnote`,
    /// `furniture`, `leadin`, `finding` (any other block kind keeps its own name).
    public var kind: String
    /// 1-based page.
    public var page: Int
    /// Where, in PDF points (origin top-left); nil when it could not be placed (listed beside
    /// the page only).
    public var rect: Rect?
    /// Shown on the box: kind, role and number ("paragraph · operative · 3.").
    public var label: String
    /// The text listed beside the page in reading order ("" for marks drawn only).
    public var text: String
    /// The JSON of the thing (a block, a footnote …), shown when the box is clicked.
    public var json: JSONValue
    /// JSON pointer into the output (`/blocks/3/items/0`), when there is one.
    public var pointer: String?
    /// Index of the mark a line is drawn to (a footnote marker's note on the same page).
    public var linkTo: Int?
    /// Severity class of a finding (`error`, `warning`, `info`, `regression`).
    public var severity: String?
}

/// Builds the marks of a document from its JSON output, using a `PageLocator` (when the PDF
/// is at hand) for the footnotes, furniture and lead-ins that the JSON gives no box for.
public enum PageMarks {
    /// Every mark of `document`, then one per region of each finding (numbered from 1).
    public static func marks(document: JSONValue, locator: PageLocator?, findings: [Finding] = []) -> [PageMark] {
        var marks: [PageMark] = []
        var refs: [(mark: Int, markers: [String])] = []
        for (i, block) in (document["blocks"]?.arrayValue ?? []).enumerated() {
            addBlock(block, pointer: "/blocks/\(i)", depth: 0, locator: locator, marks: &marks, refs: &refs)
        }
        let notes = document["footnotes"]?.arrayValue ?? []
        let noteKeys = notes.map { (marker: $0["marker"]?.stringValue ?? "", page: $0["page"]?.intValue ?? 0) }
        let noteBoxes = locator?.footnoteBoxes(noteKeys) ?? [:]
        var noteMark: [Int: Int] = [:]
        for (i, note) in notes.enumerated() {
            noteMark[i] = marks.count
            marks.append(PageMark(kind: "footnote", page: noteKeys[i].page, rect: noteBoxes[i], label: "footnote \(noteKeys[i].marker)",
                                  text: note["text"]?.stringValue ?? "", json: note, pointer: "/footnotes/\(i)"))
        }
        link(refs: refs, notes: noteKeys, noteMark: noteMark, marks: &marks)
        let furniture = document["furniture"]?.arrayValue ?? []
        let furnitureKeys = furniture.map { (text: $0["text"]?.stringValue ?? "", page: $0["page"]?.intValue ?? 0) }
        let furnitureBoxes = locator?.furnitureBoxes(furnitureKeys) ?? [:]
        for (i, item) in furniture.enumerated() {
            marks.append(PageMark(kind: "furniture", page: furnitureKeys[i].page, rect: furnitureBoxes[i],
                                  label: "furniture · \(item["kind"]?.stringValue ?? "?")", text: furnitureKeys[i].text,
                                  json: item, pointer: "/furniture/\(i)"))
        }
        for (n, f) in findings.enumerated() {
            let json: JSONValue = ["code": .string(f.code), "severity": .string(f.severity.rawValue),
                                   "regression": .bool(f.regression), "message": .string(f.message),
                                   "pointer": f.pointer.map(JSONValue.string) ?? .null]
            let severity = f.regression ? "regression" : f.severity.rawValue
            let places = f.regions.map { ($0.page, Optional(Rect(x0: $0.x0, y0: $0.y0, x1: $0.x1, y1: $0.y1))) }
                + f.pages.filter { p in !f.regions.contains { $0.page == p } }.map { ($0, Rect?.none) }
            for (page, rect) in places {
                marks.append(PageMark(kind: "finding", page: page, rect: rect, label: "finding \(n + 1)",
                                      text: "\(f.code): \(f.message)", json: json, pointer: f.pointer, severity: severity))
            }
        }
        return marks
    }

    /// A block's boxes (the first carries its text), its lead-in and its items, depth first.
    private static func addBlock(_ block: JSONValue, pointer: String, depth: Int, locator: PageLocator?,
                                 marks: inout [PageMark], refs: inout [(mark: Int, markers: [String])]) {
        let kind = depth > 0 ? "item" : (block["kind"]?.stringValue ?? "block")
        let label = [depth > 0 ? "item" : block["kind"]?.stringValue, block["role"]?.stringValue, block["number"]?.stringValue]
            .compactMap { $0 }.joined(separator: " · ")
        let boxes = (block["boxes"]?.arrayValue ?? []).compactMap { b -> (Int, Rect)? in
            guard let p = b["page"]?.intValue, let x0 = b["x0"]?.doubleValue, let y0 = b["y0"]?.doubleValue,
                  let x1 = b["x1"]?.doubleValue, let y1 = b["y1"]?.doubleValue else { return nil }
            return (p, Rect(x0: x0, y0: y0, x1: x1, y1: y1))
        }
        // The JSON shown on click leaves the items out (each item is a mark of its own).
        var shown = block
        if case .object(var o) = block, !(block["items"]?.arrayValue ?? []).isEmpty {
            o["items"] = .string("\((block["items"]?.arrayValue ?? []).count) item(s), drawn on their own")
            shown = .object(o)
        }
        let first = marks.count
        let text = block["text"]?.stringValue ?? ""
        if boxes.isEmpty {
            let page = block["pages"]?[0]?.intValue ?? 1
            marks.append(PageMark(kind: kind, page: page, rect: nil, label: label, text: text, json: shown, pointer: pointer))
        }
        for (k, (page, rect)) in boxes.enumerated() {
            marks.append(PageMark(kind: kind, page: page, rect: rect, label: k == 0 ? label : label + " (cont.)",
                                  text: k == 0 ? text : "", json: shown, pointer: pointer))
        }
        let markers = (block["footnoteRefs"]?.arrayValue ?? []).compactMap(\.stringValue)
        if !markers.isEmpty { refs.append((first, markers)) }
        if let leadIn = block["leadIn"]?.stringValue, let (page, rect) = boxes.first, let locator {
            for r in locator.leadInRects(leadIn, page: page, box: rect) {
                marks.append(PageMark(kind: "leadin", page: page, rect: r, label: "", text: "", json: shown, pointer: pointer))
            }
        }
        for (i, item) in (block["items"]?.arrayValue ?? []).enumerated() {
            addBlock(item, pointer: pointer + "/items/\(i)", depth: depth + 1, locator: locator, marks: &marks, refs: &refs)
        }
    }

    /// Links each footnote marker to its note: the first note with that marker on the block's
    /// page or after it. The JSON keeps no marker position, so the line starts at the box of
    /// the block that holds the marker, on the note's page.
    private static func link(refs: [(mark: Int, markers: [String])], notes: [(marker: String, page: Int)],
                             noteMark: [Int: Int], marks: inout [PageMark]) {
        for (blockMark, markers) in refs {
            let pointer = marks[blockMark].pointer
            for marker in markers {
                let page = marks[blockMark].page
                guard let note = notes.indices.first(where: { notes[$0].marker == marker && notes[$0].page >= page })
                        ?? notes.indices.first(where: { notes[$0].marker == marker }),
                      let target = noteMark[note] else { continue }
                // The block's box on the note's page, when the block reaches it.
                if let onPage = marks.indices.first(where: { marks[$0].pointer == pointer && marks[$0].page == notes[note].page
                                                           && marks[$0].rect != nil && marks[$0].kind != "leadin" }) {
                    if marks[onPage].linkTo == nil { marks[onPage].linkTo = target } else {
                        var extra = marks[onPage]
                        extra.kind = "ref"; extra.label = ""; extra.text = ""; extra.linkTo = target
                        marks.append(extra)
                    }
                }
            }
        }
    }
}

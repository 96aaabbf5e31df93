import JSONSchema

extension AKNWriter {
    /// The work date: adoption, else issue, else the PDF's creation date; "1900-01-01" when none
    /// is known (FRBRdate requires one).
    var workDate: String {
        doc.meta("adoptionDate") ?? doc.meta("issuedDate")
            ?? doc.json["source"]?["creationDate"]?.stringValue.map { String($0.prefix(10)) }.flatMap { $0.count == 10 ? $0 : nil }
            ?? "1900-01-01"
    }

    mutating func writeMeta(element: String, name: String) {
        let e = AkomaNtosoExporter.escape
        let number = doc.meta("symbol").map(AkomaNtosoExporter.slug)
            ?? AkomaNtosoExporter.slug(String(doc.fileName.split(separator: ".").dropLast().joined(separator: ".")))
        let work = "/akn/un/\(element)/\(e(name))/\(workDate)/\(e(number))"
        let lang = AkomaNtosoExporter.iso6392(doc.meta("language"))
        let expression = "\(work)/\(lang)@"
        let organ = doc.meta("organ") ?? "United Nations"
        out += """
        <meta>
        <identification source="#docstruct">
        <FRBRWork><FRBRthis value="\(work)/!main"/><FRBRuri value="\(work)"/><FRBRdate date="\(workDate)" name="\(doc.meta("adoptionDate") != nil ? "adoption" : "issue")"/><FRBRauthor href="#author"/><FRBRcountry value="un"/>\(doc.meta("symbol").map { "<FRBRnumber value=\"\(e($0))\"/>" } ?? "")</FRBRWork>
        <FRBRExpression><FRBRthis value="\(expression)/!main"/><FRBRuri value="\(expression)"/><FRBRdate date="\(workDate)" name="\(doc.meta("adoptionDate") != nil ? "adoption" : "issue")"/><FRBRauthor href="#author"/><FRBRlanguage language="\(lang)"/></FRBRExpression>
        <FRBRManifestation><FRBRthis value="\(expression)/!main.xml"/><FRBRuri value="\(expression).akn"/><FRBRdate date="\(workDate)" name="transformation"/><FRBRauthor href="#docstruct"/></FRBRManifestation>
        </identification>
        <references source="#docstruct">
        <TLCOrganization eId="author" href="/ontology/organization/un/\(e(AkomaNtosoExporter.slug(organ.replacingOccurrences(of: " ", with: "-"))))" showAs="\(e(organ))"/>
        \(amendedReferences)<TLCOrganization eId="docstruct" href="/ontology/organization/docstruct" showAs="docstruct"/>
        </references>
        </meta>

        """
    }

    /// `activeRef` to each document the output amends (`metadata.amends`), one per line.
    var amendedReferences: String {
        let e = AkomaNtosoExporter.escape
        let amends = doc.json["metadata"]?["amends"]?.arrayValue?.compactMap(\.stringValue) ?? []
        return amends.enumerated().map { i, symbol in
            "<activeRef eId=\"amends_\(i + 1)\" href=\"/akn/un/\(e(symbol.filter { !$0.isWhitespace }))\" showAs=\"\(e(symbol))\"/>\n"
        }.joined()
    }

    mutating func writePreface() {
        let e = AkomaNtosoExporter.escape
        out += "<preface>\n"
        if let symbol = doc.meta("symbol") { out += "<p><docNumber>\(e(symbol))</docNumber></p>\n" }
        if let title = doc.meta("title") { out += "<p><docTitle>\(e(title))</docTitle></p>\n" }
        if let date = doc.meta("adoptionDate") ?? doc.meta("issuedDate") { out += "<p><docDate date=\"\(date)\">\(date)</docDate></p>\n" }
        let sponsors = doc.json["metadata"]?["sponsors"]?.arrayValue?.compactMap(\.stringValue) ?? []
        if !sponsors.isEmpty {
            out += "<p>" + sponsors.map { "<docProponent>\(e($0))</docProponent>" }.joined(separator: ", ") + "</p>\n"
        }
        let unplaced = doc.footnotes.filter { !placedNotes.contains($0["marker"]?.str ?? "") }
        if !unplaced.isEmpty {
            out += "<p>" + unplaced.map { note($0, eId: $0["id"]?.stringValue) }.joined() + "</p>\n"
        }
        if doc.meta("symbol") == nil && doc.meta("title") == nil && unplaced.isEmpty {
            out += "<p><docNumber>\(e(doc.fileName))</docNumber></p>\n"
        }
        out += "</preface>\n"
    }

    mutating func writePreamble(_ blocks: [JSONValue]) {
        out += "<preamble>\n"
        var inRecitals = false
        for block in blocks {
            let isFormula = block["role"]?.stringValue == "formula"
            if isFormula && inRecitals { out += "</recitals>\n"; inRecitals = false }
            if !isFormula && !inRecitals { out += "<recitals>\n"; inRecitals = true }
            let id = AkomaNtosoExporter.escape(block["id"]?.str ?? "")
            if isFormula {
                out += "<formula name=\"enactingFormula\" eId=\"\(id)\"><p>\(inline(block))</p></formula>\n"
            } else {
                out += "<recital eId=\"\(id)\">\(num(block))<p>\(inline(block))</p></recital>\n"
            }
        }
        if inRecitals { out += "</recitals>\n" }
        out += "</preamble>\n"
    }

    /// One block of `mainBody` or `body`. With `hierarchicalOnly` (a bill's `body`), a table is
    /// wrapped in `hcontainer name="table"`, since `body` takes hierarchical elements only.
    mutating func writeBlock(_ block: JSONValue, hierarchicalOnly: Bool = false) {
        let id = AkomaNtosoExporter.escape(block["id"]?.str ?? "")
        switch block["kind"]?.str {
        case "table" where hierarchicalOnly && !(block["rows"]?.arrayValue ?? []).isEmpty:
            out += "<hcontainer name=\"table\" eId=\"\(id)__container\"><content>"
            writeTable(block, id: id)
            out += "</content></hcontainer>\n"
        case "heading":
            let name = block["role"]?.stringValue ?? "section"
            out += "<hcontainer name=\"\(name)\" eId=\"\(id)\">\(num(block))<heading>\(inline(block))</heading>"
                + "<content><p/></content></hcontainer>\n"
        case "table" where !(block["rows"]?.arrayValue ?? []).isEmpty:
            writeTable(block, id: id)
            out += "\n"
        default:
            out += "<paragraph eId=\"\(id)\">\(num(block))"
            if block.items.isEmpty {
                out += "<content><p>\(inline(block))</p></content>"
            } else {
                writeList(block, id: id)
            }
            out += "</paragraph>\n"
        }
    }

    mutating func writeTable(_ block: JSONValue, id: String) {
        out += "<table eId=\"\(id)\">"
        for row in block["rows"]?.arrayValue ?? [] {
            out += "<tr>" + (row.arrayValue ?? []).map { "<td><p>\(AkomaNtosoExporter.escape($0.str))</p></td>" }.joined() + "</tr>"
        }
        out += "</table>"
    }

    /// One block of an amendment's `amendmentContent`: a `blockContainer` (class: the block's
    /// role or kind) with its number, its text and its items as a `blockList`; a table as a table.
    mutating func writeBlockContainer(_ block: JSONValue) {
        let id = AkomaNtosoExporter.escape(block["id"]?.str ?? "")
        if block["kind"]?.str == "table" && !(block["rows"]?.arrayValue ?? []).isEmpty {
            writeTable(block, id: id); out += "\n"; return
        }
        let cls = AkomaNtosoExporter.escape(block["role"]?.stringValue ?? block["kind"]?.str ?? "paragraph")
        out += "<blockContainer eId=\"\(id)\" class=\"\(cls)\">\(num(block))<p>\(inline(block))</p>"
        if !block.items.isEmpty { writeBlockList(block, id: id) }
        out += "</blockContainer>\n"
    }

    /// Items as a `blockList` (amendments), nested items as nested lists.
    mutating func writeBlockList(_ block: JSONValue, id: String) {
        out += "<blockList eId=\"\(id)__list_1\">"
        for item in block.items {
            let itemID = AkomaNtosoExporter.escape(item["id"]?.str ?? "")
            out += "<item eId=\"\(itemID)\">\(num(item))<p>\(inline(item))</p>"
            if !item.items.isEmpty { writeBlockList(item, id: itemID) }
            out += "</item>"
        }
        out += "</blockList>"
    }

    /// A block's items as a `list` whose `intro` is the block's own text.
    mutating func writeList(_ block: JSONValue, id: String) {
        out += "<list eId=\"\(id)__list_1\">"
        let text = inline(block)
        if !text.isEmpty { out += "<intro><p>\(text)</p></intro>" }
        for item in block.items {
            let itemID = AkomaNtosoExporter.escape(item["id"]?.str ?? "")
            out += "<point eId=\"\(itemID)\">\(num(item))"
            if item.items.isEmpty { out += "<content><p>\(inline(item))</p></content>" } else { writeList(item, id: itemID) }
            out += "</point>"
        }
        out += "</list>"
    }

    func num(_ block: JSONValue) -> String {
        block["number"]?.stringValue.map { "<num>\(AkomaNtosoExporter.escape($0))</num>" } ?? ""
    }

    /// The block's text with citations as `ref` and footnotes as `authorialNote` at their offsets.
    mutating func inline(_ block: JSONValue) -> String {
        let text = ScalarText(block["text"]?.str ?? "")
        var events: [(offset: Int, end: Int, xml: (String) -> String)] = []
        for c in block["citations"]?.arrayValue ?? [] {
            guard let offset = c["offset"]?.intValue, let symbol = c["symbol"]?.stringValue else { continue }
            let end = offset + (c["text"]?.str.unicodeScalars.count ?? 0)
            let href = "/akn/un/" + symbol.filter { !$0.isWhitespace }
            events.append((offset, end, { "<ref href=\"\(AkomaNtosoExporter.escape(href))\">\($0)</ref>" }))
        }
        var result = "", at = 0
        var markers = block.markers[...]
        events.sort { $0.offset < $1.offset }
        func flushMarkers(upTo limit: Int, into result: inout String, writer: inout AKNWriter) {
            while let m = markers.first, m.offset <= limit {
                result += AkomaNtosoExporter.escape(text.slice(at, m.offset))
                at = max(at, m.offset)
                result += writer.placedNote(m.marker)
                markers = markers.dropFirst()
            }
        }
        for event in events where event.offset >= at {
            flushMarkers(upTo: event.offset, into: &result, writer: &self)
            result += AkomaNtosoExporter.escape(text.slice(at, event.offset))
            result += event.xml(AkomaNtosoExporter.escape(text.slice(event.offset, event.end)))
            at = event.end
        }
        flushMarkers(upTo: text.count, into: &result, writer: &self)
        return result + AkomaNtosoExporter.escape(text.slice(at, text.count))
    }

    /// The note of `marker` placed here (its eId on its first placement only).
    mutating func placedNote(_ marker: String) -> String {
        guard let footnote = notes[marker] else { return "" }
        let first = placedNotes.insert(marker).inserted
        return note(footnote, eId: first ? footnote["id"]?.stringValue : nil)
    }

    func note(_ footnote: JSONValue, eId: String?) -> String {
        let e = AkomaNtosoExporter.escape
        let id = eId.map { " eId=\"\(e($0))\"" } ?? ""
        return "<authorialNote marker=\"\(e(footnote["marker"]?.str ?? ""))\" placement=\"bottom\"\(id)><p>\(e(footnote["text"]?.str ?? ""))</p></authorialNote>"
    }
}

/// The structured document that the Structure stage builds and the Writer serialises.
///
/// The shape follows `../shared/CONTRACT.md` field for field; `Schemas/document.schema.json`
/// is its complete definition. Unknown information is `nil` (or empty), never a guess.
public struct Document: Sendable, Equatable {
    /// Semantic version of `Schemas/document.schema.json` this document conforms to.
    public static let schemaVersion = "1.3.0"

    /// The program that wrote the document (name, release version, pipeline version).
    public var producer: Producer

    public var source: SourceInfo
    public var metadata: Metadata
    /// The body in reading order; running headers, footers and footnote areas removed.
    public var blocks: [Block]
    /// Every footnote, in marker order.
    public var footnotes: [Footnote]
    /// What was taken out of the body (running headers, page numbers, job numbers…).
    public var furniture: [Furniture]
    /// What the heuristics doubted.
    public var diagnostics: [Diagnostic]

    public init(source: SourceInfo, metadata: Metadata = Metadata(), blocks: [Block] = [],
                footnotes: [Footnote] = [], furniture: [Furniture] = [], diagnostics: [Diagnostic] = [],
                producer: Producer = Producer()) {
        self.producer = producer
        self.source = source
        self.metadata = metadata
        self.blocks = blocks
        self.footnotes = footnotes
        self.furniture = furniture
        self.diagnostics = diagnostics
    }
}

/// The program that produced a document, written as the output's top-level `producer`.
public struct Producer: Sendable, Equatable {
    /// `"docstruct"`.
    public var name: String
    /// The package's release version, e.g. `"0.1.0"`.
    public var version: String
    /// The pipeline version that converted the document (see `Pipeline.PipelineVersion`); it
    /// changes with every build of different code.
    public var pipelineVersion: String

    /// Defaults stand for a document not made by the pipeline (tests, tools): `"unknown"` versions.
    public init(name: String = "docstruct", version: String = "unknown", pipelineVersion: String = "unknown") {
        self.name = name
        self.version = version
        self.pipelineVersion = pipelineVersion
    }
}

/// Facts about the PDF file itself.
public struct SourceInfo: Sendable, Equatable {
    /// File name without directories, e.g. `"A_RES_73_6-EN.pdf"`.
    public var fileName: String
    /// Lower-case hex SHA-256 of the PDF bytes.
    public var sha256: String
    public var byteCount: Int
    public var pageCount: Int
    /// PDF Info `Producer`, or nil.
    public var producer: String?
    /// PDF Info `Creator`, or nil.
    public var creator: String?
    /// PDF Info creation date as ISO 8601 (`2018-10-31T10:12:00Z`), or nil.
    public var creationDate: String?
    /// PDF Info modification date as ISO 8601, or nil.
    public var modificationDate: String?
    /// True when the PDF has a structure tree (is tagged).
    public var tagged: Bool

    public init(fileName: String, sha256: String, byteCount: Int, pageCount: Int, producer: String? = nil,
                creator: String? = nil, creationDate: String? = nil, modificationDate: String? = nil, tagged: Bool = false) {
        self.fileName = fileName
        self.sha256 = sha256
        self.byteCount = byteCount
        self.pageCount = pageCount
        self.producer = producer
        self.creator = creator
        self.creationDate = creationDate
        self.modificationDate = modificationDate
        self.tagged = tagged
    }
}

/// The kind of document, as named by its header block.
public enum DocumentType: String, Sendable, Equatable, CaseIterable {
    case resolution, draftResolution, draftDecision, amendment, decision, report, letter, note, agenda, other
}

/// The header block and closing lines of a UN document (other official documents fill what applies).
///
/// Field meanings and examples are those of `../shared/CONTRACT.md` (example: A/RES/73/6).
public struct Metadata: Sendable, Equatable {
    /// Document symbol as printed, e.g. `"A/RES/73/6"`, `"S/RES/2803 (2025)"`.
    public var symbol: String?
    /// `"General Assembly"`, `"Security Council"`, `"Human Rights Council"`…
    public var organ: String?
    /// `"General"`, `"Limited"`, `"Restricted"` (from "Distr.: …").
    public var distribution: String?
    /// ISO 8601 date printed under the distribution line.
    public var issuedDate: String?
    /// `"Seventy-third session"`, as printed.
    public var session: String?
    public var sessionNumber: Int?
    /// As printed after "Agenda item(s)", e.g. `["71 (b)"]`, `["14", "117"]`.
    public var agendaItems: [String]
    public var agendaItemTitle: String?
    public var documentType: DocumentType?
    /// `"73/6"`, `"14/105"`, `"2803 (2025)"`.
    public var resolutionNumber: String?
    public var title: String?
    /// ISO 8601 date from "Resolution adopted by the General Assembly on …".
    public var adoptionDate: String?
    /// The bracketed line under the adoption line, brackets removed.
    public var adoptionReference: String?
    /// `"26th plenary meeting"`.
    public var meeting: String?
    /// `"Adopted without a vote."` — a bracketed voting line, brackets removed.
    public var adoptionVote: String?
    /// `"Third Committee"` for committee drafts and reports.
    public var committee: String?
    /// For drafts: the States or persons before ": draft resolution", one per entry.
    public var sponsors: [String]
    /// BCP 47 language tag, e.g. `"en"`.
    public var language: String?
    /// Job number from the first page's footer without "(E)", e.g. `"18-17962"`.
    public var jobNumber: String?
    /// For a text presented by an officer or organ rather than by States, the words after
    /// "submitted by" / "Note by" / "Report of", as printed: `"the Secretary-General"` (S/2025/378).
    public var submittedBy: String?
    /// For amendments, the symbols of the texts amended, as printed: `["A/80/L.22"]` (A/80/L.29).
    public var amends: [String]
    /// The other symbols of a joint document, as printed: `["S/2025/655"]` beside `"A/80/488"`.
    public var otherSymbols: [String]

    public init(symbol: String? = nil, organ: String? = nil, distribution: String? = nil, issuedDate: String? = nil,
                session: String? = nil, sessionNumber: Int? = nil, agendaItems: [String] = [], agendaItemTitle: String? = nil,
                documentType: DocumentType? = nil, resolutionNumber: String? = nil, title: String? = nil,
                adoptionDate: String? = nil, adoptionReference: String? = nil, meeting: String? = nil,
                adoptionVote: String? = nil, committee: String? = nil, sponsors: [String] = [],
                language: String? = nil, jobNumber: String? = nil, submittedBy: String? = nil,
                amends: [String] = [], otherSymbols: [String] = []) {
        self.symbol = symbol
        self.organ = organ
        self.distribution = distribution
        self.issuedDate = issuedDate
        self.session = session
        self.sessionNumber = sessionNumber
        self.agendaItems = agendaItems
        self.agendaItemTitle = agendaItemTitle
        self.documentType = documentType
        self.resolutionNumber = resolutionNumber
        self.title = title
        self.adoptionDate = adoptionDate
        self.adoptionReference = adoptionReference
        self.meeting = meeting
        self.adoptionVote = adoptionVote
        self.committee = committee
        self.sponsors = sponsors
        self.language = language
        self.jobNumber = jobNumber
        self.submittedBy = submittedBy
        self.amends = amends
        self.otherSymbols = otherSymbols
    }
}

/// A rectangle in PDF points (1/72 in), origin at the top-left of the page, y growing downwards.
public struct PageBox: Sendable, Equatable {
    /// 1-based page number.
    public var page: Int
    public var x0: Double, y0: Double, x1: Double, y1: Double
    public init(page: Int, x0: Double, y0: Double, x1: Double, y1: Double) {
        self.page = page; self.x0 = x0; self.y0 = y0; self.x1 = x1; self.y1 = y1
    }
}

/// One unit of the body: a heading, a paragraph, a table or a figure.
public struct Block: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable { case heading, paragraph, table, figure }
    /// `formula`, `preamble`, `operative` for resolution paragraphs; `section`, `annex`, `appendix` for headings.
    public enum Role: String, Sendable, Equatable { case formula, preamble, operative, section, annex, appendix }

    public var kind: Kind
    public var role: Role?
    /// The label as printed: `"1."`, `"(a)"`, `"I."`; nil when unnumbered.
    public var number: String?
    /// Heading depth (1 = top) or sub-item depth.
    public var level: Int?
    /// Text without its number label, lines joined, footnote markers removed, NFC.
    public var text: String
    /// The italic run opening a preambular or operative paragraph.
    public var leadIn: String?
    /// Markers of the footnotes referenced in this block (not its items), in order.
    public var footnoteRefs: [String]
    /// Sub-items (a), (b) and their (i), (ii).
    public var items: [Block]
    /// 1-based pages the block spans.
    public var pages: [Int]
    /// One box per page the block covers, in PDF points, origin top-left.
    public var boxes: [PageBox]
    /// Table cells, row by row (tables only).
    public var rows: [[String]]?

    public init(kind: Kind, role: Role? = nil, number: String? = nil, level: Int? = nil, text: String,
                leadIn: String? = nil, footnoteRefs: [String] = [], items: [Block] = [], pages: [Int] = [],
                boxes: [PageBox] = [], rows: [[String]]? = nil) {
        self.kind = kind
        self.role = role
        self.number = number
        self.level = level
        self.text = text
        self.leadIn = leadIn
        self.footnoteRefs = footnoteRefs
        self.items = items
        self.pages = pages
        self.boxes = boxes
        self.rows = rows
    }
}

/// A footnote (or endnote) of the document.
public struct Footnote: Sendable, Equatable {
    /// `"1"`, `"*"`, `"a"` — as printed.
    public var marker: String
    public var text: String
    /// 1-based page where the note starts.
    public var page: Int
    public init(marker: String, text: String, page: Int) {
        self.marker = marker; self.text = text; self.page = page
    }
}

/// Text moved out of the body, kept so that nothing is silently dropped.
public struct Furniture: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case runningHeader, runningFooter, pageNumber, jobNumber, barcode, stamp
        /// A pleading-paper line number (one furniture entry per number).
        case lineNumber
        /// Front matter of a non-UN document: an EU Official Journal masthead.
        case masthead
        /// Front matter of a non-UN document: a court's caption (court, parties, case number, panel).
        case caption
        /// A line of a UN header block that no metadata field holds ("Original: English", a
        /// second organ column of a joint document, a reissue note): every printed header word
        /// lands in a field or here (CONTRACT.md).
        case headerLine
        /// A table's header row printed again at the top of a continuation page: not a row of
        /// the table (CONTRACT.md), kept here (A/RES/78/253, p. 8).
        case repeatedTableHeader
    }
    public var kind: Kind
    public var text: String
    /// 1-based page.
    public var page: Int
    public init(kind: Kind, text: String, page: Int) {
        self.kind = kind; self.text = text; self.page = page
    }
}

/// Something the heuristics doubted, recorded instead of a silent guess.
public struct Diagnostic: Sendable, Equatable {
    public enum Severity: String, Sendable, Equatable { case info, warning, error }
    /// Stable machine-readable code, e.g. `"footnote.markerWithoutNote"`.
    public var code: String
    public var severity: Severity
    public var message: String
    /// 1-based page, when the doubt is about one page.
    public var page: Int?
    public init(code: String, severity: Severity, message: String, page: Int? = nil) {
        self.code = code; self.severity = severity; self.message = message; self.page = page
    }
}

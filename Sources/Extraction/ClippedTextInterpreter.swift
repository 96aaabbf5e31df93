extension ClippedText {
    /// A token of a content stream: a number, another operand (name, string, array or
    /// dictionary bracket, boolean), or an operator's byte range.
    enum Token {
        case number(Double)
        case operand
        case op(Int, Int)
    }

    /// Splits decoded content bytes into tokens (ISO 32000-1, 7.2 and 8.9.7 for inline images).
    struct Lexer {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        static func isDelimiter(_ b: UInt8) -> Bool {
            switch b {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"): return true
            default: return false
            }
        }

        mutating func next() -> Token? {
            while i < bytes.count {
                let b = bytes[i]
                if ClippedText.isSpace(b) { i += 1; continue }
                switch b {
                case UInt8(ascii: "%"):
                    while i < bytes.count, bytes[i] != 10, bytes[i] != 13 { i += 1 }
                case UInt8(ascii: "("):
                    skipString(); return .operand
                case UInt8(ascii: "<"):
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "<") { i += 2; return .operand }
                    while i < bytes.count, bytes[i] != UInt8(ascii: ">") { i += 1 }
                    i += 1
                    return .operand
                case UInt8(ascii: ">"):
                    i += bytes.count > i + 1 && bytes[i + 1] == UInt8(ascii: ">") ? 2 : 1
                    return .operand
                case UInt8(ascii: "["):
                    skipArray()
                    return .operand
                case UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ")"):
                    i += 1
                    return .operand
                case UInt8(ascii: "/"):
                    i += 1
                    while i < bytes.count, !ClippedText.isSpace(bytes[i]), !Self.isDelimiter(bytes[i]) { i += 1 }
                    return .operand
                default:
                    let start = i
                    while i < bytes.count, !ClippedText.isSpace(bytes[i]), !Self.isDelimiter(bytes[i]) { i += 1 }
                    if let value = Self.number(bytes, start, i) { return .number(value) }
                    if i - start == 2, bytes[start] == UInt8(ascii: "I"), bytes[start + 1] == UInt8(ascii: "D") { skipImageData() }
                    return .op(start, i)
                }
            }
            return nil
        }

        /// An array (a TJ's strings and kerning), its strings and nested arrays included: no
        /// operator reads the numbers inside one.
        mutating func skipArray() {
            var depth = 0
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "("): skipString(); continue
                case UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "]"): depth -= 1; if depth == 0 { i += 1; return }
                default: break
                }
                i += 1
            }
        }

        /// A literal string, its nested brackets and escapes included.
        mutating func skipString() {
            var depth = 0
            while i < bytes.count {
                let b = bytes[i]
                i += 1
                if b == UInt8(ascii: "\\") { i += 1; continue }
                if b == UInt8(ascii: "(") { depth += 1 }
                if b == UInt8(ascii: ")") { depth -= 1; if depth == 0 { return } }
            }
        }

        /// An inline image's data, up to and including its `EI` (set apart by white space).
        mutating func skipImageData() {
            i += 1
            while i + 2 < bytes.count {
                if ClippedText.isSpace(bytes[i]), bytes[i + 1] == UInt8(ascii: "E"), bytes[i + 2] == UInt8(ascii: "I"),
                   i + 3 >= bytes.count || ClippedText.isSpace(bytes[i + 3]) {
                    i += 3
                    return
                }
                i += 1
            }
            i = bytes.count
        }

        /// The number bytes[start..<end] spell ("12", "-3.5", ".5", "4."), or nil.
        static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
            var k = start
            var negative = false
            if bytes[k] == UInt8(ascii: "-") || bytes[k] == UInt8(ascii: "+") { negative = bytes[k] == UInt8(ascii: "-"); k += 1 }
            guard k < end else { return nil }
            var value = 0.0, scale = 0.0, digits = 0
            while k < end {
                let b = bytes[k]
                if b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") {
                    digits += 1
                    if scale == 0 { value = value * 10 + Double(b - 48) } else { value += Double(b - 48) * scale; scale /= 10 }
                } else if b == UInt8(ascii: "."), scale == 0 {
                    scale = 0.1
                } else {
                    return nil
                }
                k += 1
            }
            guard digits > 0 else { return nil }
            return negative ? -value : value
        }
    }

    /// The graphics and text state a content stream builds, as far as clipping and text
    /// positions need it.
    struct Interpreter {
        struct State { var ctm = Matrix.identity; var clip = Box.everything }

        let margin: Double
        var state = State()
        var saved: [State] = []
        var path = Box.empty
        var clipPending = false
        var textMatrix = Matrix.identity, lineMatrix = Matrix.identity
        var leading = 0.0, fontSize = 0.0
        var operands: [Double] = []
        /// The runs in device space (PDF points, origin bottom-left).
        var runs: [TextRun] = []

        init(margin: Double) { self.margin = margin }

        mutating func push(_ v: Double) { operands.append(v) }
        mutating func pushOther() { operands.append(.nan) }

        /// Whether the last `n` operands are all numbers.
        func hasNumbers(_ n: Int) -> Bool {
            guard operands.count >= n else { return false }
            for k in (operands.count - n)..<operands.count where operands[k].isNaN { return false }
            return true
        }

        /// Operand `k` (0-based) of the last `n`.
        func arg(_ k: Int, of n: Int) -> Double { operands[operands.count - n + k] }

        /// The matrix the last six operands spell.
        func matrixOperand() -> Matrix {
            Matrix(a: arg(0, of: 6), b: arg(1, of: 6), c: arg(2, of: 6), d: arg(3, of: 6), e: arg(4, of: 6), f: arg(5, of: 6))
        }

        /// The operator whose bytes are `bytes[start..<end]`, as `Interpreter.code` packs them.
        static func code(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt32 {
            guard end - start <= 3 else { return 0 }
            var c: UInt32 = 0
            for k in start..<end { c |= UInt32(bytes[k]) << (8 * UInt32(k - start)) }
            return c
        }

        /// The operators read, packed as `code` packs their bytes (literals, so that the
        /// switch compares constants).
        enum Op {
            static let q: UInt32 = 0x71 // "q"
            static let Q: UInt32 = 0x51 // "Q"
            static let cm: UInt32 = 0x6D63 // "cm"
            static let re: UInt32 = 0x6572 // "re"
            static let m: UInt32 = 0x6D // "m"
            static let l: UInt32 = 0x6C // "l"
            static let c: UInt32 = 0x63 // "c"
            static let v: UInt32 = 0x76 // "v"
            static let y: UInt32 = 0x79 // "y"
            static let W: UInt32 = 0x57 // "W"
            static let Wstar: UInt32 = 0x2A57 // "W*"
            static let BT: UInt32 = 0x5442 // "BT"
            static let Tm: UInt32 = 0x6D54 // "Tm"
            static let Td: UInt32 = 0x6454 // "Td"
            static let TD: UInt32 = 0x4454 // "TD"
            static let TL: UInt32 = 0x4C54 // "TL"
            static let Tstar: UInt32 = 0x2A54 // "T*"
            static let Tf: UInt32 = 0x6654 // "Tf"
            static let Tj: UInt32 = 0x6A54 // "Tj"
            static let TJ: UInt32 = 0x4A54 // "TJ"
            static let quote: UInt32 = 0x27 // "'"
            static let doubleQuote: UInt32 = 0x22 // the double quotation mark
            static let n: UInt32 = 0x6E // "n"
            static let f: UInt32 = 0x66 // "f"
            static let F: UInt32 = 0x46 // "F"
            static let fstar: UInt32 = 0x2A66 // "f*"
            static let S: UInt32 = 0x53 // "S"
            static let s: UInt32 = 0x73 // "s"
            static let B: UInt32 = 0x42 // "B"
            static let Bstar: UInt32 = 0x2A42 // "B*"
            static let b: UInt32 = 0x62 // "b"
            static let bstar: UInt32 = 0x2A62 // "b*"
        }

        mutating func run(_ op: UInt32) {
            defer { operands.removeAll(keepingCapacity: true) }
            switch op {
            case Op.q: saved.append(state)
            case Op.Q: if let s = saved.popLast() { state = s }
            case Op.cm: if hasNumbers(6) { state.ctm = matrixOperand().then(state.ctm) }
            case Op.re: if hasNumbers(4) { addRectangle(arg(0, of: 4), arg(1, of: 4), arg(2, of: 4), arg(3, of: 4)) }
            case Op.m, Op.l: addPoints(2)
            case Op.c: addPoints(6)
            case Op.v, Op.y: addPoints(4)
            case Op.W, Op.Wstar: clipPending = true
            case Op.BT: textMatrix = .identity; lineMatrix = .identity
            case Op.Tm: if hasNumbers(6) { lineMatrix = matrixOperand(); textMatrix = lineMatrix }
            case Op.Td: if hasNumbers(2) { moveLine(arg(0, of: 2), arg(1, of: 2)) }
            case Op.TD: if hasNumbers(2) { leading = -arg(1, of: 2); moveLine(arg(0, of: 2), arg(1, of: 2)) }
            case Op.TL: if hasNumbers(1) { leading = arg(0, of: 1) }
            case Op.Tstar: moveLine(0, -leading)
            case Op.Tf: if hasNumbers(1) { fontSize = arg(0, of: 1) }
            case Op.Tj, Op.TJ: show()
            case Op.quote, Op.doubleQuote: moveLine(0, -leading); show()
            case Op.n, Op.f, Op.F, Op.fstar, Op.S, Op.s, Op.B, Op.Bstar, Op.b, Op.bstar: endPath()
            default: break
            }
        }

        /// Adds the last `n` operands (x, y pairs) to the path's box.
        mutating func addPoints(_ n: Int) {
            guard hasNumbers(n) else { return }
            for k in stride(from: 0, to: n, by: 2) { path.add(state.ctm.apply(arg(k, of: n), arg(k + 1, of: n))) }
        }

        mutating func addRectangle(_ x: Double, _ y: Double, _ w: Double, _ h: Double) {
            path.add(state.ctm.apply(x, y))
            path.add(state.ctm.apply(x + w, y))
            path.add(state.ctm.apply(x, y + h))
            path.add(state.ctm.apply(x + w, y + h))
        }

        mutating func endPath() {
            if clipPending { state.clip = state.clip.intersection(path) }
            clipPending = false
            path = .empty
        }

        mutating func moveLine(_ tx: Double, _ ty: Double) {
            lineMatrix = Matrix(e: tx, f: ty).then(lineMatrix)
            textMatrix = lineMatrix
        }

        /// Records a run at the text matrix's origin. It is hidden when it lies wholly above,
        /// below or right of the clip by `margin`: its baseline above the clip's top, its
        /// baseline a font size (scaled) below the clip's bottom, or its start right of it.
        /// Only upright text is judged (no rotation, no mirroring): a turned or mirrored run
        /// may reach into its clip from any side, and is never taken for hidden.
        mutating func show() {
            let device = textMatrix.then(state.ctm)
            let (x, y) = device.apply(0, 0)
            let size = abs(fontSize) * device.yScale
            let clip = state.clip
            let upright = device.a > 0 && device.d > 0 && device.b == 0 && device.c == 0
            let hidden = upright && (y > clip.y1 + margin || y + size < clip.y0 - margin || x > clip.x1 + margin)
            runs.append(TextRun(x: x, baseline: y, hidden: hidden))
        }
    }
}

/// Turns an HTML page into the paragraphs a reader sees in its article body.
///
/// A hand-written, single-pass converter over the UTF-8 bytes, modelled on the HTML5
/// tokenizer: no XML parser, no regular expressions, linear time, and no input makes it
/// crash. It is not a browser and builds no tree; what it does:
///
/// - **Tags** are read as browsers read them: `<` starts a tag only before an ASCII letter
///   (`</` + letter for an end tag), attribute values in quotes may hold `>`, and `<!--…-->`,
///   `<!doctype …>`, `<?…>` and `<![CDATA[…]]>` are understood (CDATA content is kept as
///   text, as in XHTML). A `<` that starts no tag is text, and so is one after the last `>`
///   of the page, so that "if a<b" in a broken page survives. A quote that is never closed
///   anywhere later in the page does not swallow the rest of it: the value ends at the next
///   space or `>` instead. Like a browser, an unclosed comment hides the rest of the page.
/// - **Dropped elements**, with everything inside them: `script`, `style`, `noscript`,
///   `template`, `svg`, `math`, `iframe`, `object`, `canvas`, `video`, `audio`, `head`,
///   `nav`, `footer`, `aside`, `form`, `button`, `select`, `textarea`; and any element other
///   than `html`, `body`, `main` and `article` whose `class` or `id` has a word (split at
///   anything but letters and digits) starting with `share`, `social`, `related`,
///   `newsletter`, `breadcrumb`, `byline` or `comment` (but not `commentar…`, which is
///   commentary, an article). `script`, `style`, `noscript`, `iframe`, `textarea`, `xmp`,
///   `noembed` and `noframes` are raw text: their content is skipped up to their end tag
///   without looking for tags in it. Unclosed dropped elements run to the end of their parent
///   as far as a flat reader can tell: to a matching end tag, or to the end of the page.
/// - **The title**: the first `<title>` outside dropped elements (other than `head`) becomes
///   the first paragraph when the page has no `<h1>` with text.
/// - **Paragraphs** end at the start and end of block elements (`p`, `div`, `h1`–`h6`, `li`,
///   `blockquote`, `section`, `article`, `header`, `main`, `tr`, `table`, `figure`,
///   `figcaption`, `pre`, `dd`, `dt`, … and `br`, `hr`); inline elements (`a`, `span`, `em`,
///   `strong`, `b`, `i`, `sup`, …) do not break them. Table cells in a row are joined by
///   " | ", as `MarkdownText` does.
/// - **Entities**: the named ones in `namedEntities` (the common punctuation, currency,
///   maths and Latin-1 letters) and numeric ones (`&#8217;`, `&#x2019;`, with the Windows-1252
///   reading of 128–159 that browsers use); unknown entities stay as written.
/// - **Whitespace**: runs of whitespace, including `&nbsp;` and other decoded spaces, become
///   one space inside a paragraph; `pre` is not special.
enum HTMLText {
    /// The text paragraphs of `html`, in order, each trimmed and free of newlines.
    static func paragraphs(_ html: String) -> [String] {
        var converter = HTMLConverter(Array(html.utf8))
        converter.run()
        return converter.result()
    }

    /// The text of an HTML fragment as one line: paragraphs joined by a space.
    static func inline(_ html: String) -> String {
        paragraphs(html).joined(separator: " ")
    }

    /// Elements dropped with their content.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas",
        "video", "audio", "head", "nav", "footer", "aside", "form", "button", "select", "textarea",
    ]

    /// Elements whose content is raw text, read up to their end tag without looking for tags.
    static let rawTextElements: Set<String> = [
        "script", "style", "noscript", "iframe", "textarea", "xmp", "noembed", "noframes", "title",
    ]

    /// Prefixes of `class`/`id` words that mark page furniture.
    static let furnitureClassPrefixes = ["share", "social", "related", "newsletter", "breadcrumb", "byline", "comment"]

    /// Elements never dropped for their class or id: they hold the whole article.
    static let protectedElements: Set<String> = ["html", "body", "main", "article"]

    /// Elements whose start and end end a paragraph.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
        "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "legend", "li", "listing",
        "main", "menu", "nav", "ol", "option", "p", "plaintext", "pre", "section", "summary", "table",
        "tbody", "tfoot", "thead", "title", "tr", "ul", "xmp",
    ]

    /// Elements that never have content or an end tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
        "source", "track", "wbr", "frame", "basefont", "bgsound", "image",
    ]

    /// Elements that may appear in `head`; any other start tag there ends the head, as in a browser.
    static let headElements: Set<String> = [
        "title", "meta", "link", "style", "script", "base", "noscript", "template",
    ]

    static func isFurnitureClass(_ value: [UInt8]) -> Bool {
        var word: [UInt8] = []
        func matches() -> Bool {
            guard !word.isEmpty else { return false }
            let text = String(decoding: word, as: UTF8.self)
            return furnitureClassPrefixes.contains { text.hasPrefix($0) } && !text.hasPrefix("commentar")
        }
        for byte in value {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                word.append(lower)
            } else {
                if matches() { return true }
                word.removeAll(keepingCapacity: true)
            }
        }
        return matches()
    }

    /// Named character references: the usual punctuation, currency, maths and Latin-1 letters.
    static let namedEntities: [String: String] = [
        // Markup and spaces
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "hairsp": "\u{200A}",
        "numsp": "\u{2007}", "puncsp": "\u{2008}", "NewLine": "\n", "Tab": "\t",
        "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}", "shy": "",
        // Punctuation
        "ndash": "–", "mdash": "—", "hyphen": "‐", "dash": "‐", "minus": "−", "lsquo": "‘", "rsquo": "’",
        "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»",
        "lsaquo": "‹", "rsaquo": "›", "hellip": "…", "mldr": "…", "bull": "•", "bullet": "•",
        "middot": "·", "centerdot": "·", "prime": "′", "Prime": "″", "dagger": "†", "Dagger": "‡",
        "sect": "§", "para": "¶", "iexcl": "¡", "iquest": "¿", "brvbar": "¦", "uml": "¨", "macr": "¯",
        "acute": "´", "cedil": "¸", "circ": "ˆ", "tilde": "˜", "ordf": "ª", "ordm": "º",
        "excl": "!", "num": "#", "dollar": "$", "percnt": "%", "lpar": "(", "rpar": ")", "ast": "*",
        "plus": "+", "comma": ",", "period": ".", "sol": "/", "colon": ":", "semi": ";", "equals": "=",
        "quest": "?", "commat": "@", "lsqb": "[", "lbrack": "[", "bsol": "\\", "rsqb": "]",
        "rbrack": "]", "Hat": "^", "lowbar": "_", "grave": "`", "lcub": "{", "lbrace": "{",
        "verbar": "|", "vert": "|", "rcub": "}", "rbrace": "}",
        // Symbols and currency
        "copy": "©", "reg": "®", "trade": "™", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢",
        "curren": "¤", "fnof": "ƒ", "deg": "°", "micro": "µ", "permil": "‰", "pertenk": "‱",
        "not": "¬", "loz": "◊", "spades": "♠", "clubs": "♣", "hearts": "♥", "diams": "♦",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "check": "✓", "cross": "✗",
        // Maths
        "plusmn": "±", "pm": "±", "times": "×", "divide": "÷", "div": "÷", "frac12": "½", "half": "½",
        "frac14": "¼", "frac34": "¾", "frac13": "⅓", "frac23": "⅔", "frac15": "⅕", "frac18": "⅛",
        "frac38": "⅜", "frac58": "⅝", "frac78": "⅞", "sup1": "¹", "sup2": "²", "sup3": "³",
        "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "approx": "≈", "equiv": "≡", "infin": "∞",
        "sum": "∑", "prod": "∏", "radic": "√", "part": "∂", "int": "∫", "lowast": "∗", "sim": "∼",
        // Greek
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "theta": "θ",
        "lambda": "λ", "mu": "μ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ",
        "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Pi": "Π",
        "Sigma": "Σ", "Phi": "Φ", "Omega": "Ω",
        // Latin-1 and Latin Extended-A letters
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å",
        "AElig": "Æ", "Ccedil": "Ç", "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë",
        "Igrave": "Ì", "Iacute": "Í", "Icirc": "Î", "Iuml": "Ï", "ETH": "Ð", "Ntilde": "Ñ",
        "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô", "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø",
        "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü", "Yacute": "Ý", "THORN": "Þ",
        "szlig": "ß", "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã", "auml": "ä",
        "aring": "å", "aelig": "æ", "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê",
        "euml": "ë", "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï", "eth": "ð",
        "ntilde": "ñ", "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ouml": "ö",
        "oslash": "ø", "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý",
        "thorn": "þ", "yuml": "ÿ", "Yuml": "Ÿ", "OElig": "Œ", "oelig": "œ", "Scaron": "Š",
        "scaron": "š", "Zcaron": "Ž", "zcaron": "ž", "Ccaron": "Č", "ccaron": "č", "Lstrok": "Ł",
        "lstrok": "ł", "Sacute": "Ś", "sacute": "ś", "Zacute": "Ź", "zacute": "ź",
        "Zdot": "Ż", "zdot": "ż", "Nacute": "Ń", "nacute": "ń", "Eogon": "Ę", "eogon": "ę",
        "Aogon": "Ą", "aogon": "ą", "Gbreve": "Ğ", "gbreve": "ğ", "Idot": "İ", "imath": "ı",
        "inodot": "ı", "Scedil": "Ş", "scedil": "ş",
    ]

    /// What browsers make of the numeric references 128–159: the Windows-1252 characters.
    static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}

/// The state of one conversion; see `HTMLText` for the rules.
private struct HTMLConverter {
    private let bytes: [UInt8]
    private let count: Int
    /// The last `>`, `"` and `'` of the page (-1 when there is none): a `<` after the last `>`
    /// starts no tag, and a quote after the last of its kind is not an opening quote.
    private let lastGreaterThan: Int
    private let lastDoubleQuote: Int
    private let lastSingleQuote: Int
    private var i = 0

    private var paragraphs: [String] = []
    private var current: [UInt8] = []
    private var pendingSpace = false

    /// Open elements inside the outermost dropped element, outermost first; empty when text is kept.
    private var skipStack: [String] = []
    private var skipCounts: [String: Int] = [:]

    private var title: String?
    private var inH1 = false
    private var sawH1 = false
    private var cellsInRow = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        count = bytes.count
        lastGreaterThan = bytes.lastIndex(of: Byte.greaterThan) ?? -1
        lastDoubleQuote = bytes.lastIndex(of: Byte.doubleQuote) ?? -1
        lastSingleQuote = bytes.lastIndex(of: Byte.singleQuote) ?? -1
    }

    private var skipping: Bool { !skipStack.isEmpty }

    mutating func run() {
        while i < count {
            let byte = bytes[i]
            if byte == Byte.lessThan {
                readMarkup()
            } else if byte == Byte.ampersand {
                if skipping { i += 1 } else { readEntity() }
            } else {
                if skipping, !Byte.isSpace(byte) { leaveHeadForText() }
                if !skipping { emit(byte) }
                i += 1
            }
        }
        breakParagraph()
    }

    mutating func result() -> [String] {
        if let title, !title.isEmpty, !sawH1, paragraphs.first != title {
            paragraphs.insert(title, at: 0)
        }
        return paragraphs
    }

    // MARK: Output

    private mutating func emit(_ byte: UInt8) {
        if Byte.isSpace(byte) {
            if !current.isEmpty { pendingSpace = true }
            return
        }
        if pendingSpace {
            current.append(Byte.space)
            pendingSpace = false
        }
        current.append(byte)
    }

    private mutating func emit(_ scalar: Unicode.Scalar) {
        if scalar.properties.isWhitespace {
            if !current.isEmpty { pendingSpace = true }
            return
        }
        // Other control characters carry no text. ESC (from "&#27;") is kept, as a raw ESC
        // byte is: it opens an escape sequence that the extractor skips whole, where dropping
        // it alone would leave "[0m" to read as zero metres.
        if scalar.value < 0x20 && scalar.value != 0x1B || (scalar.value >= 0x7F && scalar.value < 0xA0) { return }
        if pendingSpace {
            current.append(Byte.space)
            pendingSpace = false
        }
        current.append(contentsOf: String(scalar).utf8)
    }

    private mutating func emit(_ text: String) {
        for scalar in text.unicodeScalars { emit(scalar) }
    }

    private mutating func breakParagraph() {
        if !current.isEmpty {
            paragraphs.append(String(decoding: current, as: UTF8.self))
            if inH1 { sawH1 = true }
        }
        current.removeAll(keepingCapacity: true)
        pendingSpace = false
    }

    // MARK: Markup

    /// Reads what starts at a `<`.
    private mutating func readMarkup() {
        let next = i + 1 < count ? bytes[i + 1] : nil
        switch next {
        case Byte.exclamation?:
            if matches("<!--", at: i) {
                // Searching from the first "-" also ends "<!-->" and "<!--->" at once, as in a
                // browser; an unclosed comment hides the rest of the page.
                i = find("-->", from: i + 2).map { $0 + 3 } ?? count
            } else if matches("<![CDATA[", at: i) {
                let start = i + 9
                let end = find("]]>", from: start) ?? count
                if !skipping {
                    leaveHeadForText()
                    for index in start..<end { emit(bytes[index]) }
                }
                i = min(end + 3, count)
            } else {
                skipPastGreaterThan(from: i + 2)
            }
        case Byte.question?:
            skipPastGreaterThan(from: i + 2)
        case Byte.slash?:
            if i + 2 < count, Byte.isLetter(bytes[i + 2]), i < lastGreaterThan {
                let tag = readTag(from: i + 2)
                i = tag.end
                endTag(tag.name)
            } else if i + 2 < count, bytes[i + 2] == Byte.greaterThan {
                i += 3
            } else if i + 2 >= count {
                if !skipping { emit(Byte.lessThan); emit(Byte.slash) }
                i = count
            } else {
                skipPastGreaterThan(from: i + 2)
            }
        case let letter? where Byte.isLetter(letter) && i < lastGreaterThan:
            let tag = readTag(from: i + 1)
            i = tag.end
            startTag(tag)
        default:
            // A `<` that starts nothing is text.
            if !skipping { emit(Byte.lessThan) }
            i += 1
        }
    }

    private struct Tag {
        var name: String
        var selfClosing = false
        var furniture = false
        /// Just past the tag's `>`, or the end of the page.
        var end: Int
    }

    /// Reads a tag's name and attributes from its first name byte to just past its `>`.
    private func readTag(from start: Int) -> Tag {
        var j = start
        var name: [UInt8] = []
        while j < count, !Byte.isSpace(bytes[j]), bytes[j] != Byte.slash, bytes[j] != Byte.greaterThan {
            name.append(Byte.lowercased(bytes[j]))
            j += 1
        }
        var tag = Tag(name: String(decoding: name, as: UTF8.self), end: count)
        while j < count {
            let byte = bytes[j]
            if byte == Byte.greaterThan {
                tag.end = j + 1
                return tag
            }
            if Byte.isSpace(byte) || byte == Byte.slash {
                if byte == Byte.slash, j + 1 < count, bytes[j + 1] == Byte.greaterThan { tag.selfClosing = true }
                j += 1
                continue
            }
            // An attribute name (a leading `=` belongs to it, as in the HTML5 tokenizer).
            let nameStart = j
            j += 1
            while j < count, !Byte.isSpace(bytes[j]), bytes[j] != Byte.slash, bytes[j] != Byte.greaterThan,
                bytes[j] != Byte.equals
            {
                j += 1
            }
            let attribute = String(decoding: bytes[nameStart..<j].map(Byte.lowercased), as: UTF8.self)
            var k = j
            while k < count, Byte.isSpace(bytes[k]) { k += 1 }
            guard k < count, bytes[k] == Byte.equals else { continue }
            j = k + 1
            while j < count, Byte.isSpace(bytes[j]) { j += 1 }
            var valueRange = j..<j
            if j < count, bytes[j] == Byte.doubleQuote || bytes[j] == Byte.singleQuote,
                j < (bytes[j] == Byte.doubleQuote ? lastDoubleQuote : lastSingleQuote)
            {
                let quote = bytes[j]
                var close = j + 1
                while bytes[close] != quote { close += 1 }  // a closing quote exists: see the guard
                valueRange = (j + 1)..<close
                j = close + 1
            } else {
                // Unquoted, or a quote that never closes: the value ends at a space or `>`.
                let valueStart = j
                while j < count, !Byte.isSpace(bytes[j]), bytes[j] != Byte.greaterThan { j += 1 }
                valueRange = valueStart..<j
            }
            if attribute == "class" || attribute == "id", HTMLText.isFurnitureClass(Array(bytes[valueRange])) {
                tag.furniture = true
            }
        }
        return tag
    }

    private mutating func startTag(_ tag: Tag) {
        let name = tag.name
        // In the head, a tag that cannot be there ends it, as in a browser.
        if skipStack.first == "head", name == "body" || (skipStack.count == 1 && !HTMLText.headElements.contains(name)) {
            popSkip(until: "head")
        }
        if HTMLText.rawTextElements.contains(name) {
            guard !tag.selfClosing else { return }
            let contentEnd = findEndTag(name, from: i)
            if name == "title", title == nil, skipStack.allSatisfy({ $0 == "head" }) {
                title = decodedLine(i..<contentEnd)
            } else if name == "xmp", !skipping {
                breakParagraph()
                for index in i..<contentEnd { emit(bytes[index]) }
                breakParagraph()
            }
            i = contentEnd
            if i < count {
                // Consume the end tag itself.
                i = readTag(from: i + 2).end
            }
            return
        }
        if HTMLText.voidElements.contains(name) {
            if !skipping, name == "br" || name == "hr" { breakParagraph() }
            return
        }
        if skipping {
            if !tag.selfClosing { pushSkip(name) }
            return
        }
        let dropped = HTMLText.droppedElements.contains(name)
            || (tag.furniture && !HTMLText.protectedElements.contains(name))
        if HTMLText.blockElements.contains(name) { breakParagraph() }
        if dropped {
            if !tag.selfClosing { pushSkip(name) }
            return
        }
        switch name {
        case "h1":
            breakParagraph()
            inH1 = true
        case "tr", "table", "thead", "tbody", "tfoot":
            cellsInRow = 0
        case "td", "th":
            if cellsInRow > 0, !current.isEmpty {
                current.append(contentsOf: " |".utf8)
                pendingSpace = true
            }
            cellsInRow += 1
        default:
            break
        }
    }

    private mutating func endTag(_ name: String) {
        if skipping {
            if skipCounts[name, default: 0] > 0 { popSkip(until: name) }
            return
        }
        if HTMLText.blockElements.contains(name) { breakParagraph() }
        switch name {
        case "h1":
            breakParagraph()
            inH1 = false
        case "tr", "table":
            breakParagraph()
            cellsInRow = 0
        default:
            break
        }
    }

    private mutating func pushSkip(_ name: String) {
        skipStack.append(name)
        skipCounts[name, default: 0] += 1
    }

    /// Pops open dropped elements up to and including the innermost `name`.
    private mutating func popSkip(until name: String) {
        while let last = skipStack.popLast() {
            skipCounts[last, default: 1] -= 1
            if last == name { break }
        }
    }

    /// Text directly in the head ends it, as in a browser.
    private mutating func leaveHeadForText() {
        if skipStack.count == 1, skipStack[0] == "head" { popSkip(until: "head") }
    }

    // MARK: Entities

    /// Reads a character reference at `&`, or the `&` alone when none starts there.
    private mutating func readEntity() {
        guard let (scalars, end) = entity(at: i) else {
            emit(Byte.ampersand)
            i += 1
            return
        }
        emit(scalars)
        i = end
    }

    /// The text of the character reference at `start` (an `&`) and the index past it.
    private func entity(at start: Int) -> (String, Int)? {
        var j = start + 1
        guard j < count else { return nil }
        if bytes[j] == Byte.hash {
            j += 1
            let hex = j < count && (bytes[j] == 0x78 || bytes[j] == 0x58)
            if hex { j += 1 }
            var value: UInt32 = 0
            let digitsStart = j
            while j < count, let digit = Byte.digit(bytes[j], hex: hex) {
                value = min(value &* (hex ? 16 : 10) &+ UInt32(digit), 0x110000)
                j += 1
            }
            guard j > digitsStart else { return nil }
            if j < count, bytes[j] == Byte.semicolon { j += 1 }
            return (String(Self.numericScalar(value)), j)
        }
        let nameStart = j
        while j < count, j - nameStart < 32, Byte.isLetter(bytes[j]) || Byte.isDigit(bytes[j]) { j += 1 }
        guard j > nameStart, j < count, bytes[j] == Byte.semicolon,
            let text = HTMLText.namedEntities[String(decoding: bytes[nameStart..<j], as: UTF8.self)]
        else { return nil }
        return (text, j + 1)
    }

    private static func numericScalar(_ value: UInt32) -> Unicode.Scalar {
        if value >= 0x80 && value <= 0x9F, let mapped = Unicode.Scalar(HTMLText.windows1252[Int(value - 0x80)]) {
            return mapped
        }
        if value == 0 { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The text of a range read as character data: entities decoded, whitespace collapsed.
    private mutating func decodedLine(_ range: Range<Int>) -> String {
        let saved = (current, pendingSpace)
        current = []
        pendingSpace = false
        var j = range.lowerBound
        while j < range.upperBound {
            if bytes[j] == Byte.ampersand, let (text, end) = entity(at: j), end <= range.upperBound {
                emit(text)
                j = end
            } else {
                emit(bytes[j])
                j += 1
            }
        }
        let line = String(decoding: current, as: UTF8.self)
        (current, pendingSpace) = saved
        return line
    }

    // MARK: Scanning

    private func matches(_ literal: StaticString, at start: Int) -> Bool {
        let pattern = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        guard start + pattern.count <= count else { return false }
        for (offset, byte) in pattern.enumerated() where bytes[start + offset] != byte { return false }
        return true
    }

    /// The index of the next `literal` (of distinct-enough bytes: "-->", "]]>") at or after `start`.
    private func find(_ literal: StaticString, from start: Int) -> Int? {
        var j = start
        while j < count {
            if matches(literal, at: j) { return j }
            j += 1
        }
        return nil
    }

    /// Skips a bogus comment (`<!x…>`, `<?…>`, `</ …>`) up to its `>`; with no `>` left in the
    /// page, the `<` is text.
    private mutating func skipPastGreaterThan(from start: Int) {
        guard i < lastGreaterThan else {
            if !skipping { emit(Byte.lessThan) }
            i += 1
            return
        }
        var j = start
        while j < count, bytes[j] != Byte.greaterThan { j += 1 }
        i = min(j + 1, count)
    }

    /// Where the end tag `</name` (any case, then a space, `/` or `>`) starts, or the end of the page.
    private func findEndTag(_ name: String, from start: Int) -> Int {
        let pattern = Array(name.utf8)
        var j = start
        while j + 1 < count {
            if bytes[j] == Byte.lessThan, bytes[j + 1] == Byte.slash {
                var k = j + 2
                var index = 0
                while index < pattern.count, k < count, Byte.lowercased(bytes[k]) == pattern[index] {
                    index += 1
                    k += 1
                }
                if index == pattern.count, k == count || Byte.isSpace(bytes[k]) || bytes[k] == Byte.slash
                    || bytes[k] == Byte.greaterThan
                {
                    return j
                }
            }
            j += 1
        }
        return count
    }
}

/// ASCII bytes the converters look at.
enum Byte {
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let space: UInt8 = 0x20
    static let exclamation: UInt8 = 0x21
    static let doubleQuote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let ampersand: UInt8 = 0x26
    static let singleQuote: UInt8 = 0x27
    static let slash: UInt8 = 0x2F
    static let semicolon: UInt8 = 0x3B
    static let lessThan: UInt8 = 0x3C
    static let equals: UInt8 = 0x3D
    static let greaterThan: UInt8 = 0x3E
    static let question: UInt8 = 0x3F

    /// HTML whitespace: space, tab, line feed, vertical tab, form feed, carriage return.
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    static func digit(_ byte: UInt8, hex: Bool) -> UInt8? {
        if isDigit(byte) { return byte - 0x30 }
        guard hex else { return nil }
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : nil
    }
}

/// Claims written straight into bytes in the layout `JSONOutput.encode` gives every value:
/// what `claims --json`, `show --json` and `export` print for thousands of claims.
///
/// The generic encoder walks `Encodable` containers, which cost more per claim than loading
/// it; this writes the same keys, in the same sorted order, with the same spacing, and
/// `ClaimJSONWritingTests` compares the two byte for byte.
extension ClaimJSON {
    /// Writes the claim as one object; `articleSource`, when given, adds the `export` key
    /// `article_source` (null for nil), sorted in among the claim's own.
    func write(to w: inout PrettyWriter, articleSource: String?? = nil) {
        w.openObject()
        w.key("article")
        w.int(Int(article))
        if let articleSource {
            w.key("article_source")
            w.string(orNull: articleSource)
        }
        w.key("flags")
        w.openArray()
        for flag in flags {
            w.element()
            w.openObject()
            if let details = flag.details {
                w.key("details")
                w.string(details)
            }
            w.key("kind")
            w.string(flag.kind)
            w.key("message")
            w.string(flag.message)
            w.key("text")
            w.string(flag.text)
            w.close(UInt8(ascii: "}"))
        }
        w.close(UInt8(ascii: "]"))
        if let hedge {
            w.key("hedge")
            w.string(hedge)
        }
        w.key("id")
        w.int(Int(id))
        w.key("kind")
        w.string(kind)
        if let outlet {
            w.key("outlet")
            w.string(outlet)
        }
        w.key("paragraph")
        w.int(paragraph)
        w.key("quantities")
        w.openArray()
        for figure in quantities {
            w.element()
            figure.write(to: &w)
        }
        w.close(UInt8(ascii: "]"))
        w.key("repeats")
        w.openArray()
        for r in repeats {
            w.element()
            w.openObject()
            w.key("article_id")
            w.int(Int(r.article_id))
            w.key("claim_id")
            w.int(Int(r.claim_id))
            w.key("figure")
            w.string(r.figure)
            w.key("status")
            w.string(r.status)
            w.close(UInt8(ascii: "}"))
        }
        w.close(UInt8(ascii: "]"))
        w.key("reviews")
        w.openArray()
        for review in reviews {
            w.element()
            review.write(to: &w)
        }
        w.close(UInt8(ascii: "]"))
        w.key("sentence")
        w.string(sentence)
        if let speaker {
            w.key("speaker")
            w.string(speaker)
        }
        w.key("status")
        w.string(status)
        w.key("worthiness")
        w.int(worthiness)
        w.close(UInt8(ascii: "}"))
    }
}

extension ClaimJSON.Figure {
    func write(to w: inout PrettyWriter) {
        w.openObject()
        w.key("change")
        w.string(change)
        w.key("concept")
        w.openArray()
        for word in concept {
            w.element()
            w.string(word)
        }
        w.close(UInt8(ascii: "]"))
        w.key("end")
        w.int(end)
        w.key("kind")
        w.string(kind)
        if let normalized_unit {
            w.key("normalized_unit")
            w.string(normalized_unit)
        }
        w.key("start")
        w.int(start)
        w.key("text")
        w.string(text)
        if let unit {
            w.key("unit")
            w.string(unit)
        }
        w.key("value")
        switch value {
        case .single(let v):
            w.number(v)
        case .range(let low, let high):
            w.openArray()
            w.element()
            w.number(low)
            w.element()
            w.number(high)
            w.close(UInt8(ascii: "]"))
        }
        w.close(UInt8(ascii: "}"))
    }
}

extension ClaimJSON.Review {
    func write(to w: inout PrettyWriter) {
        w.openObject()
        w.key("created_at")
        w.string(created_at)
        if let evidence_quote {
            w.key("evidence_quote")
            w.string(evidence_quote)
        }
        if let evidence_url {
            w.key("evidence_url")
            w.string(evidence_url)
        }
        if let note {
            w.key("note")
            w.string(note)
        }
        if let reviewer {
            w.key("reviewer")
            w.string(reviewer)
        }
        w.key("status")
        w.string(status)
        w.close(UInt8(ascii: "}"))
    }
}

extension JSONOutput {
    /// `encode(_:)` for one claim, written directly.
    public static func encode(_ claim: ClaimJSON) -> String {
        var w = PrettyWriter()
        claim.write(to: &w)
        return w.text
    }

    /// `encode(_:)` for a list of claims, written directly.
    public static func encode(_ claims: [ClaimJSON]) -> String {
        encode(claims, articleSources: nil)
    }

    /// The claims of `export`: each with its article's source as `article_source`.
    public static func encodeExport(_ claims: [ClaimJSON], articleSources: [String?]) -> String {
        encode(claims, articleSources: articleSources)
    }

    private static func encode(_ claims: [ClaimJSON], articleSources: [String?]?) -> String {
        var w = PrettyWriter(capacity: claims.count * 1_500)
        w.openArray()
        for (k, claim) in claims.enumerated() {
            w.element()
            claim.write(to: &w, articleSource: articleSources.map { $0[k] })
        }
        w.close(UInt8(ascii: "]"))
        return w.text
    }
}

/// Writes JSON in `JSONEncoder`'s pretty-printed layout: an opening bracket and a line
/// break, each member or element on its own line two spaces further in, `"key" : value`,
/// commas at line ends, and an empty container as its brackets around a blank line.
struct PrettyWriter {
    private(set) var out: JSONBytes
    private var indent = 0
    /// Members or elements written so far in each open container, innermost last.
    private var counts: [Int] = []

    init(capacity: Int = 1 << 12) {
        out = JSONBytes(capacity: capacity)
        counts.reserveCapacity(8)
    }

    var text: String { String(decoding: out.bytes, as: UTF8.self) }

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func openArray() { open(UInt8(ascii: "[")) }

    private mutating func open(_ bracket: UInt8) {
        out.byte(bracket)
        out.byte(UInt8(ascii: "\n"))
        counts.append(0)
        indent += 2
    }

    mutating func close(_ bracket: UInt8) {
        counts.removeLast()
        indent -= 2
        out.byte(UInt8(ascii: "\n"))
        spaces()
        out.byte(bracket)
    }

    /// Starts the next element of the open array.
    mutating func element() {
        if counts[counts.count - 1] > 0 {
            out.byte(UInt8(ascii: ","))
            out.byte(UInt8(ascii: "\n"))
        }
        counts[counts.count - 1] += 1
        spaces()
    }

    /// Starts the next member of the open object; keys must come in byte order.
    mutating func key(_ name: StaticString) {
        element()
        out.byte(UInt8(ascii: "\""))
        out.raw(name)
        out.raw("\" : ")
    }

    mutating func string(_ s: String) { out.foundationString(s) }

    mutating func string(orNull s: String?) {
        if let s { out.foundationString(s) } else { out.raw("null") }
    }

    mutating func int(_ v: Int) { out.int(v) }

    /// A figure's number as `JSONNumber` encodes it: whole values below 2^53 as integers,
    /// others as `JSONEncoder` writes a Double, not finite as null.
    mutating func number(_ v: Double) {
        if !v.isFinite {
            out.raw("null")
        } else if v.magnitude < 0x1p53, let whole = Int64(exactly: v) {
            out.int(Int(whole))
        } else {
            // Finite: digits(_:) cannot throw here.
            out.bytesOf((try? PrettyJSONEncoder.digits(v)) ?? "null")
        }
    }

    private mutating func spaces() {
        for _ in 0..<indent { out.byte(UInt8(ascii: " ")) }
    }
}

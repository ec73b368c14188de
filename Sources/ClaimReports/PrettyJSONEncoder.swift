/// An `Encoder` that writes what Foundation's `JSONEncoder` writes with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes`, byte for byte, into `JSONBytes`.
///
/// `claims --json` and `export` encode thousands of claims; Foundation's encoder spent about
/// 400,000 instructions on each. This one builds the same tree of values and writes it once:
/// two-space indents, `"key" : value`, keys in byte order, an empty array or object as an
/// opening bracket, a blank line and the closing one, nil optionals left out (as synthesized
/// `Encodable` conformances do with `encodeIfPresent`).
public struct PrettyJSONEncoder {
    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> JSONBytes {
        let root = try makeValue(for: value)
        var out = JSONBytes(capacity: 1 << 12)
        write(root, indent: 0, into: &out)
        return out
    }

    /// A value in the tree being built.
    enum Value {
        case null
        case bool(Bool)
        /// Digits as JSON writes them.
        case number(String)
        case integer(Int64)
        case string(String)
        /// An object or an array, filled through its containers.
        case node(Node)
    }

    /// An object or array that encoder containers fill; containers nest by reference, as
    /// the `Encoder` protocol hands them out before their contents are known.
    final class Node {
        enum Kind { case unset, object, array, single }
        var kind = Kind.unset
        /// An object's members in the order encoded; a key encoded again replaces its value.
        var members: [(key: String, value: Value)] = []
        var items: [Value] = []
        var single: Value = .null

        func set(_ key: String, _ value: Value) {
            if let k = members.firstIndex(where: { $0.key == key }) {
                members[k].value = value
            } else {
                members.append((key, value))
            }
        }

        /// What the node holds as a value: itself, or its single value.
        var value: Value { kind == .single ? single : .node(self) }
    }

    private func write(_ value: Value, indent: Int, into out: inout JSONBytes) {
        switch value {
        case .null: out.raw("null")
        case .bool(let b): if b { out.raw("true") } else { out.raw("false") }
        case .number(let digits): out.bytesOf(digits)
        case .integer(let v): out.int(Int(v))
        case .string(let s): out.foundationString(s)
        case .node(let node):
            switch node.kind {
            case .single:
                write(node.single, indent: indent, into: &out)
            case .array:
                out.byte(UInt8(ascii: "["))
                out.byte(UInt8(ascii: "\n"))
                if node.items.isEmpty { out.byte(UInt8(ascii: "\n")) }
                for (k, item) in node.items.enumerated() {
                    spaces(indent + 2, &out)
                    write(item, indent: indent + 2, into: &out)
                    if k < node.items.count - 1 { out.byte(UInt8(ascii: ",")) }
                    out.byte(UInt8(ascii: "\n"))
                }
                spaces(indent, &out)
                out.byte(UInt8(ascii: "]"))
            case .object, .unset:
                // An Encodable that encodes nothing is an empty object, as in JSONEncoder.
                out.byte(UInt8(ascii: "{"))
                out.byte(UInt8(ascii: "\n"))
                if node.members.isEmpty { out.byte(UInt8(ascii: "\n")) }
                let members = node.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
                for (k, member) in members.enumerated() {
                    spaces(indent + 2, &out)
                    out.foundationString(member.key)
                    out.raw(" : ")
                    write(member.value, indent: indent + 2, into: &out)
                    if k < members.count - 1 { out.byte(UInt8(ascii: ",")) }
                    out.byte(UInt8(ascii: "\n"))
                }
                spaces(indent, &out)
                out.byte(UInt8(ascii: "}"))
            }
        }
    }

    private func spaces(_ n: Int, _ out: inout JSONBytes) {
        for _ in 0..<n { out.byte(UInt8(ascii: " ")) }
    }

    /// A Double as `JSONEncoder` writes it: Swift's shortest round-trip digits, without a
    /// trailing ".0". Not finite: an error, as there. (No coding path is kept: building one
    /// for every value cost more than the encoding, and only this error would read it.)
    static func digits(_ v: Double) throws -> String {
        guard v.isFinite else {
            throw EncodingError.invalidValue(v, .init(codingPath: [], debugDescription: "Unable to encode \(v) directly in JSON."))
        }
        var s = v.description
        if s.hasSuffix(".0") { s.removeLast(2) }
        return s
    }
}

extension JSONBytes {
    /// Appends the UTF-8 bytes of `s` as they are.
    mutating func bytesOf(_ s: String) {
        var s = s
        s.withUTF8 { raw($0) }
    }

    /// A string literal escaped as `JSONEncoder` escapes it without escaping slashes: quote,
    /// backslash, "\b", "\f", "\n", "\r", "\t", other controls as "\u00XX" (lowercase).
    mutating func foundationString(_ s: String) {
        escaped(s, shortControlEscapes: true)
    }
}

// MARK: - The Encoder protocol

private struct TreeEncoder: Encoder {
    let node: PrettyJSONEncoder.Node
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.kind = .object
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        node.kind = .array
        return UnkeyedContainer(node: node)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        node.kind = .single
        return SingleContainer(node: node)
    }
}

/// The value of an `Encodable`: primitives directly, anything else through its own
/// `encode(to:)` into a node of its own.
private func makeValue<T: Encodable>(for value: T) throws -> PrettyJSONEncoder.Value {
    switch value {
    case let s as String: return .string(s)
    case let i as Int: return .integer(Int64(i))
    case let i as Int64: return .integer(i)
    case let d as Double: return .number(try PrettyJSONEncoder.digits(d))
    case let b as Bool: return .bool(b)
    default:
        let child = PrettyJSONEncoder.Node()
        try value.encode(to: TreeEncoder(node: child))
        return child.value
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: PrettyJSONEncoder.Node
    var codingPath: [CodingKey] { [] }

    private func set(_ key: Key, _ value: PrettyJSONEncoder.Value) { node.set(key.stringValue, value) }

    mutating func encodeNil(forKey key: Key) throws { set(key, .null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(key, .bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(key, .string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { set(key, .number(try PrettyJSONEncoder.digits(value))) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try encode(Double(value), forKey: key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(key, .integer(Int64(value))) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(key, .integer(Int64(value))) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(key, .integer(Int64(value))) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(key, .integer(Int64(value))) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(key, .integer(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(key, .number(String(value))) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(key, .integer(Int64(value))) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(key, .integer(Int64(value))) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(key, .integer(Int64(value))) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(key, .number(String(value))) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { set(key, try makeValue(for: value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = PrettyJSONEncoder.Node()
        child.kind = .object
        set(key, .node(child))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let child = PrettyJSONEncoder.Node()
        child.kind = .array
        set(key, .node(child))
        return UnkeyedContainer(node: child)
    }

    mutating func superEncoder() -> Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    mutating func superEncoder(forKey key: Key) -> Encoder {
        let child = PrettyJSONEncoder.Node()
        set(key, .node(child))
        return TreeEncoder(node: child)
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: PrettyJSONEncoder.Node
    var codingPath: [CodingKey] { [] }
    var count: Int { node.items.count }

    private func append(_ value: PrettyJSONEncoder.Value) { node.items.append(value) }

    mutating func encodeNil() throws { append(.null) }
    mutating func encode(_ value: Bool) throws { append(.bool(value)) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Double) throws { append(.number(try PrettyJSONEncoder.digits(value))) }
    mutating func encode(_ value: Float) throws { try encode(Double(value)) }
    mutating func encode(_ value: Int) throws { append(.integer(Int64(value))) }
    mutating func encode(_ value: Int64) throws { append(.integer(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { append(try makeValue(for: value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = PrettyJSONEncoder.Node()
        child.kind = .object
        append(.node(child))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let child = PrettyJSONEncoder.Node()
        child.kind = .array
        append(.node(child))
        return UnkeyedContainer(node: child)
    }

    mutating func superEncoder() -> Encoder {
        let child = PrettyJSONEncoder.Node()
        append(.node(child))
        return TreeEncoder(node: child)
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let node: PrettyJSONEncoder.Node
    var codingPath: [CodingKey] { [] }

    mutating func encodeNil() throws { node.single = .null }
    mutating func encode(_ value: Bool) throws { node.single = .bool(value) }
    mutating func encode(_ value: String) throws { node.single = .string(value) }
    mutating func encode(_ value: Double) throws { node.single = .number(try PrettyJSONEncoder.digits(value)) }
    mutating func encode(_ value: Float) throws { try encode(Double(value)) }
    mutating func encode(_ value: Int) throws { node.single = .integer(Int64(value)) }
    mutating func encode(_ value: Int8) throws { node.single = .integer(Int64(value)) }
    mutating func encode(_ value: Int16) throws { node.single = .integer(Int64(value)) }
    mutating func encode(_ value: Int32) throws { node.single = .integer(Int64(value)) }
    mutating func encode(_ value: Int64) throws { node.single = .integer(value) }
    mutating func encode(_ value: UInt) throws { node.single = .number(String(value)) }
    mutating func encode(_ value: UInt8) throws { node.single = .integer(Int64(value)) }
    mutating func encode(_ value: UInt16) throws { node.single = .integer(Int64(value)) }
    mutating func encode(_ value: UInt32) throws { node.single = .integer(Int64(value)) }
    mutating func encode(_ value: UInt64) throws { node.single = .number(String(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { node.single = try makeValue(for: value) }
}

/// A YAML node with exact byte ranges into the `SourceText` it was parsed from.
///
/// The tree keeps everything a rule or a fix needs: every key and value, in source
/// order (duplicate keys included), each scalar's style and range. Aliases stay
/// aliases: they are never expanded, so a "billion laughs" file costs nothing.
public indirect enum YAMLNode: Sendable, Hashable {
    case scalar(YAMLScalar)
    case mapping(YAMLMapping)
    case sequence(YAMLSequence)
    case alias(YAMLAlias)

    public var range: ByteRange {
        switch self {
        case .scalar(let node): node.range
        case .mapping(let node): node.range
        case .sequence(let node): node.range
        case .alias(let node): node.range
        }
    }

    public var scalar: YAMLScalar? { if case .scalar(let s) = self { s } else { nil } }
    public var mapping: YAMLMapping? { if case .mapping(let m) = self { m } else { nil } }
    public var sequence: YAMLSequence? { if case .sequence(let s) = self { s } else { nil } }

    /// A short noun for messages: "a string", "a list", "a mapping", "an alias".
    public var kindDescription: String {
        switch self {
        case .scalar(let s): s.isNull ? "null" : "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}

public enum ScalarStyle: String, Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

public struct YAMLScalar: Sendable, Hashable {
    /// The value after YAML unescaping and folding.
    public var value: String
    public var style: ScalarStyle
    /// From the first byte of the scalar (its opening quote, or `|`/`>` indicator)
    /// to the byte after its last character (closing quote included).
    public var range: ByteRange
    /// Tag and anchor, which almost no scalar has, in one optional box: rules copy
    /// scalars all the time, and each optional string was one more retain per copy.
    private var properties: ScalarProperties?

    public var tag: String? {
        get { properties?.tag }
        set { properties = ScalarProperties.make(tag: newValue, anchor: anchor) }
    }

    public var anchor: String? {
        get { properties?.anchor }
        set { properties = ScalarProperties.make(tag: tag, anchor: newValue) }
    }

    public init(value: String, style: ScalarStyle, range: ByteRange, tag: String? = nil, anchor: String? = nil) {
        self.value = value
        self.style = style
        self.range = range
        self.properties = ScalarProperties.make(tag: tag, anchor: anchor)
    }

    /// A plain scalar that YAML 1.1 reads as null (`~`, `null`, empty).
    public var isNull: Bool {
        guard style == .plain else { return false }
        // By length first: every rule asks this of every value, and nearly none is null.
        switch value.utf8.count {
        case 0: return true
        case 1: return value == "~"
        case 4: return value == "null" || value == "Null" || value == "NULL"
        default: return false
        }
    }

    public var isQuoted: Bool { style == .singleQuoted || style == .doubleQuoted }
}

/// A scalar's tag and anchor (immutable; nil when it has neither).
private final class ScalarProperties: Sendable, Hashable {
    let tag: String?
    let anchor: String?

    private init(tag: String?, anchor: String?) {
        self.tag = tag
        self.anchor = anchor
    }

    static func make(tag: String?, anchor: String?) -> ScalarProperties? {
        tag == nil && anchor == nil ? nil : ScalarProperties(tag: tag, anchor: anchor)
    }

    static func == (lhs: ScalarProperties, rhs: ScalarProperties) -> Bool {
        lhs.tag == rhs.tag && lhs.anchor == rhs.anchor
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(tag)
        hasher.combine(anchor)
    }
}

public struct YAMLMappingEntry: Sendable, Hashable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }

    /// The key's text when it is a scalar.
    public var keyText: String? { key.scalar?.value }
}

public struct YAMLMapping: Sendable, Hashable {
    public var entries: [YAMLMappingEntry]
    public var range: ByteRange
    public var isFlow: Bool
    public var anchor: String?

    public init(entries: [YAMLMappingEntry], range: ByteRange, isFlow: Bool, anchor: String? = nil) {
        self.entries = entries
        self.range = range
        self.isFlow = isFlow
        self.anchor = anchor
    }

    /// The last entry with this scalar key (YAML loaders keep the last of duplicates).
    public func entry(_ key: String) -> YAMLMappingEntry? {
        entries.last { $0.keyText == key }
    }

    public subscript(key: String) -> YAMLNode? { entry(key)?.value }
}

public struct YAMLSequence: Sendable, Hashable {
    public var items: [YAMLNode]
    public var range: ByteRange
    public var isFlow: Bool
    public var anchor: String?

    public init(items: [YAMLNode], range: ByteRange, isFlow: Bool, anchor: String? = nil) {
        self.items = items
        self.range = range
        self.isFlow = isFlow
        self.anchor = anchor
    }
}

public struct YAMLAlias: Sendable, Hashable {
    public var name: String
    public var range: ByteRange

    public init(name: String, range: ByteRange) {
        self.name = name
        self.range = range
    }
}

/// Why a text could not be read as YAML, at the exact place libyaml stopped.
public struct YAMLError: Error, Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// libyaml reported a scanner/parser error.
        case syntax
        /// The bytes are not valid UTF-8.
        case encoding
        /// Nesting deeper than `YAMLParser.maximumDepth`.
        case tooDeep
    }

    public var kind: Kind
    public var message: String
    public var range: ByteRange

    public init(kind: Kind, message: String, range: ByteRange) {
        self.kind = kind
        self.message = message
        self.range = range
    }
}

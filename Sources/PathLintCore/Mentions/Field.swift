/// How a field's value is written in its file: a YAML scalar in a style, or a TSV cell.
public enum FieldEncoding: Sendable, Hashable {
    case yaml(ScalarStyle)
    case tsvCell
}

/// One value of a mention as its file holds it: the name the file gives it (`entrez` in
/// the front matter, `ncbigene_id` in a table), the value, its exact range and encoding.
/// Rules name `name` in messages and set values through `setting(_:)`, so one rule reads
/// and fixes both layouts.
public struct Field: Sendable, Hashable {
    public let name: String
    public let value: String
    public let range: ByteRange
    public let encoding: FieldEncoding

    public init(name: String, value: String, range: ByteRange, encoding: FieldEncoding) {
        self.name = name
        self.value = value
        self.range = range
        self.encoding = encoding
    }

    /// The edit that makes this field hold `newValue`, spelled for its file: a YAML scalar
    /// keeps its style unless the value needs quotes (a plain `MAPK10` stays plain); a TSV
    /// cell is written as is.
    public func setting(_ newValue: String) -> TextEdit {
        switch encoding {
        case .yaml(let style): TextEdit(range: range, newText: YAMLText.scalar(newValue, style: style))
        case .tsvCell: TextEdit(range: range, newText: newValue)
        }
    }

    /// `value` spelled for this field's file (what `setting` writes).
    public func spelling(_ newValue: String) -> String { setting(newValue).newText }

    /// A field of a front-matter mapping: the scalar under `key`, nil when absent, null
    /// or not a scalar (the last of duplicate keys, as `Annotation` reads them).
    static func yaml(_ key: String, in mapping: YAMLMapping) -> Field? { yaml(key, mapping[key]) }

    /// `node` as the field `key`: nil unless it is a scalar with a value (`~` is none).
    static func yaml(_ key: String, _ node: YAMLNode?) -> Field? {
        guard case .scalar(let scalar)? = node, !(scalar.isNull && !scalar.value.isEmpty) else { return nil }
        return Field(name: key, value: scalar.value, range: scalar.range, encoding: .yaml(scalar.style))
    }

    /// A table cell as a field; nil when the cell is absent, empty or `NA` (missing).
    static func cell(_ name: String, _ cell: TableCell?) -> Field? {
        guard let cell, let value = cell.value else { return nil }
        return Field(name: name, value: value, range: cell.range, encoding: .tsvCell)
    }
}

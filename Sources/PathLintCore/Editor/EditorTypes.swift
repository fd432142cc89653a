/// The values the editor features (`Completion`, `Hover`, `DocumentSymbols`,
/// `DocumentLinks`) hand to the language server. Every position is a `ByteRange` into
/// the document's `SourceText`; the server converts to LSP positions.

/// One completion proposal.
public struct CompletionItem: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// An HGNC approved symbol (or, in `entrez`, a gene's Entrez ID).
        case gene
        /// An alias or previous symbol of an HGNC gene.
        case geneAlias
        /// A MeSH concept offered in a `chemicals` entry.
        case chemical
        /// A MeSH concept offered in a `diseases` entry.
        case disease
        /// A mapping key (`hgnc_symbol: `).
        case key
        /// A fixed value (`source` values).
        case value
    }

    public var label: String
    public var kind: Kind
    /// One line shown beside the label (the gene name, the MeSH ID and category).
    public var detail: String?
    /// Markdown.
    public var documentation: String?
    /// The text the client filters on against what is typed in `edit.range` (the matched
    /// alias or MeSH term when the inserted text differs from it); nil: the label.
    public var filterText: String?
    /// Sorts the items in the order they are ranked (`0000`, `0001`, …).
    public var sortText: String
    /// Replaces the value being typed: the scalar's range, or the empty range at the cursor.
    public var edit: TextEdit
    /// Other edits applied with it (`entrez` set when completing `hgnc_symbol`); never
    /// overlapping `edit`.
    public var additionalEdits: [TextEdit]

    public init(label: String, kind: Kind, detail: String? = nil, documentation: String? = nil,
                filterText: String? = nil, sortText: String, edit: TextEdit, additionalEdits: [TextEdit] = []) {
        self.label = label
        self.kind = kind
        self.detail = detail
        self.documentation = documentation
        self.filterText = filterText
        self.sortText = sortText
        self.edit = edit
        self.additionalEdits = additionalEdits
    }
}

public struct CompletionList: Sendable {
    public var items: [CompletionItem]
    /// More items exist than were returned: the client should ask again as the user types.
    public var isIncomplete: Bool

    public init(items: [CompletionItem], isIncomplete: Bool) {
        self.items = items
        self.isIncomplete = isIncomplete
    }

    public static let empty = CompletionList(items: [], isIncomplete: false)
}

/// One entry of the document outline.
public struct DocumentSymbol: Sendable, Hashable {
    public enum Kind: String, Sendable { case section, gene, chemical, disease, field }

    /// Never empty (LSP requires a name).
    public var name: String
    public var detail: String?
    public var kind: Kind
    /// The whole construct: from the key (or an entry's first key) to the end of its value.
    public var range: ByteRange
    /// The part to reveal and highlight (the key, or an entry's `word`); inside `range`.
    public var selectionRange: ByteRange
    public var children: [DocumentSymbol]

    public init(name: String, detail: String? = nil, kind: Kind, range: ByteRange, selectionRange: ByteRange,
                children: [DocumentSymbol] = []) {
        self.name = name
        self.detail = detail
        self.kind = kind
        self.range = range
        self.selectionRange = selectionRange
        self.children = children
    }
}

/// A value that links to a web page (NCBI Gene, MeSH, PMC, doi.org).
public struct DocumentLink: Sendable, Hashable {
    /// The value's text, inside its quotes.
    public var range: ByteRange
    public var target: String
    public var tooltip: String

    public init(range: ByteRange, target: String, tooltip: String) {
        self.range = range
        self.target = target
        self.tooltip = tooltip
    }
}

/// A short label the editor shows after a value: what a symbol or an identifier *is*.
public struct InlayHint: Sendable, Hashable {
    /// Where the label goes: the end of the value (after a closing quote).
    public var position: Int
    public var label: String
    public var tooltip: String

    public init(position: Int, label: String, tooltip: String) {
        self.position = position
        self.label = label
        self.tooltip = tooltip
    }
}

/// Inlay hints for a curator reading a figure: the approved gene's name beside an
/// `hgnc_symbol` (front matter) or a human row's `ncbigene_symbol` (genes table), and the
/// MeSH label beside a chemical's or disease's `identifier` (front matter) or `mesh` cell
/// (tables). A value the reference does not know gets no hint (its finding says why).
public enum InlayHints {
    /// The hints whose value lies in `range`, in document order.
    public static func hints(_ document: AnnotationDocument, in range: ByteRange,
                             reference: ReferenceSnapshot) -> [InlayHint] {
        var hints: [InlayHint] = []
        func inRange(_ value: ByteRange) -> Bool { value.end >= range.start && value.start <= range.end }
        func gene(_ symbol: String, end: Int) {
            guard let record = reference.hgnc.approved(symbol: symbol), !record.name.isEmpty else { return }
            hints.append(InlayHint(position: end, label: record.name,
                                   tooltip: "\(record.symbol): \(record.name) (\(record.hgncID), Entrez \(record.entrez))"))
        }
        func mesh(_ id: String, end: Int) {
            guard let concept = reference.mesh.concept(id: id) else { return }
            hints.append(InlayHint(position: end, label: concept.label, tooltip: "MeSH \(concept.id): \(concept.label)"))
        }
        if let sidecar = document.sidecar {
            for row in sidecar.geneRows where row.isHuman && inRange(row.row.range) {
                if let cell = row.symbol, let symbol = cell.value { gene(symbol, end: cell.range.end) }
            }
            for row in sidecar.meshRows where inRange(row.row.range) {
                if let id = row.meshID, let cell = row.mesh { mesh(id, end: cell.range.end) }
            }
            return hints
        }
        guard let annotation = document.annotation else { return [] }
        for entry in annotation.genes {
            if let symbol = entry.hgncSymbol, inRange(symbol.range) { gene(symbol.value.trimmingBlanks, end: symbol.range.end) }
        }
        for entry in annotation.chemicals + annotation.diseases {
            if let id = entry.identifier, inRange(id.range) { mesh(id.value.trimmingBlanks, end: id.range.end) }
        }
        return hints.sorted { $0.position < $1.position }
    }
}

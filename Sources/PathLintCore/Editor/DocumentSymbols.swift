/// The outline of an annotation file: the `genes`, `chemicals` and `diseases` lists with
/// one child per entry (`word → hgnc_symbol`, detail `source · entrez`; `word →
/// identifier`, detail `source`), and every other top-level key as a field (detail: its
/// value). Empty while the front matter does not parse.
public enum DocumentSymbols {
    public static func symbols(_ document: AnnotationDocument) -> [DocumentSymbol] {
        guard let annotation = document.annotation else { return [] }
        var genes = annotation.genes.makeIterator()
        var chemicals = annotation.chemicals.makeIterator()
        var diseases = annotation.diseases.makeIterator()
        return annotation.root.entries.compactMap { pair -> DocumentSymbol? in
            guard let key = pair.key.scalar else { return nil }
            let name = key.value.isEmpty ? "''" : key.value
            let range = ByteRange(key.range.start, max(key.range.end, BlockEdits.contentEnd(of: pair.value)))
            // Only the last of duplicate list keys is the one the typed view reads.
            let isLast = annotation.root.entry(key.value)?.key.range == key.range
            switch (key.value, pair.value) {
            case ("genes", .sequence(let list)) where isLast:
                let children = list.items.compactMap(\.mapping).compactMap { _ in genes.next().map(gene) }
                return DocumentSymbol(name: name, detail: count(children.count), kind: .section, range: range,
                                      selectionRange: key.range, children: children)
            case ("chemicals", .sequence(let list)) where isLast, ("diseases", .sequence(let list)) where isLast:
                let isChemical = key.value == "chemicals"
                let children = list.items.compactMap(\.mapping).compactMap { _ in
                    (isChemical ? chemicals.next() : diseases.next()).map { mesh($0, kind: isChemical ? .chemical : .disease) }
                }
                return DocumentSymbol(name: name, detail: count(children.count), kind: .section, range: range,
                                      selectionRange: key.range, children: children)
            default:
                return DocumentSymbol(name: name, detail: detail(pair.value), kind: .field, range: range,
                                      selectionRange: key.range)
            }
        }
    }

    private static func count(_ n: Int) -> String { n == 1 ? "1 entry" : "\(n) entries" }

    private static func detail(_ node: YAMLNode) -> String? {
        switch node {
        case .scalar(let scalar):
            guard !scalar.value.isEmpty else { return nil }
            let line = scalar.value.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).first.map(String.init) ?? ""
            return line.count > 80 ? String(line.prefix(79)) + "…" : line
        case .sequence(let list): return list.items.count == 1 ? "1 item" : "\(list.items.count) items"
        case .mapping(let mapping): return mapping.entries.count == 1 ? "1 key" : "\(mapping.entries.count) keys"
        case .alias(let alias): return "*" + alias.name
        }
    }

    private static func entryRange(_ node: YAMLMapping) -> ByteRange {
        ByteRange(node.range.start, max(node.range.start, BlockEdits.contentEnd(of: .mapping(node))))
    }

    private static func gene(_ entry: GeneEntry) -> DocumentSymbol {
        let word = entry.word?.value ?? entry.symbol?.value
        let hgnc = entry.hgncSymbol?.value
        var name = [word, hgnc].compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: " → ")
        if name.isEmpty { name = "entry \(entry.index + 1)" }
        let detail = [entry.source?.value, entry.entrez?.value].compactMap { $0?.isEmpty == false ? $0 : nil }
            .joined(separator: " · ")
        let range = entryRange(entry.node)
        return DocumentSymbol(name: name, detail: detail.isEmpty ? nil : detail, kind: .gene, range: range,
                              selectionRange: selection(entry.word?.range ?? entry.symbol?.range, in: range))
    }

    private static func mesh(_ entry: MeSHEntry, kind: DocumentSymbol.Kind) -> DocumentSymbol {
        var name = [entry.word?.value, entry.identifier?.value].compactMap { $0?.isEmpty == false ? $0 : nil }
            .joined(separator: " → ")
        if name.isEmpty { name = "entry \(entry.index + 1)" }
        let range = entryRange(entry.node)
        let source = entry.source?.value
        return DocumentSymbol(name: name, detail: source?.isEmpty == false ? source : nil, kind: kind, range: range,
                              selectionRange: selection(entry.word?.range, in: range))
    }

    /// `preferred` when inside `range`, else the start of `range`.
    private static func selection(_ preferred: ByteRange?, in range: ByteRange) -> ByteRange {
        if let preferred, range.contains(preferred) { return preferred }
        return ByteRange(range.start, range.start)
    }
}

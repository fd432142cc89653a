/// Evidence that a word the pipeline took for a gene means something else, shared by the
/// sidecar false-match rules. Independent of the front-matter (old-layout) false-match rules.
enum FalseMatchEvidence {
    /// The MeSH chemical (not a protein, enzyme, hormone or biological factor) whose label
    /// or entry term `word` is, compared as the lexicon does: `ATP` → Adenosine Triphosphate.
    static func chemical(named word: String, mesh: MeSHIndex) -> MeSHConcept? {
        for match in mesh.concepts(named: word) where match.concept.kind == .descriptor {
            let trees = match.concept.treeNumbers
            guard trees.contains(where: { $0.hasPrefix("D") }) else { continue }
            let proteinLike = trees.contains { tree in
                ["D12", "D08.811", "D06", "D23", "D09.400", "D24"].contains { tree.hasPrefix($0) }
            }
            if !proteinLike { return match.concept }
        }
        return nil
    }

    /// Words that name proteins and genes in an expansion (`glucose transporter`,
    /// `AMP-activated protein kinase`).
    static let geneWords: Set<String> = [
        "protein", "proteins", "kinase", "receptor", "receptors", "factor", "factors", "transporter", "transporters",
        "channel", "channels", "ligand", "subunit", "complex", "synthase", "synthetase", "enzyme", "hormone", "antigen",
        "cytokine", "interleukin", "carrier", "regulator", "activator", "repressor", "gene", "oncogene", "domain",
        "binding", "homolog", "homologue", "kinases", "chemokine", "integrin", "collagen", "cadherin", "catenin",
        "ubiquitin", "histone", "tubulin", "actin", "myosin", "keratin", "lectin", "mucin", "globin", "hemoglobin",
        "insulin", "interferon", "tumor", "necrosis", "frizzled", "wingless", "notch", "hedgehog", "runt", "exchanger",
        "pump", "polymerase", "family", "target", "mammalian", "rapamycin", "cyclin", "caspase", "peptide",
        "transcription", "toll", "death", "adaptor", "adapter", "scaffold",
    ]

    /// Whether an expansion the caption gives could name a gene or protein: a word of it
    /// is a protein word, ends in -ase, or is a word of the gene's HGNC name.
    static func expansionNamesAGene(_ expansion: String, record: HGNCRecord?) -> Bool {
        let tokens = words(expansion)
        if tokens.contains(where: { geneWords.contains($0) || $0.hasSuffix("ase") || $0.hasSuffix("ases") }) { return true }
        if let record {
            let nameWords = Set(words(record.name)).subtracting(["of", "and", "the", "a", "member", "like", "type", "family"])
            if tokens.contains(where: { $0.utf8.count >= 4 && nameWords.contains($0) }) { return true }
            if tokens.contains(where: { record.isApprovedSymbol($0) || record.isAlias($0) }) { return true }
        }
        return false
    }

    /// Words that start a clause, not a definition (`mTOR (and consequently …)`).
    static let stopWords: Set<String> = ["and", "or", "the", "a", "an", "in", "of", "to", "which", "that", "is", "are",
                                         "with", "by", "as", "for", "from", "on", "at", "see", "e.g", "i.e", "not",
                                         "was", "were", "also", "both", "but", "via"]

    /// The expansion the caption gives a gene row's word or match, when it names no gene.
    static func nonGeneDefinition(of row: SidecarGeneRow, definitions: [String: String], hgnc: HGNCIndex) -> String? {
        guard row.source?.text != SidecarSource.symbol.rawValue, let symbol = row.symbol?.value else { return nil }
        let keys = [row.word?.text ?? "", row.match?.text ?? ""].map(SymbolKey.normalize)
        guard let key = keys.first(where: { !$0.isEmpty && definitions[$0] != nil }), let expansion = definitions[key] else {
            return nil
        }
        return expansionNamesAGene(expansion, record: row.isHuman ? hgnc.approved(symbol: symbol) : nil) ? nil : expansion
    }

    /// Lower-cased alphanumeric words.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// The abbreviations a caption defines, by normalized key: `ATP: adenosine
    /// triphosphate;`, `FOS (fosfomycin)`, `reactive oxygen species (ROS)`.
    static func captionDefinitions(_ caption: String) -> [String: String] {
        var result: [String: String] = [:]
        func add(_ abbreviation: Substring, _ expansion: Substring) {
            let key = SymbolKey.normalize(abbreviation)
            var expansion = expansion.trimmingSpaces()
            // `X: expansion` runs to the end of its clause.
            if let stop = expansion.firstIndex(where: { $0 == "." || $0 == "(" || $0 == ":" }) {
                expansion = expansion[..<stop].trimmingSpaces()
            }
            let expansionWords = expansion.split(separator: " ")
            guard key.utf8.count >= 2, key.utf8.count <= 12, !expansion.isEmpty, result[key] == nil,
                  SymbolKey.normalize(expansion) != key, expansionWords.count <= 8,
                  let first = expansionWords.first, !stopWords.contains(first.lowercased()) else { return }
            result[key] = String(expansion)
        }
        // `X: expansion` pieces of a list separated by `;` (abbreviation lists).
        for piece in caption.split(separator: ";") {
            if let colon = piece.lastIndex(of: ":") {
                let before = piece[..<colon]
                let abbreviation = before.split(separator: " ").last ?? before
                if abbreviation.count <= 12, !abbreviation.contains(where: { $0 == "(" }) {
                    add(abbreviation, piece[piece.index(after: colon)...])
                }
            }
        }
        // `X (expansion)` and `expansion (X)`.
        var index = caption.startIndex
        while let open = caption[index...].firstIndex(of: "("), let close = caption[open...].firstIndex(of: ")") {
            let inside = caption[caption.index(after: open)..<close]
            let before = caption[..<open].split(separator: " ")
            if let last = before.last {
                let insideWords = inside.split(separator: " ")
                if insideWords.count == 1 && SymbolKey.normalize(inside).utf8.count <= 8
                    && inside.contains(where: { $0.isUppercase }) {
                    // expansion (X): as many words before as X has letters, at most six.
                    // ... within the sentence or clause.
                    let count = min(6, max(1, SymbolKey.normalize(inside).utf8.count))
                    var taken: [Substring] = []
                    for word in before.reversed() {
                        if taken.count == count || word.last.map({ ".;:)".contains($0) }) == true { break }
                        taken.insert(word, at: 0)
                    }
                    if !taken.isEmpty { add(inside, Substring(taken.joined(separator: " "))) }
                } else if last.count <= 12 && last.contains(where: { $0.isUppercase }) {
                    add(last, inside)
                }
            }
            index = caption.index(after: close)
        }
        return result
    }
}

private extension Substring {
    func trimmingSpaces() -> Substring {
        var text = self
        while let first = text.first, first == " " || first == "\n" || first == "," { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\n" || last == "." || last == "," { text = text.dropLast() }
        return text
    }
}

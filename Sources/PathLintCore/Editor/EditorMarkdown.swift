/// Markdown descriptions of reference records, shared by hover and completion.
enum EditorMarkdown {
    static func geneURL(hgncID: String) -> String {
        "https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/" + hgncID
    }

    /// A hover's last line naming what the data shown are as of (`*HGNC 2024-07-23*`), or
    /// nothing for a snapshot that does not record it.
    static func asOf(_ dataset: String, _ reference: ReferenceSnapshot) -> String {
        let names = ["hgnc": "HGNC", "mesh": "MeSH"]
        return reference.dataDate(dataset).map { "\n\n*\(names[dataset] ?? dataset) \($0)*" } ?? ""
    }

    static func entrezURL(_ id: String) -> String { "https://www.ncbi.nlm.nih.gov/gene/" + id }

    static func meshURL(_ id: String) -> String { "https://meshb.nlm.nih.gov/record/ui?ui=" + id }

    /// An HGNC entry: approved symbol, name, HGNC ID, Entrez ID, locus type, aliases,
    /// previous symbols, the genenames.org page.
    static func gene(_ record: HGNCRecord, hgnc: HGNCIndex) -> String {
        var lines = ["**\(escape(record.symbol))** · \(escape(record.name))", ""]
        switch record.status {
        case .approved: break
        case .entryWithdrawn: lines.append("- Status: entry withdrawn")
        case .symbolWithdrawn:
            let successors = record.successors.compactMap { hgnc.record(number: $0) }
                .map { "\(escape($0.symbol)) (\($0.hgncID))" }
            lines.append("- Status: symbol withdrawn" + (successors.isEmpty ? "" : "; see " + successors.joined(separator: ", ")))
        }
        lines.append("- HGNC ID: [\(record.hgncID)](\(geneURL(hgncID: record.hgncID)))")
        if !record.entrez.isEmpty { lines.append("- Entrez ID: [\(record.entrez)](\(entrezURL(record.entrez)))") }
        if !record.locusType.isEmpty { lines.append("- Locus type: \(escape(record.locusType))") }
        if !record.aliases.isEmpty { lines.append("- Aliases: " + record.aliases.map(escape).joined(separator: ", ")) }
        if !record.previousSymbols.isEmpty {
            lines.append("- Previous symbols: " + record.previousSymbols.map(escape).joined(separator: ", "))
        }
        lines.append("")
        lines.append("[\(record.symbol) at genenames.org](\(geneURL(hgncID: record.hgncID)))")
        return lines.joined(separator: "\n")
    }

    static let treeNames: [Character: String] = [
        "A": "Anatomy", "B": "Organisms", "C": "Diseases", "D": "Chemicals and Drugs",
        "E": "Analytical, Diagnostic and Therapeutic Techniques, and Equipment", "F": "Psychiatry and Psychology",
        "G": "Phenomena and Processes", "H": "Disciplines and Occupations",
        "I": "Anthropology, Education, Sociology, and Social Phenomena", "J": "Technology, Industry, and Agriculture",
        "K": "Humanities", "L": "Information Science", "M": "Named Groups", "N": "Health Care",
        "V": "Publication Characteristics", "Z": "Geographicals",
    ]


    /// `Diseases, Chemicals and Drugs` (tree letter order), or nil.
    static func category(_ concept: MeSHConcept, mesh: MeSHIndex) -> String? {
        let names = mesh.effectiveTreeLetters(of: concept).sorted().compactMap { treeNames[$0] }
        return names.isEmpty ? nil : names.joined(separator: "; ")
    }

    /// A MeSH concept: label, kind, category and tree numbers, mapped headings with their labels.
    static func mesh(_ concept: MeSHConcept, mesh: MeSHIndex) -> String {
        var lines = ["**\(escape(concept.label))** · MeSH \(concept.id)", ""]
        lines.append("- Kind: " + (concept.kind == .descriptor ? "descriptor" : "supplementary concept record"))
        if let category = category(concept, mesh: mesh) {
            var text = "- Category: \(escape(category))"
            if !concept.treeNumbers.isEmpty {
                text += " (" + concept.treeNumbers.prefix(8).joined(separator: ", ")
                    + (concept.treeNumbers.count > 8 ? ", …" : "") + ")"
            }
            lines.append(text)
        }
        if !concept.mappedHeadings.isEmpty {
            let headings = concept.mappedHeadings.map { id in
                let label = mesh.concept(id: id).map { " " + escape($0.label) } ?? ""
                return "[\(id)](\(meshURL(id)))\(label)"
            }
            lines.append("- Mapped to: " + headings.joined(separator: ", "))
        }
        if !concept.entryTerms.isEmpty {
            lines.append("- Entry terms: " + concept.entryTerms.prefix(10).map(escape).joined(separator: ", ")
                         + (concept.entryTerms.count > 10 ? ", …" : ""))
        }
        lines.append("")
        lines.append("[\(concept.id) in the MeSH Browser](\(meshURL(concept.id)))")
        return lines.joined(separator: "\n")
    }

    /// Text with Markdown's emphasis, link, code and HTML characters escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

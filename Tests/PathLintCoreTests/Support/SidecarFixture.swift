@testable import PathLintCore

/// Builders for sidecar tables in rule tests.
enum SidecarFixture {
    static let genesHeader = SidecarHeaderRevision.genes.columns.joined(separator: "\t") + "\n"
    static let chemicalsHeader = SidecarHeaderRevision.chemicals.columns.joined(separator: "\t") + "\n"
    static let diseasesHeader = SidecarHeaderRevision.diseases.columns.joined(separator: "\t") + "\n"

    /// A human gene row: word, match, symbol, id, source, then the three counts.
    static func human(_ word: String, _ match: String, _ symbol: String, _ id: String, _ source: String,
                      counts: (String, String, String) = ("1", "0", "1")) -> String {
        ["9606", "Homo sapiens", "Primates", word, match, symbol, id, source, counts.0, counts.1, counts.2]
            .joined(separator: "\t") + "\n"
    }

    /// A gene row of any organism.
    static func gene(_ organismID: String, _ organismName: String, _ group: String, _ word: String, _ match: String,
                     _ symbol: String, _ id: String, _ source: String, counts: (String, String, String) = ("1", "0", "1")) -> String {
        [organismID, organismName, group, word, match, symbol, id, source, counts.0, counts.1, counts.2]
            .joined(separator: "\t") + "\n"
    }

    static func meshRow(_ word: String, _ mesh: String, _ match: String = "NA", _ name: String = "NA", _ xref: String = "NA") -> String {
        [word, mesh, match, name, xref].joined(separator: "\t") + "\n"
    }

    static func genes(_ rows: String...) -> String { genesHeader + rows.joined() }
    static func chemicals(_ rows: String...) -> String { chemicalsHeader + rows.joined() }
    static func diseases(_ rows: String...) -> String { diseasesHeader + rows.joined() }

    /// A figure file's front matter, parsed, for rules that read it.
    static func figure(_ yaml: String, path: String = "x/_figures/PMC1__f1.md",
                       siblings: [SidecarKind: String] = [:]) -> SidecarFigure {
        let annotation = AnnotationDocument(path: path, text: markdown(yaml)).annotation
        var tables: [SidecarKind: SidecarTable] = [:]
        for (kind, text) in siblings { tables[kind] = SidecarTable(kind: kind, figid: "PMC1__f1", table: TSVTable(text)) }
        return SidecarFigure(path: path, annotation: annotation, exists: true, siblings: tables)
    }
}

/// Lints a sidecar's text (the path's suffix decides its kind).
func lintSidecar(_ text: String, rules: [String]? = nil, path: String = "x/_data/PMC1__f1-genes.tsv",
                 figure: SidecarFigure? = nil) -> [Diagnostic] {
    var document = AnnotationDocument(path: path, text: text)
    document.figure = figure
    return linter(rules: rules).lint(document)
}

/// Values that link to a web page: a gene's `entrez` (NCBI Gene), a chemical's or
/// disease's MeSH `identifier` (MeSH Browser), `figid` (the figure's PFOCR page),
/// `pmcid` (PMC), `doi` (doi.org), `figlink` (the figure page at NCBI). Each link covers the value inside its quotes. Empty while
/// the front matter does not parse.
public enum DocumentLinks {
    public static func links(_ document: AnnotationDocument, reference: ReferenceSnapshot) -> [DocumentLink] {
        guard let annotation = document.annotation else { return [] }
        var links: [DocumentLink] = []
        let source = document.source
        func add(_ value: Located<String>?, target: (String) -> String?, tooltip: (String) -> String) {
            guard let value else { return }
            let text = value.value.trimmingBlanks
            guard !text.isEmpty, let url = target(text) else { return }
            links.append(DocumentLink(range: inner(value.range, in: source), target: url, tooltip: tooltip(text)))
        }
        add(annotation.figid, target: { isFigid($0) ? pfocrURL(figid: $0) : nil },
            tooltip: { "\($0) at PFOCR" })
        add(annotation.pmcid, target: { isPMCID($0) ? "https://www.ncbi.nlm.nih.gov/pmc/articles/\($0)/" : nil },
            tooltip: { "\($0) in PubMed Central" })
        add(annotation.text("doi"), target: { "https://doi.org/" + percentEncoded($0) }, tooltip: { "doi:\($0)" })
        add(annotation.figlink, target: { $0.hasPrefix("/") ? "https://www.ncbi.nlm.nih.gov" + percentEncoded($0) : nil },
            tooltip: { _ in "The figure at PubMed Central" })
        for gene in annotation.genes {
            add(gene.entrez, target: { id in isDigits(id) ? EditorMarkdown.entrezURL(id) : nil }, tooltip: { id in
                let symbol = reference.hgnc.approved(entrez: id).map { " (\($0.symbol))" } ?? ""
                return "NCBI Gene \(id)\(symbol)"
            })
        }
        for entry in annotation.chemicals + annotation.diseases {
            add(entry.identifier, target: { MeSHIndex.isWellFormedID($0) ? EditorMarkdown.meshURL($0) : nil },
                tooltip: { id in
                    let label = reference.mesh.concept(id: id).map { ": \($0.label)" } ?? ""
                    return "MeSH \(id)\(label)"
                })
        }
        return links.sorted { $0.range < $1.range }
    }

    /// A quoted scalar's range without its quotes (when it is on one line).
    static func inner(_ range: ByteRange, in source: SourceText) -> ByteRange {
        guard range.count >= 2 else { return range }
        let first = source.bytes[range.start], last = source.bytes[range.end - 1]
        if (first == UInt8(ascii: "'") || first == UInt8(ascii: "\"")) && last == first
            && source.line(containing: range.start) == source.line(containing: range.end - 1) {
            return ByteRange(range.start + 1, range.end - 1)
        }
        return range
    }

    /// The figure's page on the PFOCR site.
    public static func pfocrURL(figid: String) -> String {
        "https://pfocr.wikipathways.org/figures/\(percentEncoded(figid)).html"
    }

    /// `PMC<digits>__<name>`: what a figid looks like (anything else would be a dead link).
    static func isFigid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let separator = bytes.indices.dropLast().first(where: { bytes[$0] == UInt8(ascii: "_") && bytes[$0 + 1] == UInt8(ascii: "_") })
        else { return false }
        return isPMCID(String(decoding: bytes[..<separator], as: UTF8.self)) && separator + 2 < bytes.count
    }

    static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    static func isPMCID(_ text: String) -> Bool {
        text.hasPrefix("PMC") && isDigits(String(text.dropFirst(3)))
    }

    /// Bytes a URL cannot hold as they are (blanks, quotes, angle brackets, non-ASCII …)
    /// percent-encoded; `/`, `:`, `;`, `(`, `)` and the like kept.
    static func percentEncoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in text.utf8 {
            if byte > 0x20 && byte < 0x7F && !"\"<>\\^`{|}%#".utf8.contains(byte) {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

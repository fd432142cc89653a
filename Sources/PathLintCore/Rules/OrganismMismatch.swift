/// A figure's organisms: `organisms` against the figure's own text, and against the
/// organisms of its gene rows.
struct OrganismMismatch: Rule {
    let id = "organism-mismatch"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = DocumentKind.mentionKinds
    let summary = "`organisms` says Homo sapiens but the titles or caption name another organism; one item names several; "
        + "or a block of gene rows comes from an organism `organisms` does not name."
    let documentation = """
    ## What it checks
    A figure's front matter, in either layout (the file with gene lists, or \
    `_figures/<figid>.md`):
    - when `organisms` is only Homo sapiens, whether the figure title, the paper title or \
      the caption names a yeast, plant, bacterium, fly, fish, frog, worm, fungus or \
      protozoan parasite (by genus, species or common name, as a whole word). Bacteria \
      and parasites are reported as information only: figures name them mostly as what \
      a human host responds to (sepsis, infection);
    - an `organisms` item that holds several organisms in one string \
      (`Homo sapiens, Mus musculus`).

    A genes table whose figure file was found: each organism's block of rows (by \
    `organism_id`), against the figure's `organisms` (curated; `NA` when nobody \
    curated it) and `organisms_ner` (text mining). Organisms are compared by genus and \
    species (`Escherichia coli str. K-12 substr. MG1655` is `Escherichia coli`). One \
    finding per block, on its first `organism_name`:
    - a warning when neither list names the organism (the usual shape: a block of fly \
    genes in a human figure, each word matched a second time in the fly lexicon);
    - a warning when only `organisms_ner` names it and `organisms` names others;
    - when only `organisms_ner` names it and `organisms` is `NA`: for a non-human block \
    beside human rows, a warning when at least half of its words also matched the human \
    rows (the same words matched a second time in the other organism's lexicon), an \
    info otherwise; an info for a non-human block beside other non-human ones.

    The human rows of a figure with `organisms` `NA` are not reported (PFOCR is a human \
    resource first), nor is a table of one organism that `organisms_ner` names: nothing \
    contradicts it. The front matter's gene lists are human by design and have no blocks.

    ## Why it matters
    PFOCR annotated every old-layout figure with human genes: a yeast or plant pathway \
    then lists human genes for the organism's own, and enrichment tools count them as \
    human. In a table, the genes of the wrong species put the figure into that species' \
    pathway searches and double every gene the word matched.

    ## Example
    ```yaml
    figtitle: Sterol biosynthesis in Saccharomyces cerevisiae
    organisms:
    - Homo sapiens
    ```
    or `organisms: [NA]`, `organisms_ner: [Homo sapiens]`, and 24 rows of \
    `7227 Drosophila melanogaster` beside the human rows of the genes table.

    ## Correct
    The organism the figure shows, and its genes rather than human ones; in a table, \
    only the human rows, or `organisms: [Homo sapiens, Drosophila melanogaster]` when the \
    figure does show fly genes.

    ## Fix
    None: the genes themselves need curating, and deleting a block needs a look at the \
    figure.

    ## Curation action
    Read the figure: if it shows the other organism, correct `organisms` and review the \
    genes; in a table, delete the other organism's rows or add the organism to \
    `organisms`.

    ## Data
    A short table of organism names in this rule (genera, species, common names); the \
    figure's front matter.
    """

    /// Organism words, lower case, and the group each names.
    static let organismWords: [(word: String, group: String)] = [
        ("yeast", "yeast"), ("yeasts", "yeast"), ("saccharomyces", "yeast"), ("cerevisiae", "yeast"),
        ("pombe", "yeast"), ("schizosaccharomyces", "yeast"),
        ("arabidopsis", "a plant"), ("thaliana", "a plant"), ("plant", "a plant"), ("plants", "a plant"),
        ("oryza", "a plant"), ("rice", "a plant"), ("maize", "a plant"), ("wheat", "a plant"), ("tobacco", "a plant"),
        ("nicotiana", "a plant"), ("tomato", "a plant"), ("soybean", "a plant"), ("chloroplast", "a plant"),
        ("chloroplasts", "a plant"), ("ginseng", "a plant"),
        ("bacteria", "a bacterium"), ("bacterium", "a bacterium"), ("bacterial", "a bacterium"),
        ("escherichia", "a bacterium"), ("coli", "a bacterium"), ("bacillus", "a bacterium"),
        ("mycobacterium", "a bacterium"), ("staphylococcus", "a bacterium"), ("pseudomonas", "a bacterium"),
        ("salmonella", "a bacterium"), ("streptomyces", "a bacterium"), ("streptococcus", "a bacterium"),
        ("cyanobacteria", "a bacterium"), ("vibrio", "a bacterium"), ("listeria", "a bacterium"),
        ("drosophila", "the fly"),
        ("zebrafish", "a fish"), ("danio", "a fish"), ("medaka", "a fish"), ("teleost", "a fish"),
        ("xenopus", "the frog"), ("frog", "the frog"), ("frogs", "the frog"),
        ("elegans", "the worm"), ("caenorhabditis", "the worm"), ("nematode", "the worm"),
        ("fungi", "a fungus"), ("fungal", "a fungus"), ("fungus", "a fungus"), ("aspergillus", "a fungus"),
        ("plasmodium", "a parasite"), ("trypanosoma", "a parasite"), ("toxoplasma", "a parasite"),
        ("leishmania", "a parasite"),
    ]

    func check(_ context: RuleContext) -> [Diagnostic] {
        if let sidecar = context.document.sidecar {
            guard sidecar.kind == .genes, let annotation = context.document.figure?.annotation else { return [] }
            return OrganismMismatch.blocks(sidecar.geneRows, figure: annotation, context: context)
        }
        guard let annotation = context.annotation else { return [] }
        return OrganismMismatch.figureChecks(annotation, context: context)
    }

    /// `organisms` against the figure's own text, and items that name several organisms.
    private static func figureChecks(_ annotation: Annotation, context: RuleContext) -> [Diagnostic] {
        let organisms = annotation.organisms
        var diagnostics: [Diagnostic] = []
        for item in organisms where OrganismMismatch.namesSeveral(item.value) {
            diagnostics.append(context.diagnostic(
                "`\(item.value)` names several organisms in one item: list each as its own item", at: item.range))
        }
        guard organisms.count == 1, let human = organisms.first, human.value == "Homo sapiens" else { return diagnostics }
        let texts: [(String, Located<String>?)] = [("figure title", annotation.figtitle), ("paper title", annotation.papertitle),
                                                    ("caption", annotation.caption)]
        for (what, text) in texts {
            guard let text = text?.value, let found = OrganismMismatch.organism(in: text) else { continue }
            var diagnostic = context.diagnostic(
                "`organisms` says Homo sapiens, but the \(what) names \(found.group) (`\(found.word)`)", at: human.range)
            // Bacteria and parasites are named mostly as what a human host responds to.
            if found.group == "a bacterium" || found.group == "a parasite" { diagnostic.severity = .info }
            diagnostics.append(diagnostic)
            break
        }
        return diagnostics
    }

    /// The organism words by first letter (`a`…`z`) and length, as bytes: a word of the
    /// text is compared with the few of its letter and length, byte by byte, so that no
    /// string is made for it (this runs over every title and caption).
    private static let wordsByShape: [[(bytes: [UInt8], word: String, group: String)]] = {
        var table = [[(bytes: [UInt8], word: String, group: String)]](repeating: [], count: 26 * 20)
        for entry in organismWords {
            let bytes = Array(entry.word.utf8)
            guard table[shape(bytes[0], bytes.count)].allSatisfy({ $0.bytes != bytes }) else { continue }  // first listing wins
            table[shape(bytes[0], bytes.count)].append((bytes, entry.word, entry.group))
        }
        return table
    }()

    /// The table slot of a word starting with lower-case letter `first`, `length` < 20 bytes long.
    private static func shape(_ first: UInt8, _ length: Int) -> Int { Int(first - 0x61) * 20 + length }

    /// The first organism word in `text`, as a whole word, case-insensitively, in one pass
    /// over the bytes in place.
    static func organism(in text: String) -> (word: String, group: String)? {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while let word = nextWord(in: bytes, from: index) {
                index = word.upperBound
                guard let found = organismWord(bytes, word) else { continue }
                // `yeast two-hybrid`, `yeast extract`: a laboratory method, not the figure's organism.
                let next = nextWord(in: bytes, from: word.upperBound)
                if let next, equalsLowered(bytes, next, "extract") { continue }
                if let next, ["two", "2", "one"].contains(where: { equalsLowered(bytes, next, $0) }),
                   let afterNext = nextWord(in: bytes, from: next.upperBound), equalsLowered(bytes, afterNext, "hybrid") {
                    continue
                }
                return (String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self), found.group)
            }
            return nil
        }
    }

    /// The organism word that `bytes[word]` is, ignoring ASCII case.
    private static func organismWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> (word: String, group: String)? {
        let first = bytes[word.lowerBound] | 0x20
        guard (4...19).contains(word.count), first >= 0x61, first <= 0x7A else { return nil }
        for candidate in wordsByShape[shape(first, word.count)] where equalsLowered(bytes, word, candidate.bytes) {
            return (candidate.word, candidate.group)
        }
        return nil
    }

    /// Whether `bytes[word]`, ASCII capitals lowered, is `lowercase`.
    private static func equalsLowered(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, _ lowercase: some Collection<UInt8>) -> Bool {
        guard word.count == lowercase.count else { return false }
        return zip(bytes[word], lowercase).allSatisfy { byte, expected in
            (byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte) == expected
        }
    }

    private static func equalsLowered(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, _ lowercase: String) -> Bool {
        equalsLowered(bytes, word, lowercase.utf8)
    }

    /// The next run of word bytes at or after `start`.
    private static func nextWord(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        var index = start
        while index < bytes.count, !isWordByte(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        let wordStart = index
        while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
        return wordStart..<index
    }

    /// ASCII letters and digits, and any non-ASCII byte (`é` stays inside its word).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }

    /// Two binomials in one string (`Homo sapiens, Mus musculus`, `Homo sapiens Mus musculus`).
    static func namesSeveral(_ item: String) -> Bool {
        // Two binomials take four words, so three separators at least; nearly every item
        // is one binomial, told by counting bytes before splitting into Characters.
        guard item.utf8.lazy.filter({ $0 == 0x20 || $0 == 0x2C || $0 == 0x3B }).count >= 3 else { return false }
        let words = item.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" })
        var binomials = 0
        var index = 0
        while index + 1 < words.count {
            let genus = words[index], species = words[index + 1]
            if genus.first?.isUppercase == true, genus.dropFirst().allSatisfy(\.isLowercase),
               species.allSatisfy(\.isLowercase), genus.count > 1, species.count > 2 {
                binomials += 1
                index += 2
            } else {
                index += 1
            }
        }
        return binomials >= 2
    }

    /// Each organism's block of a genes table's rows against the figure's organisms.
    private static func blocks(_ geneRows: [SidecarGeneRow], figure annotation: Annotation, context: RuleContext) -> [Diagnostic] {
        let curated = annotation.curatedOrganisms.map(\.value)
        let ner = annotation.organismsNER.map(\.value)
        let blocks = SidecarRows.byOrganism(geneRows).filter { !$0.id.isEmpty }
        var diagnostics: [Diagnostic] = []
        for (organismID, rows) in blocks {
            guard let nameCell = rows.first?.organismName, let name = nameCell.value else { continue }
            if curated.contains(where: { OrganismMismatch.sameSpecies($0, name) }) { continue }
            let inNER = ner.contains { OrganismMismatch.sameSpecies($0, name) }
            let words = Array(Set(rows.compactMap { $0.word?.value })).sorted().prefix(4).map { "`\($0)`" }.joined(separator: ", ")
            let block = "\(rows.count) row\(rows.count == 1 ? "" : "s") of \(name) (\(organismID); words \(words))"
            let curatedText = curated.isEmpty ? "organisms is NA" : "organisms names " + curated.prefix(3).joined(separator: ", ")
                + (curated.count > 3 ? ", …" : "")
            if !inNER {
                diagnostics.append(context.diagnostic(
                    "\(block): neither organisms nor organisms_ner names this organism (\(curatedText))", at: nameCell.range))
            } else if !curated.isEmpty {
                diagnostics.append(context.diagnostic(
                    "\(block): only the text-mined organisms_ner names this organism; \(curatedText)", at: nameCell.range))
            } else if organismID != "9606", let human = blocks.first(where: { $0.id == "9606" })?.rows {
                // organisms is NA; the human rows are the figure's, unless its words are not theirs.
                let humanWords = Set(human.compactMap { $0.word?.value })
                let ownWords = Set(rows.compactMap { $0.word?.value })
                let shared = ownWords.intersection(humanWords)
                if !ownWords.isEmpty && shared.count * 2 >= ownWords.count {
                    diagnostics.append(context.diagnostic(
                        "\(block): organisms is NA, only the text-mined organisms_ner names this organism, and "
                            + "\(shared.count) of its \(ownWords.count) words also matched the human rows: the same words "
                            + "matched a second time in this organism's lexicon", at: nameCell.range))
                } else {
                    var diagnostic = context.diagnostic(
                        "\(block): organisms is NA and only the text-mined organisms_ner names this organism", at: nameCell.range)
                    diagnostic.severity = .info
                    diagnostics.append(diagnostic)
                }
            } else if blocks.count > 1 && organismID != "9606" {
                var diagnostic = context.diagnostic(
                    "\(block): organisms is NA and only the text-mined organisms_ner names this organism", at: nameCell.range)
                diagnostic.severity = .info
                diagnostics.append(diagnostic)
            }
        }
        return diagnostics
    }

    /// The same genus and species (the first two words), or the same name.
    static func sameSpecies(_ lhs: String, _ rhs: String) -> Bool {
        func binomial(_ text: String) -> [Substring] { Array(text.split(separator: " ").prefix(2)) }
        return lhs == rhs || binomial(lhs).count == 2 && binomial(lhs) == binomial(rhs)
    }
}

/// `organisms` says human while the figure's own text names another organism.
struct OrganismMismatch: Rule {
    let id = "organism-mismatch"
    let defaultSeverity = Severity.warning
    let summary = "`organisms` says Homo sapiens but the title or caption names another organism; or one item names several."
    let documentation = """
    ## What it checks
    In the layout with gene lists in the front matter:
    - when `organisms` is only Homo sapiens, whether the figure title, the paper title or \
      the caption names a yeast, plant, bacterium, fly, fish, frog, worm, fungus or \
      protozoan parasite (by genus, species or common name, as a whole word);
    - an `organisms` item that holds several organisms in one string \
      (`Homo sapiens, Mus musculus`).

    Bacteria and parasites are reported as information only: figures name them mostly \
    as what a human host responds to (sepsis, infection).

    ## Why it matters
    PFOCR annotated every figure with human genes. A yeast or plant pathway then lists \
    human genes for the organism's own, and enrichment tools count them as human.

    ## Example
    ```yaml
    figtitle: Sterol biosynthesis in Saccharomyces cerevisiae
    organisms:
    - Homo sapiens
    ```

    ## Correct
    The organism the figure shows, and its genes rather than human ones.

    ## Fix
    None: the genes themselves need curating.

    ## Curation action
    Read the figure: if it shows the other organism, correct `organisms` and review the genes.

    ## Data
    A short table of organism names in this rule (genera, species, common names).
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
        guard let annotation = context.annotation, annotation.layout == .frontMatterLists else { return [] }
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

    /// Per first letter (`a`…`z`), a bit per length that some organism word has.
    private static let candidateShapes: [UInt32] = organismWords.reduce(into: [UInt32](repeating: 0, count: 26)) { shapes, entry in
        let bytes = Array(entry.word.utf8)
        shapes[Int(bytes[0] - 0x61)] |= 1 << bytes.count
    }

    static let groupOfWord: [String: String] = Dictionary(organismWords.map { ($0.word, $0.group) }) { first, _ in first }

    /// The first organism word in `text`, as a whole word, case-insensitively: one pass
    /// over the bytes in place, a dictionary lookup only for a word whose first letter and
    /// length some organism word has. (It runs on every title and caption.)
    static func organism(in text: String) -> (word: String, group: String)? {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while let word = nextWord(in: bytes, from: index) {
                index = word.upperBound
                let length = word.count
                guard (4...19).contains(length) else { continue }
                let first = bytes[word.lowerBound] | 0x20
                guard first >= 0x61, first <= 0x7A, candidateShapes[Int(first - 0x61)] & (1 << length) != 0,
                      let group = groupOfWord[lowered(bytes, word)] else { continue }
                // `yeast two-hybrid`, `yeast extract`: a laboratory method, not the figure's organism.
                let next = nextWord(in: bytes, from: word.upperBound)
                let afterNext = next.flatMap { nextWord(in: bytes, from: $0.upperBound) }
                let nextText = next.map { lowered(bytes, $0) }
                if nextText == "extract" { continue }
                if let nextText, ["two", "2", "one"].contains(nextText), let afterNext, lowered(bytes, afterNext) == "hybrid" {
                    continue
                }
                return (String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self), group)
            }
            return nil
        }
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

    /// The word with ASCII capitals lowered, built in place (no intermediate array).
    private static func lowered(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: word.count) { buffer in
            for (offset, byte) in bytes[word].enumerated() {
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
            }
            return word.count
        }
    }

    /// ASCII letters and digits, and any non-ASCII byte (`é` stays inside its word).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }

    /// Two binomials in one string (`Homo sapiens, Mus musculus`, `Homo sapiens Mus musculus`).
    static func namesSeveral(_ item: String) -> Bool {
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
}

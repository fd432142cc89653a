/// An everyday English word taken as a gene synonym.
struct SidecarEnglishWord: Rule {
    let id = "sidecar-english-word"
    let defaultSeverity = Severity.warning
    let documentKinds: Set<DocumentKind> = [.tsv]
    let summary = "A gene row's `word` is an everyday English word written as one (`and`, `ago`, `Large`), matched as a synonym."
    let documentation = """
    ## What it checks
    Rows with `source` `ncbigene_synonym` whose `word` is written as an English word — \
    lower case or capitalised, not in capitals as gene labels are — and is on a short \
    built-in list: function words (`and`, `the`, `did`, `ago`, …) for every organism; \
    common content words (`fast`, `large`, `tube`, `fog`, `mast`, …) for human rows only, \
    since fly and other nomenclatures use such words as real gene names (`tube`, `fog`). \
    `Ill` is not on the list: in figures it is OCR's reading of `Il1`/`IL1`, usually \
    right. The list is this rule's own (it does not share the old layout's word list).

    ## Why it matters
    OCR reads every word of a figure, and NCBI's synonyms include everyday words: `and` \
    becomes a fly gene, `fog` (brain fog) a mouse one. Such rows put the figure on genes \
    it does not show.

    ## Example
    ```
    7227\tDrosophila melanogaster\tInvertebrates\tand\tAND\tAndorra\t…\tncbigene_synonym\t…
    ```

    ## Correct
    No row.

    ## Fix
    None.

    ## Curation action
    Delete the row unless the figure names the gene.

    ## Data
    A built-in list of common English words.
    """

    static let functionWords: Set<String> = [
        "and", "the", "did", "less", "ago", "was", "for", "not", "with", "from", "this", "that", "then", "than",
        "when", "also", "both", "each", "only", "over", "such", "very", "will", "may", "must", "you", "yes", "yet",
        "are", "but", "has", "had", "its", "our", "who", "why", "how", "all", "any", "can", "off", "per", "via",
        "into", "onto", "upon", "here", "there", "were", "been", "being", "they", "them", "their", "these", "those",
    ]
    static let contentWords: Set<String> = [
        "fast", "large", "small", "tube", "fog", "mast", "glow", "sat", "end", "set", "mice", "cell", "cells",
        "open", "gate", "lead", "stop", "step", "type", "wing", "eye", "arm", "leg", "bar", "cap", "car", "cat", "cut",
        "day", "dog", "ear", "egg", "far", "fat", "fit", "gap", "gas", "hat", "hot", "key", "lab", "law", "low", "man",
        "map", "net", "new", "old", "one", "out", "pan", "pen", "pet", "pig", "pin", "pit", "pot", "rat", "raw", "ray",
        "red", "rod", "row", "run", "sad", "saw", "sea", "see", "sun", "tan", "tap", "tea", "ten", "tie", "tin", "tip",
        "top", "toy", "two", "van", "war", "wax", "way", "web", "wet", "six", "big", "bed", "box", "age", "aim", "act",
        "white", "black", "green", "blue", "light", "dark", "long", "short", "high", "heart", "brain", "blood", "bone",
        "skin", "hair", "milk", "food", "water", "time", "rest", "early", "late", "major", "minor", "face", "hand",
    ]

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let sidecar = context.document.sidecar, sidecar.kind == .genes else { return [] }
        var diagnostics: [Diagnostic] = []
        for row in sidecar.geneRows where row.source?.text == SidecarSource.synonym.rawValue {
            guard let wordCell = row.word, let word = wordCell.value, let symbol = row.symbol?.value,
                  SidecarEnglishWord.isWrittenAsAWord(word) else { continue }
            let lower = word.lowercased()
            let listed = SidecarEnglishWord.functionWords.contains(lower)
                || row.isHuman && SidecarEnglishWord.contentWords.contains(lower)
            guard listed, !SymbolKey.equivalent(word, symbol) else { continue }
            diagnostics.append(context.diagnostic(
                "`\(word)` is an everyday English word: \(symbol) (through its synonym `\(row.match?.text ?? word)`) is probably a false match",
                at: wordCell.range))
        }
        return diagnostics
    }

    /// Lower case (`and`) or capitalised (`Large`), letters only: how prose writes a word.
    static func isWrittenAsAWord(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2, scalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) else { return false }
        return scalars.dropFirst().allSatisfy { ("a"..."z").contains($0) }
    }
}

/// Words by which a figure's text names an organism. Two sources:
/// - the MeSH Organisms tree (`B`) of the snapshot: every descriptor's label and entry
///   terms that are one word (`Burkholderia`, `Yeasts`, `Arabidopsis`) or a binomial
///   (`Corynebacterium glutamicum`), grouped by tree (mammals B01.050.150.900.649, other
///   vertebrates B01.050.150.900, insects B01.050.500.131.617, nematodes B01.050.500.500,
///   plants B01.650 and B01.875, fungi B01.300, bacteria B03, archaea B02). Words that are on the
///   snapshot's word lists (English words that are gene aliases, curated not-gene words,
///   gene names) or shorter than four letters are left out by that general rule;
/// - by hand, each with its reason: the English common names NCBI Taxonomy gives the
///   organisms PFOCR annotates (`SidecarRows.taxa`), which MeSH files under multi-word
///   terms (`Fruit Fly`), with their NCBI Taxonomy IDs so a block's organism can be
///   recognised; and words that name a mammalian host (`infection`, `macrophage`): a
///   host-pathogen figure draws the host's genes.
enum OrganismWords {
    enum Group: String, Sendable {
        /// Human, or the mammals whose studies PFOCR annotates with human genes.
        case mammal
        case vertebrate, insect, nematode, plant, fungus, bacterium, protist
    }

    struct Entry: Sendable, Hashable {
        /// Lower-case word (or two words, space-separated) as it appears in text.
        let word: String
        let group: Group
        /// NCBI Taxonomy IDs of the organisms the word names; empty for a group word.
        let taxa: Set<String>
        let names: String
    }

    private static func entries(_ group: Group, _ taxa: Set<String>, _ names: String, _ words: [String]) -> [Entry] {
        words.map { Entry(word: $0, group: group, taxa: taxa, names: names) }
    }

    /// The hand entries: common names of the organisms PFOCR annotates, and host words.
    static let all: [Entry] =
        entries(.mammal, ["9606"], "Homo sapiens", ["human", "humans", "patient", "patients", "homo", "sapiens", "subjects",
                                                       "participants", "volunteers", "donors", "clinical"])
        + entries(.mammal, ["10090"], "Mus musculus", ["mouse", "mice", "murine", "musculus"])
        + entries(.mammal, ["10116"], "Rattus norvegicus", ["rat", "rats", "rattus", "norvegicus"])
        + entries(.mammal, ["9913"], "Bos taurus", ["bovine", "cattle", "cow", "cows", "dairy"])
        + entries(.mammal, ["9823"], "Sus scrofa", ["pig", "pigs", "porcine", "swine", "piglets"])
        + entries(.mammal, ["9615"], "Canis lupus familiaris", ["dog", "dogs", "canine"])
        + entries(.mammal, ["9796"], "Equus caballus", ["horse", "horses", "equine"])
        + entries(.mammal, ["9544"], "Macaca mulatta", ["macaque", "macaques", "rhesus", "monkey", "monkeys"])
        + entries(.mammal, ["10029"], "Cricetulus griseus", ["hamster", "hamsters"])
        + entries(.mammal, ["9986"], "Oryctolagus cuniculus", ["rabbit", "rabbits"])
        + entries(.mammal, ["9940"], "Ovis aries", ["sheep", "ovine", "ewes"])
        + entries(.mammal, [], "mammals", ["mammal", "mammals", "mammalian", "mammary", "lactation", "placenta", "placental"])
        // A host-pathogen figure draws the host's genes: these words name the (mammalian) host.
        + entries(.mammal, [], "a host", ["host", "hosts", "pathogen", "pathogens", "pathogenic", "infection", "infections",
                                          "infected", "macrophage", "macrophages", "epithelial", "immune", "inflammatory",
                                          "inflammation", "virulence", "sepsis", "septic"])
        + entries(.vertebrate, ["7955"], "Danio rerio", ["zebrafish", "danio", "rerio"])
        + entries(.vertebrate, ["9031"], "Gallus gallus", ["chicken", "chickens", "chick", "gallus"])
        + entries(.vertebrate, ["8364", "8355"], "Xenopus", ["xenopus", "frog", "frogs", "tadpole", "tadpoles"])
        + entries(.insect, ["7227"], "Drosophila melanogaster", ["drosophila", "melanogaster", "fly", "flies"])
        + entries(.nematode, ["6239"], "Caenorhabditis elegans", ["elegans", "caenorhabditis", "nematode", "nematodes", "worm", "worms"])
        + entries(.fungus, ["559292", "4932"], "Saccharomyces cerevisiae", ["yeast", "yeasts", "saccharomyces", "cerevisiae"])
        + entries(.fungus, ["4896"], "Schizosaccharomyces pombe", ["pombe", "schizosaccharomyces"])
        + entries(.plant, ["3702"], "Arabidopsis thaliana", ["arabidopsis", "thaliana"])
        + entries(.bacterium, ["511145"], "Escherichia coli", ["escherichia", "coli"])
        + entries(.bacterium, ["1280", "1282"], "Staphylococcus", ["staphylococcus"])

    /// MeSH Organisms tree prefixes and the group each stands for, most specific first.
    static let treeGroups: [(prefix: String, group: Group)] = [
        ("B01.050.150.900.649", .mammal), ("B01.050.150.900", .vertebrate), ("B01.050.500.131.617", .insect),
        ("B01.050.500.500", .nematode), ("B01.650", .plant), ("B01.875", .plant), ("B01.300", .fungus), ("B03", .bacterium), ("B02", .bacterium),
    ]

    /// The words a snapshot knows as organisms: the hand entries, then the terms of MeSH
    /// descriptors in the Organisms tree, looked up word by word as figures use them (a
    /// figure reads a few hundred words; reading the whole tree cost every run ~40 ms).
    struct Vocabulary: Sendable {
        let reference: ReferenceSnapshot?

        func entry(_ word: String) -> Entry? {
            if let hand = byWord[word] { return hand }
            guard let reference else { return nil }
            return meshEntries.value(for: reference.directory + "\u{0}" + word) { meshEntry(word, reference) }
        }
    }

    static func vocabulary(_ reference: ReferenceSnapshot) -> Vocabulary { Vocabulary(reference: reference) }

    private static let meshEntries = LookupCache<String, Entry?>()

    /// The organism `word` (one word, or a binomial `genus species`) names in MeSH: a plain
    /// label or entry term of a descriptor in a `treeGroups` branch, the lowest ID winning.
    /// Single words that are also English or curated words, and words under four letters,
    /// are left out.
    static func meshEntry(_ word: String, _ reference: ReferenceSnapshot) -> Entry? {
        let parts = word.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 1 || parts.count == 2, parts.allSatisfy({ $0.utf8.count >= 4 }),
              parts.count == 2 || reference.words.entries(for: word).isEmpty else { return nil }
        // The key finds every concept with such a term (`mesh-labels.tsv` keeps one term per
        // key and concept: `Soy Bean` stands for `Soybean` too); the concept's own terms decide.
        var best: (id: String, entry: Entry)?
        for id in reference.mesh.conceptIDs(withTermKey: SymbolKey.normalize(word)) where id.hasPrefix("D") {
            guard best.map({ id < $0.id }) ?? true, let concept = reference.mesh.concept(id: id),
                  ([concept.label] + concept.entryTerms).contains(where: { isPlain($0) && words($0) == parts }),
                  let group = concept.treeNumbers.lazy.compactMap({ tree in treeGroups.first { tree.hasPrefix($0.prefix) }?.group }).first
            else { continue }
            best = (id, Entry(word: word, group: group, taxa: [], names: concept.label))
        }
        return best?.entry
    }

    /// Letters and spaces only; ASCII on its bytes, anything else by `Character`.
    static func isPlain(_ term: String) -> Bool {
        if term.utf8.allSatisfy({ $0 < 0x80 }) {
            return term.utf8.allSatisfy { byte in
                byte == UInt8(ascii: " ") || (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            }
        }
        return term.allSatisfy { $0.isLetter || $0 == " " }
    }

    private static let byWord: [String: Entry] = Dictionary(all.map { ($0.word, $0) }, uniquingKeysWith: { first, _ in first })

    /// The organism words of `text` (single words and binomials), each once, in order of first use.
    static func named(in text: String, vocabulary: Vocabulary = Vocabulary(reference: nil)) -> [Entry] {
        named(inWords: words(text), vocabulary: vocabulary)
    }

    static func named(inWords words: [String], vocabulary: Vocabulary = Vocabulary(reference: nil)) -> [Entry] {
        var seen: Set<String> = []
        var result: [Entry] = []
        for (index, word) in words.enumerated() {
            var found = [word]
            if index + 1 < words.count { found.append(word + " " + words[index + 1]) }
            for candidate in found {
                guard let entry = vocabulary.entry(candidate), seen.insert(candidate).inserted else { continue }
                result.append(entry)
            }
        }
        return result
    }

    private static let mammalTaxa: Set<String> = Set(all.filter { $0.group == .mammal }.flatMap(\.taxa))

    /// Whether the taxon is a mammal's (PFOCR reads mammal studies with human genes).
    static func isMammal(_ taxon: String) -> Bool { mammalTaxa.contains(taxon) }

    /// Lower-cased words of letters and digits, read on the bytes (a caption is long and
    /// `Character` properties are slow); any non-ASCII byte belongs to a word.
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...: current.append(byte)
            default: flush()
            }
        }
        flush()
        return result
    }

    /// Whether `words` name the organism of taxon `taxon` called `name`: by an entry of
    /// that taxon, or by the genus or species of its name (`Danio`, `rerio`).
    static func names(taxon: String, name: String, in entries: [Entry], words: Set<String>) -> Bool {
        if entries.contains(where: { $0.taxa.contains(taxon) }) { return true }
        let parts = OrganismWords.words(name).prefix(2).filter { $0.utf8.count >= 4 }
        return parts.contains(where: words.contains)
    }
}

/// Words by which a figure's text names an organism: the scientific names (genus,
/// species epithet) and English common names that NCBI Taxonomy gives for the organisms
/// PFOCR annotates, and for the groups of organisms whose pathways PFOCR figures draw
/// without human genes (bacteria, fungi, plants, insects). General and sourced (NCBI
/// Taxonomy, https://www.ncbi.nlm.nih.gov/taxonomy, names and common names); each entry
/// says what it names. Words that also name a human disease (`tuberculosis`) or the
/// human microbiome (`microbiota`) are left out: a human figure uses them.
enum OrganismWords {
    enum Group: String, Sendable {
        /// Human, or the mammals whose studies PFOCR annotates with human genes.
        case mammal
        case vertebrate, insect, nematode, plant, fungus, bacterium, protist
    }

    struct Entry: Sendable, Hashable {
        /// Lower-case word as it appears in text.
        let word: String
        let group: Group
        /// NCBI Taxonomy IDs of the organisms the word names; empty for a group word.
        let taxa: Set<String>
        let names: String
    }

    private static func entries(_ group: Group, _ taxa: Set<String>, _ names: String, _ words: [String]) -> [Entry] {
        words.map { Entry(word: $0, group: group, taxa: taxa, names: names) }
    }

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
        + entries(.mammal, [], "mammals", ["mammal", "mammals", "mammalian"])
        // A host-pathogen figure draws the host's genes: these words name the (mammalian) host.
        + entries(.mammal, [], "a host", ["host", "hosts", "pathogen", "pathogens", "pathogenic", "infection", "infections",
                                          "infected", "macrophage", "macrophages", "epithelial", "immune", "inflammatory",
                                          "inflammation", "virulence", "sepsis", "septic"])
        + entries(.mammal, [], "mammals", ["mammary", "lactation", "placenta", "placental"])
        + entries(.vertebrate, ["7955"], "Danio rerio", ["zebrafish", "danio", "rerio"])
        + entries(.vertebrate, ["9031"], "Gallus gallus", ["chicken", "chickens", "chick", "gallus", "broilers"])
        + entries(.vertebrate, ["8364", "8355"], "Xenopus", ["xenopus", "frog", "frogs", "tadpole", "tadpoles"])
        + entries(.insect, ["7227"], "Drosophila melanogaster", ["drosophila", "melanogaster", "fly", "flies"])
        + entries(.insect, [], "insects", ["insect", "insects", "mosquito", "mosquitoes", "aedes", "anopheles", "silkworm",
                                           "bombyx", "honeybee", "honeybees", "tribolium", "aphid", "aphids", "lepidoptera",
                                           "diapause", "locust", "locusts"])
        + entries(.nematode, ["6239"], "Caenorhabditis elegans", ["elegans", "caenorhabditis", "nematode", "nematodes", "worm", "worms"])
        + entries(.fungus, ["559292", "4932"], "Saccharomyces cerevisiae", ["yeast", "yeasts", "saccharomyces", "cerevisiae"])
        + entries(.fungus, ["4896"], "Schizosaccharomyces pombe", ["pombe", "schizosaccharomyces"])
        + entries(.fungus, [], "fungi", ["fungi", "fungus", "fungal", "candida", "aspergillus", "neurospora", "fusarium",
                                         "magnaporthe", "cryptococcus", "trichoderma", "mycelium", "hyphae"])
        + entries(.plant, ["3702"], "Arabidopsis thaliana", ["arabidopsis", "thaliana"])
        + entries(.plant, [], "plants", ["plant", "plants", "poplar", "populus", "rice", "oryza", "maize", "wheat",
                                         "tomato", "tobacco", "nicotiana", "soybean", "barley", "potato", "grapevine",
                                         "kiwifruit", "citrus", "chloroplast", "chloroplasts", "photosynthesis",
                                         "photosynthetic", "leaves", "seedlings", "poppy", "papaver", "medicago",
                                         "legume", "algae", "microalgae", "diatom", "diatoms",
                                         "chlamydomonas", "cyanobacteria", "cyanobacterial", "synechocystis"])
        + entries(.bacterium, ["511145"], "Escherichia coli", ["escherichia", "coli"])
        + entries(.bacterium, ["1280", "1282"], "Staphylococcus", ["staphylococcus"])
        + entries(.bacterium, [], "bacteria", ["bacteria", "bacterial", "bacterium", "mycobacterium", "mycobacteria",
                                               "mtb", "burkholderia", "pseudomonas", "bacillus", "subtilis",
                                               "streptomyces", "corynebacterium", "glutamicum", "clostridium",
                                               "lactobacillus", "lactococcus", "vibrio", "listeria", "salmonella",
                                               "helicobacter", "klebsiella", "acinetobacter", "shewanella",
                                               "geobacter", "rhodobacter", "agrobacterium", "rhizobium",
                                               "archaea", "archaeal", "prokaryotes", "prokaryotic", "methanogens",
                                               "bacteriol", "bacteriology"])
        + entries(.protist, [], "protists", ["plasmodium", "toxoplasma", "trypanosoma", "leishmania", "dictyostelium",
                                             "tetrahymena"])

    private static let byWord: [String: Entry] = Dictionary(all.map { ($0.word, $0) }, uniquingKeysWith: { first, _ in first })

    /// The organism words of `text`, each once, in order of first use.
    static func named(in text: String) -> [Entry] { named(inWords: words(text)) }

    static func named(inWords words: [String]) -> [Entry] {
        var seen: Set<String> = []
        var result: [Entry] = []
        for word in words {
            guard let entry = byWord[word], seen.insert(word).inserted else { continue }
            result.append(entry)
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

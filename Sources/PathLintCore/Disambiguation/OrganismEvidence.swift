/// Evidence that a mention's organism is not the figure's: a block of rows for an
/// organism that only text mining named, or human genes on a figure whose text is about a
/// bacterium, a fungus, a plant or an insect.
enum OrganismEvidence {
    static func evaluate(_ mention: GeneQuery, in figure: FigureContext) -> Evidence? {
        guard figure.isKnown else { return nil }
        let named = figure.organismsNamed
        let name = mention.isHuman ? "Homo sapiens" : (mention.organismName.isEmpty ? mention.taxon : mention.organismName)
        if OrganismWords.isMammal(mention.taxon) && !OrganismWords.names(taxon: mention.taxon, name: name, in: named, words: figure.words) {
            // Human is PFOCR's default reading, also of mouse and rat studies: a text about
            // other organisms, naming no mammal or host, counts against every mammal's rows.
            if let evidence = nonMammalText(figure, name: name) { return evidence }
        }
        if mention.isHuman { return nil }
        if OrganismWords.names(taxon: mention.taxon, name: name, in: named, words: figure.words) { return nil }
        let curated = figure.curatedOrganisms.contains { sameSpecies($0, name) }
        if !curated {
            let mined = figure.textMinedOrganisms.contains { sameSpecies($0, name) }
            let curatedText = figure.curatedOrganisms.isEmpty ? "organisms is NA" : "organisms names " + figure.curatedOrganisms.prefix(3).joined(separator: ", ")
            return Evidence(.organism, .otherOrganism("not a gene of \(name)"), weight: 3,
                            (mined ? "only text mining (organisms_ner) names \(name)" : "nothing in the figure names \(name)")
                                + "; \(curatedText) and the caption and titles do not name it")
        }
        // Curated, but the text names other organisms and never this one.
        let others = named.filter { !$0.taxa.isEmpty && !$0.taxa.contains(mention.taxon) }
        guard !others.isEmpty else { return nil }
        let words = others.prefix(3).map(\.word).joined(separator: ", ")
        return Evidence(.organism, .otherOrganism("not a gene of \(name)"), weight: 3,
                        "organisms lists \(name), but the caption and titles name only \(words)")
    }

    /// Evidence that the figure is about non-mammals only.
    static func nonMammalText(_ figure: FigureContext, name: String) -> Evidence? {
        let named = figure.organismsNamed
        guard !named.contains(where: { $0.group == .mammal }) else { return nil }
        let others = named.filter { $0.group != .mammal }
        let inTitles = figure.organismsInTitles.contains { $0.group != .mammal }
        guard inTitles || others.count >= 2 else { return nil }
        let words = others.prefix(3).map(\.word).joined(separator: ", ")
        return Evidence(.organism, .otherOrganism("a gene of the organism the figure is about (\(words)), not of \(name)"), weight: 3,
                        "the figure's \(inTitles ? "titles or journal" : "caption") name \(words) and no human, other mammal or host")
    }

    /// The same genus and species (the first two words), or the same name.
    static func sameSpecies(_ lhs: String, _ rhs: String) -> Bool {
        func binomial(_ text: String) -> [Substring] { Array(text.split(separator: " ").prefix(2)) }
        return lhs == rhs || binomial(lhs).count == 2 && binomial(lhs) == binomial(rhs)
    }
}

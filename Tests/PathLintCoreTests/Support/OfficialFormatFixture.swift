import Foundation
@testable import PathLintCore

/// Small reference inputs in the official formats, written by hand from the formats'
/// descriptions: HGNC's complete set and withdrawn.txt, NLM's MeSH ASCII files, FamPlex's
/// CSVs, NCBI's gene_info and gene_history. What they say differs from the bundled
/// snapshot on purpose (a gene renamed again, a new and a retired MeSH concept, a
/// discontinued Gene ID, mouse genes), so tests can show the rules follow the data.
enum OfficialFormatFixture {
    static let hgncCompleteSet = """
        hgnc_id\tsymbol\tname\tlocus_group\tlocus_type\tstatus\talias_symbol\tprev_symbol\tgene_group\tgene_group_id\tdate_modified\tentrez_id
        HGNC:6840\tMAP2K1\tmitogen-activated protein kinase kinase 1\tprotein-coding gene\tgene with protein product\tApproved\t"MEK1|MKK1"\tPRKMK1\tMitogen-activated protein kinase kinases\t653\t2026-03-02\t5604
        HGNC:6842\tMEK2NEW\tmitogen-activated protein kinase kinase 2\tprotein-coding gene\tgene with protein product\tApproved\tMEK2\t"MAP2K2|PRKMK2"\t"Mitogen-activated protein kinase kinases|Kinases"\t"653|1"\t2026-05-17\t5605
        HGNC:11998\tTP53\ttumor protein p53\tprotein-coding gene\tgene with protein product\tApproved\tp53\t\t\t\t2025-11-30\t7157

        """
    static let hgncWithdrawn = """
        HGNC_ID\tSTATUS\tWITHDRAWN_SYMBOL\tMERGED_INTO_REPORT(S) (i.e HGNC_ID|SYMBOL|STATUS)
        HGNC:900001\tEntry Withdrawn\tGONEGENE\t
        HGNC:900002\tMerged/Split\tOLDTP\tHGNC:11998|TP53|Approved

        """
    static let meshDescriptors = """
        *NEWRECORD
        RECTYPE = D
        MH = Glucose
        PRINT ENTRY = Dextrose|T109|NON|EQV|NLM (1966)|771118|abbcdef
        ENTRY = D-Glucose|T109|NON|EQV|UNK (19XX)|771118|abbcdef
        MN = D09.947.371
        DA = 19990101
        UI = D005947

        *NEWRECORD
        RECTYPE = D
        MH = Newmycin
        ENTRY = Newmycine
        MN = D02.241.223
        MR = 20260115
        UI = D000099999

        """
    static let meshSupplementary = """
        *NEWRECORD
        RECTYPE = C
        NM = newcompound
        SY = new compound 1|040100|abcdef
        HM = *Glucose
        HM = Newmycin
        UI = C000999999

        """
    static let famplexEntities = "MEK\n"
    static let famplexRelations = "HGNC,MAP2K1,isa,FPLX,MEK\nHGNC,MEK2NEW,isa,FPLX,MEK\n"
    static let famplexGroundingMap = "MEK1/2,FPLX,MEK,,,,\n\"MAP kinase kinase\",FPLX,MEK,,,,\n"
    static let famplexEquivalences = "BEL,MEK Family,MEK\n"
    static let geneInfo = """
        #tax_id\tGeneID\tSymbol\tLocusTag\tSynonyms\tdbXrefs\tchromosome\tmap_location\tdescription\ttype_of_gene\tSymbol_from_nomenclature_authority\tFull_name_from_nomenclature_authority\tNomenclature_status\tOther_designations\tModification_date\tFeature_type
        10090\t26395\tMap2k1\t-\tMek1|Prkmk1\tMGI:MGI:1346866\t9\t9 C\tmitogen-activated protein kinase kinase 1\tprotein-coding\tMap2k1\tmitogen-activated protein kinase kinase 1\tO\t-\t20260301\t-
        10090\t26396\tMap2k2\t-\tMek2\tMGI:MGI:1346867\t10\t10 C1\tmitogen-activated protein kinase kinase 2\tprotein-coding\tMap2k2\tmitogen-activated protein kinase kinase 2\tO\t-\t20260302\t-
        10116\t170851\tMap2k1\t-\tMek1\tRGD:70495\t8\t8q24\tmitogen activated protein kinase kinase 1\tprotein-coding\tMap2k1\t-\tO\t-\t20260210\t-

        """
    static let geneHistory = """
        #tax_id\tGeneID\tDiscontinued_GeneID\tDiscontinued_Symbol\tDiscontinue_Date
        9606\t5604\t100000001\tMAP2K1P9\t20240102
        10090\t-\t26397\tGm9999\t20230505
        10090\t100000003\t100000002\tMek2-ps\t20220101
        10090\t26396\t100000003\tMek2-ps2\t20230101

        """

    /// Writes the inputs into a new temporary folder; returns it.
    static func writeInputs() throws -> String {
        let folder = NSTemporaryDirectory() + "pathlint-official-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/famplex", withIntermediateDirectories: true)
        let files = [
            "hgnc_complete_set.txt": hgncCompleteSet, "withdrawn.txt": hgncWithdrawn, "d2026.bin": meshDescriptors,
            "c2026.bin": meshSupplementary, "famplex/entities.csv": famplexEntities, "famplex/relations.csv": famplexRelations,
            "famplex/grounding_map.csv": famplexGroundingMap, "famplex/equivalences.csv": famplexEquivalences,
            "gene_info": geneInfo, "gene_history": geneHistory,
        ]
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: false, encoding: .utf8) }
        return folder
    }

    /// Every input, read from `folder`.
    static func inputs(_ folder: String) -> SnapshotInputs {
        var inputs = SnapshotInputs()
        inputs.hgnc = folder + "/hgnc_complete_set.txt"
        inputs.hgncWithdrawn = folder + "/withdrawn.txt"
        inputs.meshDescriptors = folder + "/d2026.bin"
        inputs.meshSupplementary = folder + "/c2026.bin"
        inputs.famplex = folder + "/famplex"
        inputs.ncbiGeneInfo = [folder + "/gene_info"]
        inputs.geneHistory = folder + "/gene_history"
        return inputs
    }

    /// A snapshot built from every fixture over the bundled one, built once.
    static let snapshot: ReferenceSnapshot = {
        do {
            let folder = try writeInputs()
            _ = try SnapshotBuilder.build(inputs(folder), base: Fixture.reference, output: folder + "/snapshot")
            return try ReferenceSnapshot(directory: folder + "/snapshot")
        } catch {
            fatalError("cannot build the fixture snapshot: \(error)")
        }
    }()
}

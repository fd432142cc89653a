/// FamPlex's `entities.csv`, `relations.csv` and `grounding_map.csv` into `famplex.tsv`
/// and `famplex-names.tsv`, as the script builds them. `equivalences.csv` is checked and
/// recorded in the provenance; no snapshot file reads it.
enum FamPlexImport {
    struct Result {
        var entityLines: [String] = []
        var nameLines: [String] = []
    }

    static func read(entities: InputFile, relations: InputFile, groundingMap: InputFile,
                     equivalences: InputFile?) throws(SnapshotBuildError) -> Result {
        var order: [String] = []
        var directGenes: [String: Set<String>] = [:]
        var childFamilies: [String: Set<String>] = [:]
        func note(_ entity: String) {
            if directGenes[entity] == nil {
                order.append(entity)
                directGenes[entity] = []
                childFamilies[entity] = []
            }
        }
        while let line = try entities.nextLine() {
            let entity = String(line.unicodeScalars.drop(while: TextCleaning.isPythonSpace).reversed()
                .drop(while: TextCleaning.isPythonSpace).reversed().map(Character.init))
            if !entity.isEmpty { note(entity) }
        }
        if order.isEmpty { throw entities.failure("no entities: not FamPlex's entities.csv", line: 0) }
        var relationRows = 0
        try eachRow(relations) { (row) throws(SnapshotBuildError) in
            guard row.count >= 5 else {
                if row.isEmpty { return }
                throw relations.failure("\(row.count) fields: a relation is NAMESPACE,ID,isa|partof,NAMESPACE,ID")
            }
            relationRows += 1
            guard row[3] == "FPLX", row[2] == "isa" || row[2] == "partof" else { return }
            note(row[4])
            if row[0] == "HGNC" {
                directGenes[row[4]]!.insert(row[1])
            } else if row[0] == "FPLX" {
                childFamilies[row[4]]!.insert(row[1])
            }
        }
        if relationRows == 0 { throw relations.failure("no relations: not FamPlex's relations.csv", line: 0) }
        var result = Result()
        for entity in order {
            // Iterative closure over nested families (a family of families).
            var seen: Set<String> = [], stack = [entity], genes: Set<String> = []
            while let current = stack.popLast() {
                guard seen.insert(current).inserted else { continue }
                genes.formUnion(directGenes[current] ?? [])
                stack.append(contentsOf: childFamilies[current] ?? [])
            }
            result.entityLines.append([entity, genes.sorted(by: TextCleaning.utf8Less).joined(separator: "|")].joined(separator: "\t"))
            result.nameLines.append([SymbolKey.normalize(entity), entity, "entity"].joined(separator: "\t"))
        }
        try eachRow(groundingMap) { (row) throws(SnapshotBuildError) in
            guard row.count >= 3, row[1] == "FPLX", directGenes[row[2]] != nil else { return }
            let key = SymbolKey.normalize(row[0])
            if !key.isEmpty { result.nameLines.append([key, row[2], "grounding"].joined(separator: "\t")) }
        }
        if let equivalences {
            try eachRow(equivalences) { (row) throws(SnapshotBuildError) in
                guard row.count >= 3 || row.isEmpty else {
                    throw equivalences.failure("\(row.count) fields: an equivalence is NAMESPACE,NAME,ENTITY")
                }
            }
        }
        return result
    }

    private static func eachRow(_ file: InputFile, _ body: ([String]) throws(SnapshotBuildError) -> Void) throws(SnapshotBuildError) {
        while let line = try file.nextLine() {
            try body(try TextCleaning.csvFields(line) { () throws(SnapshotBuildError) in try file.nextLine() })
        }
    }
}

import PathLintCore

// libFuzzer target: one file in, its diagnostics and its fixes out (scripts/fuzz.sh lint).
// The first byte picks the layout and the path: an old-layout `.md`, a current-layout
// `_figures/` figure, or one of its `_data/` tables. The rest is split at the first
// "\0\0": the file linted, then the companion (the figure's genes table, or a table's
// figure), so both sides of a layout are fuzzed together. Checks the invariants a crash
// would not show: every range lies inside the file, and a fix never breaks a parseable file.

private let figid = "PMC1__f1"
private let linter: Linter = {
    do { return Linter(reference: try ReferenceSnapshot.open()) } catch { fatalError("reference snapshot: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLint(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let body = bytes[1...]
    var split = body.endIndex
    var i = body.startIndex
    while i + 1 < body.endIndex {
        if body[i] == 0 && body[i + 1] == 0 { split = i; break }
        i += 1
    }
    let main = Array(body[..<split])
    let companion = split < body.endIndex ? Array(body[(split + 2)...]) : nil

    let figurePath = "repo/_figures/\(figid).md"
    let paths = ["repo/\(figid).md", figurePath, "repo/_data/\(figid)-genes.tsv",
                 "repo/_data/\(figid)-chemicals.tsv", "repo/_data/\(figid)-diseases.tsv"]
    let path = paths[Int(bytes[0]) % paths.count]
    var files: [String: [UInt8]] = [:]
    if let companion {
        files[path == figurePath ? "repo/_data/\(figid)-genes.tsv" : figurePath] = companion
    }
    var document = AnnotationDocument(path: path, source: SourceText(bytes: main))
    SidecarLayout.attachCompanions(to: &document) { files[$0] }

    let diagnostics = linter.lint(document)
    for diagnostic in diagnostics {
        check(diagnostic.range, in: main, "\(diagnostic.ruleID) range")
        _ = document.source.location(of: diagnostic.range.start)
        _ = document.source.location(of: diagnostic.range.end)
        for fix in diagnostic.fixes {
            for edit in fix.edits { check(edit.range, in: main, "\(diagnostic.ruleID) fix edit") }
        }
    }
    let outcome = linter.fix(document, includeUnsafe: bytes[0] & 0x80 != 0)
    if document.isParseable && outcome.changed && !outcome.document.isParseable {
        fatalError("a fix made a parseable file unparseable")
    }
    return 0
}

private func check(_ range: ByteRange, in bytes: [UInt8], _ what: String) {
    if range.start < 0 || range.start > range.end || range.end > bytes.count {
        fatalError("\(what) \(range.start)..<\(range.end) outside a file of \(bytes.count) bytes")
    }
}

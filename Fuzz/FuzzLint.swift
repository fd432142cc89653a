import PathLintCore

// libFuzzer target: one file in, its diagnostics and its fixes out (scripts/fuzz.sh lint).
// `FuzzInput` reads the input: the first byte picks the layout and the path, the rest is
// the file and its companion, so both sides of a layout are fuzzed together. Checks the
// invariants a crash would not show: every range lies inside the file, and a fix never
// breaks a parseable file.

private let linter: Linter = {
    do { return Linter(reference: try ReferenceSnapshot.open()) } catch { fatalError("reference snapshot: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLint(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard let input = FuzzInput(Array(UnsafeBufferPointer(start: data, count: size))) else { return 0 }
    let document = input.document, main = input.file
    let diagnostics = linter.lint(document)
    for diagnostic in diagnostics {
        check(diagnostic.range, in: main, "\(diagnostic.ruleID) range")
        _ = document.source.location(of: diagnostic.range.start)
        _ = document.source.location(of: diagnostic.range.end)
        for fix in diagnostic.fixes {
            for edit in fix.edits { check(edit.range, in: main, "\(diagnostic.ruleID) fix edit") }
        }
    }
    let outcome = linter.fix(document, includeUnsafe: input.includeUnsafeFixes)
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

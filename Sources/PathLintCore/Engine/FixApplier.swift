/// Applies fixes to a file's bytes: each fix whole or not at all, never two fixes whose
/// edits touch the same bytes, every byte outside the edits kept as it was.
///
/// Pure: no I/O, no parsing. `Linter.fix` (below) builds the passes on top of it.
public enum FixApplier {
    /// What one application did. Indices refer to the `fixes` given, in their order.
    public struct Application: Sendable, Equatable {
        /// The bytes with every accepted fix applied.
        public var bytes: [UInt8]
        /// Fixes applied, in the order they were given.
        public var accepted: [Int]
        /// Fixes not applied because their edits equal those of an accepted fix: the
        /// accepted one already made exactly this change.
        public var duplicates: [Int]
        /// Fixes left out: an edit overlaps an accepted fix's edit (left for a later pass),
        /// the fix's own edits overlap each other or lie outside the file, it has no
        /// edits, or it would change nothing.
        public var skipped: [Int]

        /// Whether any byte changed.
        public var changed: Bool { !accepted.isEmpty }
    }

    /// Applies `fixes` to `bytes`. Fixes are considered in the order given; a fix is
    /// accepted when none of its edits overlaps an edit of a fix accepted before it
    /// (`ByteRange.overlaps`: an insertion at the boundary of another edit counts as
    /// overlapping, since the order of the two would be ambiguous). Accepted edits are
    /// applied back to front, so every range refers to the original bytes.
    public static func apply(_ fixes: [Fix], to bytes: [UInt8]) -> Application {
        var acceptedEdits: [TextEdit] = []
        var acceptedFixes: [[TextEdit]] = []
        var accepted: [Int] = []
        var duplicates: [Int] = []
        var skipped: [Int] = []
        for (index, fix) in fixes.enumerated() {
            let edits = fix.edits.sorted { $0.range < $1.range }
            guard isWellFormed(edits, count: bytes.count), changesSomething(edits, in: bytes) else {
                skipped.append(index)
                continue
            }
            if acceptedFixes.contains(edits) {
                duplicates.append(index)
                continue
            }
            if edits.contains(where: { edit in acceptedEdits.contains { $0.range.overlaps(edit.range) } }) {
                skipped.append(index)
                continue
            }
            acceptedEdits.append(contentsOf: edits)
            acceptedFixes.append(edits)
            accepted.append(index)
        }
        return Application(bytes: applying(acceptedEdits, to: bytes), accepted: accepted,
                           duplicates: duplicates, skipped: skipped)
    }

    /// `edits` (which must not overlap) applied back to front.
    static func applying(_ edits: [TextEdit], to bytes: [UInt8]) -> [UInt8] {
        guard !edits.isEmpty else { return bytes }
        // Rebuild front to back from the sorted edits: the same result as replacing back
        // to front, in one copy.
        let sorted = edits.sorted { $0.range < $1.range }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + sorted.reduce(0) { $0 + $1.newText.utf8.count - $1.range.count })
        var cursor = 0
        for edit in sorted {
            result.append(contentsOf: bytes[cursor..<edit.range.start])
            result.append(contentsOf: edit.newText.utf8)
            cursor = edit.range.end
        }
        result.append(contentsOf: bytes[cursor...])
        return result
    }

    /// In bounds, at least one edit, no two of the fix's own edits overlapping.
    private static func isWellFormed(_ sorted: [TextEdit], count: Int) -> Bool {
        guard !sorted.isEmpty else { return false }
        for (position, edit) in sorted.enumerated() {
            guard edit.range.start >= 0, edit.range.end <= count else { return false }
            if position > 0 && sorted[position - 1].range.overlaps(edit.range) { return false }
        }
        return true
    }

    private static func changesSomething(_ edits: [TextEdit], in bytes: [UInt8]) -> Bool {
        edits.contains { !bytes[$0.range.start..<$0.range.end].elementsEqual($0.newText.utf8) }
    }
}

/// What `Linter.fix` did to one document.
public struct FixOutcome: Sendable {
    /// The final bytes (the original bytes when nothing changed).
    public var bytes: [UInt8]
    /// The final document, parsed from `bytes`.
    public var document: AnnotationDocument
    /// The diagnostics whose fix was applied, over every pass (each one's range refers
    /// to the text of the pass that fixed it).
    public var fixed: [Diagnostic]
    /// The diagnostics of the final text.
    public var remaining: [Diagnostic]
    /// Whether `bytes` differ from the original.
    public var changed: Bool
    /// Passes that changed the text.
    public var passes: Int
    /// The document did not parse (a `front-matter` or `yaml-syntax` problem), so no fix
    /// was tried.
    public var refused: Bool

    /// Number of diagnostics whose fix was applied.
    public var fixedCount: Int { fixed.count }
}

extension AnnotationDocument {
    /// Front matter found and parsed as YAML without error: the condition for fixing a
    /// file (a file with a `front-matter` or `yaml-syntax` finding is never rewritten).
    public var isParseable: Bool {
        if kind == .tsv { return table.map { $0.headerLine != nil } ?? false }
        guard case .success = frontMatter, let yaml, yaml.error == nil, yaml.root != nil else { return false }
        return true
    }
}

extension Linter {
    /// The fix a `--fix` run applies for `diagnostic`: its first safe fix; with
    /// `includeUnsafe`, otherwise its only fix. A diagnostic offering several unsafe
    /// alternatives (which gene a symbol means, say) is left for a curator to choose.
    public static func applicableFix(for diagnostic: Diagnostic, includeUnsafe: Bool) -> Fix? {
        if let safe = diagnostic.fixes.first(where: \.isSafe) { return safe }
        if includeUnsafe && diagnostic.fixes.count == 1 { return diagnostic.fixes[0] }
        return nil
    }

    /// Lints `document`, applies the applicable fixes (safe ones first, then by
    /// position), re-parses and repeats until no fix applies or `maxPasses` passes ran.
    ///
    /// Never changes a document that does not parse, and never accepts a pass whose
    /// result would not parse: such a pass is retried fix by fix, keeping only fixes
    /// that leave the file parseable. A fix must never break a file.
    public func fix(_ document: AnnotationDocument, includeUnsafe: Bool, maxPasses: Int = 10) -> FixOutcome {
        let original = document.source.bytes
        var current = document
        var diagnostics = lint(document)
        guard document.isParseable else {
            return FixOutcome(bytes: original, document: document, fixed: [], remaining: diagnostics,
                              changed: false, passes: 0, refused: true)
        }
        let rootIsMapping = document.root?.mapping != nil
        var fixed: [Diagnostic] = []
        var passes = 0
        var seen: Set<[UInt8]> = [original]

        func parses(_ bytes: [UInt8]) -> AnnotationDocument? {
            var next = AnnotationDocument(path: document.path, kind: document.kind, source: SourceText(bytes: bytes))
            next.figure = document.figure
            next.sidecars = document.sidecars
            guard next.isParseable, !rootIsMapping || next.root?.mapping != nil else { return nil }
            return next
        }

        while passes < maxPasses {
            // Safe fixes claim their bytes before unsafe ones; otherwise position order.
            var candidates: [(diagnostic: Diagnostic, fix: Fix)] = []
            for diagnostic in diagnostics {
                if let fix = Linter.applicableFix(for: diagnostic, includeUnsafe: includeUnsafe) {
                    candidates.append((diagnostic, fix))
                }
            }
            candidates = candidates.filter { $0.fix.isSafe } + candidates.filter { !$0.fix.isSafe }
            let fixes = candidates.map(\.fix)
            let bytes = current.source.bytes

            var application = FixApplier.apply(fixes, to: bytes)
            guard application.changed else { break }
            var next = parses(application.bytes)
            if next == nil {
                // Some fix breaks the file: keep, greedily in order, the fixes that do not.
                var kept: [Int] = []
                var best: (bytes: [UInt8], document: AnnotationDocument)?
                for index in fixes.indices {
                    let trial = FixApplier.apply((kept + [index]).map { fixes[$0] }, to: bytes)
                    guard trial.accepted.count == kept.count + 1, let parsed = parses(trial.bytes) else { continue }
                    kept.append(index)
                    best = (trial.bytes, parsed)
                }
                guard let best else { break }
                let keptEdits = kept.map { fixes[$0].edits.sorted { $0.range < $1.range } }
                application = FixApplier.Application(
                    bytes: best.bytes, accepted: kept,
                    duplicates: fixes.indices.filter { index in
                        !kept.contains(index) && keptEdits.contains(fixes[index].edits.sorted { $0.range < $1.range })
                    },
                    skipped: [])
                next = best.document
            }
            guard let next, seen.insert(next.source.bytes).inserted else { break }  // no cycles
            for index in (application.accepted + application.duplicates).sorted() {
                fixed.append(candidates[index].diagnostic)
            }
            passes += 1
            current = next
            diagnostics = lint(current)
        }
        return FixOutcome(bytes: current.source.bytes, document: current, fixed: fixed, remaining: diagnostics,
                          changed: current.source.bytes != original, passes: passes, refused: false)
    }
}

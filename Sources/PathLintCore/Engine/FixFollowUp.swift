extension Linter {
    /// What applying one fix and the fixes it calls for did (`applyWithFollowUps`).
    public struct FollowedFix: Sendable {
        /// The document's bytes afterwards.
        public var bytes: [UInt8]
        /// The one edit from the original bytes to `bytes`: the changed span, widened to
        /// cover the fix's own edits (so that with no follow-up it is the fix's edit).
        public var edit: TextEdit
        /// Findings the fix caused and the follow-up passes fixed (`keywords-mismatch`
        /// after a rename, say).
        public var followUps: [Diagnostic]
    }

    /// Applies `fix` to `document`, then, as `--fix` would on its next passes, the safe
    /// fixes of the findings that fix caused (findings whose rule and message the original
    /// text did not have: renaming a symbol makes the `keywords` and the entry's `source`
    /// claim disagree with it). Findings the text already had are left alone: a quick fix
    /// answers one finding. `findings` are the document's (`lint(document)`). Nil when
    /// `fix` does not apply or would break the file.
    public func applyWithFollowUps(_ fix: Fix, in document: AnnotationDocument, findings: [Diagnostic],
                                   maxPasses: Int = 10) -> FollowedFix? {
        let original = document.source.bytes
        let first = FixApplier.apply([fix], to: original)
        guard first.changed else { return nil }
        func reparsed(_ bytes: [UInt8]) -> AnnotationDocument {
            var next = AnnotationDocument(path: document.path, kind: document.kind, source: SourceText(bytes: bytes))
            next.figure = document.figure
            next.sidecars = document.sidecars
            return next
        }
        var current = reparsed(first.bytes)
        guard !document.isParseable || current.isParseable else { return nil }
        var existing: [String: Int] = [:]
        for finding in findings { existing[Self.followUpKey(finding), default: 0] += 1 }
        var followUps: [Diagnostic] = []
        var seen: Set<[UInt8]> = [original, first.bytes]
        for _ in 0..<maxPasses where current.isParseable {
            var counts = existing
            var caused: [Diagnostic] = []
            for finding in lint(current) {
                let key = Self.followUpKey(finding)
                if let left = counts[key], left > 0 { counts[key] = left - 1 } else { caused.append(finding) }
            }
            let fixes = caused.compactMap { finding in
                Linter.applicableFix(for: finding, includeUnsafe: false).map { (finding, $0) }
            }
            let application = FixApplier.apply(fixes.map(\.1), to: current.source.bytes)
            guard application.changed else { break }
            let next = reparsed(application.bytes)
            guard next.isParseable, seen.insert(application.bytes).inserted else { break }
            followUps += (application.accepted + application.duplicates).sorted().map { fixes[$0].0 }
            current = next
        }
        let bytes = current.source.bytes
        let covering = fix.edits.map(\.range).reduce(nil as ByteRange?) { union, range in
            union.map { ByteRange(min($0.start, range.start), max($0.end, range.end)) } ?? range
        }
        return FollowedFix(bytes: bytes, edit: Self.changedSpan(from: original, to: bytes, covering: covering),
                           followUps: followUps)
    }

    /// Rule and message: how a finding is recognised after edits moved it.
    private static func followUpKey(_ finding: Diagnostic) -> String {
        finding.ruleID + "\u{0}" + finding.message
    }

    /// One edit turning `old` into `new`: the bytes between their common prefix and suffix,
    /// widened to cover `covering` (a range of `old`) when given.
    public static func changedSpan(from old: [UInt8], to new: [UInt8], covering: ByteRange? = nil) -> TextEdit {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        // Back off to a UTF-8 boundary: the edit's text must be whole characters.
        while prefix > 0, prefix < old.count, old[prefix] & 0xC0 == 0x80 { prefix -= 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
              old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        while suffix > 0, old.count - suffix < old.count, old[old.count - suffix] & 0xC0 == 0x80 { suffix -= 1 }
        if let covering {
            prefix = min(prefix, covering.start)
            suffix = min(suffix, old.count - covering.end)
        }
        return TextEdit(range: ByteRange(prefix, old.count - suffix),
                        newText: String(decoding: new[prefix..<(new.count - suffix)], as: UTF8.self))
    }
}

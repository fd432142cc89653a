#if canImport(Glibc)
import Glibc
#endif

/// Each rule's documentation as a Markdown page (`docs/rules/<id>.md`, written by
/// `pathlint explain --all --markdown-dir docs/rules` and held true by a test), and where
/// those pages are: what an editor's diagnostic links to (LSP `codeDescription`).
public enum RuleDocumentation {
    /// The page of `rule`: what `pathlint explain RULE` prints.
    public static func markdown(_ rule: any Rule) -> String {
        "# \(rule.id) (\(rule.defaultSeverity.rawValue))\n\n\(rule.summary)\n\n\(rule.documentation)\n"
    }

    /// The page's file name in the pages' directory.
    public static func fileName(_ id: String) -> String { id + ".md" }

    /// The URL of the pages' directory (ending in `/`) when none is configured:
    /// `share/pathlint/docs/rules` beside the executable's `bin/` (an installed copy), else
    /// `docs/rules` in the source tree this binary was built from, as `file://` URLs.
    public static func defaultBaseURL() -> String {
        if let executable = executablePath() {
            let installed = parent(of: parent(of: executable)) + "/share/pathlint/docs/rules"
            if access(installed, R_OK) == 0 { return "file://" + installed + "/" }
        }
        // Sources/PathLintCore/Diagnostics/RuleDocumentation.swift → the package root.
        var root = #filePath
        for _ in 0..<4 { root = parent(of: root) }
        return "file://" + root + "/docs/rules/"
    }

    /// The URL of `id`'s page under `base` (a `/` is added when `base` lacks one).
    public static func url(_ id: String, base: String) -> String {
        (base.hasSuffix("/") ? base : base + "/") + fileName(id)
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

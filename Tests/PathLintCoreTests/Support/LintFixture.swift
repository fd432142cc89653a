import Testing
@testable import PathLintCore

/// Shared state and builders for the rule tests.
enum Fixture {
    /// The bundled snapshot, opened once (opening only maps files).
    static let reference: ReferenceSnapshot = {
        do { return try ReferenceSnapshot.open() } catch { fatalError("cannot open the reference snapshot: \(error)") }
    }()

    /// Figure metadata that every metadata rule accepts (figid = pmcid + filename stem,
    /// figlink under the pmcid). Ends with a line break.
    static let header = """
        figid: PMC199174__JCI0110934.f9
        pmcid: PMC199174
        filename: JCI0110934.f9.jpg
        figlink: /pmc/articles/PMC199174/figure/F9/

        """

    /// One block-style `genes` entry. `entrez` is written as given (pass `'5604'` with
    /// its quotes, or `5604` for a plain scalar).
    static func gene(_ word: String, _ symbol: String, _ source: String, _ hgnc: String, _ entrez: String) -> String {
        """
        - word: \(word)
          symbol: \(symbol)
          source: \(source)
          hgnc_symbol: \(hgnc)
          entrez: \(entrez)

        """
    }

    /// `header` followed by a `genes:` list of the given entries (and optional extra YAML).
    static func genes(_ entries: String..., extra: String = "") -> String {
        header + "genes:\n" + entries.joined() + extra
    }

    /// A chemicals/diseases entry.
    static func mesh(_ word: String, _ source: String, _ identifier: String) -> String {
        """
        - word: \(word)
          source: \(source)
          identifier: \(identifier)

        """
    }
}

/// `frontMatter` as a Markdown annotation file: `---\n<yaml>\n---\n`.
func markdown(_ frontMatter: String) -> String {
    "---\n" + frontMatter + (frontMatter.hasSuffix("\n") || frontMatter.isEmpty ? "" : "\n") + "---\n"
}

func linter(rules: [String]?) -> Linter {
    Linter(reference: Fixture.reference, configuration: LintConfiguration(select: rules.map(Set.init)))
}

/// Lints a YAML snippet wrapped as front matter.
func lint(_ frontMatter: String, rules: [String]? = nil, path: String = "PMC199174__JCI0110934.f9.md") -> [Diagnostic] {
    lintFile(markdown(frontMatter), rules: rules, path: path)
}

/// Lints a whole file's text as given.
func lintFile(_ text: String, rules: [String]? = nil, path: String = "PMC199174__JCI0110934.f9.md") -> [Diagnostic] {
    linter(rules: rules).lint(path: path, text: text)
}

/// Lints raw bytes (for invalid UTF-8).
func lintBytes(_ bytes: [UInt8], rules: [String]? = nil, path: String = "PMC199174__JCI0110934.f9.md") -> [Diagnostic] {
    linter(rules: rules).lint(AnnotationDocument(path: path, source: SourceText(bytes: bytes)))
}

/// The text a diagnostic underlines.
func text(of diagnostic: Diagnostic, in text: String) -> String {
    SourceText(text).text(diagnostic.range)
}

func text(of diagnostic: Diagnostic, in source: SourceText) -> String {
    source.text(diagnostic.range)
}

/// 1-based line and column (in `unit`) of the start of `diagnostic`.
func position(of diagnostic: Diagnostic, in text: String, unit: ColumnUnit = .utf8) -> (line: Int, column: Int) {
    let location = SourceText(text).location(of: diagnostic.range.start)
    return (location.line + 1, location.column(in: unit) + 1)
}

/// 1-based line/column of the start of `diagnostic` in the three units, as `"L:u8/u16/cp"`.
func columns(of diagnostic: Diagnostic, in text: String) -> String {
    let location = SourceText(text).location(of: diagnostic.range.start)
    return "\(location.line + 1):\(location.utf8Column + 1)/\(location.utf16Column + 1)/\(location.codePointColumn + 1)"
}

/// The file after `fix`: its edits applied to the UTF-8 bytes, last range first.
func applying(_ fix: Fix, to text: String) -> String {
    var bytes = Array(text.utf8)
    for edit in fix.edits.sorted(by: { $0.range > $1.range }) {
        bytes.replaceSubrange(edit.range.start..<edit.range.end, with: Array(edit.newText.utf8))
    }
    return String(decoding: bytes, as: UTF8.self)
}

extension Array where Element == Diagnostic {
    /// Only the findings of one rule.
    func of(_ ruleID: String) -> [Diagnostic] { filter { $0.ruleID == ruleID } }
}

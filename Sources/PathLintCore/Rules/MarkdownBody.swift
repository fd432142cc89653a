#if canImport(Glibc)
import Glibc
#endif

/// The Markdown after the front matter must be text: valid UTF-8, no NUL byte.
struct MarkdownBody: Rule {
    let id = "markdown-body"
    let defaultSeverity = Severity.error
    let summary = "The Markdown body is not valid UTF-8, or holds a NUL byte."
    let documentation = """
    ## What it checks
    That the part of a Markdown file that is not front matter (after the closing `---`, \
    or the whole file when there is no front matter) is valid UTF-8 and has no NUL byte. \
    The front matter's own encoding is `yaml-syntax`'s business. The first problem of \
    each kind is reported, at its bytes.

    ## Why it matters
    The site's Markdown renderer and most tools either stop at such a byte or replace \
    it silently, so the page shows less or other text than the file holds; a NUL byte \
    makes git and grep treat the file as binary.

    ## Example
    After the closing `---`, a sentence pasted from a Latin-1 file: `Ser307 · site` \
    with the `·` as the one byte `0xB7`.

    ## Correct
    The same text in UTF-8: the `·` as the bytes `0xC2 0xB7`.

    ## Fix
    None: which encoding the bytes were meant in is a guess.

    ## Curation action
    Open the file, find the byte at the reported column, and retype the character.

    ## Data
    None.
    """
    var documentKinds: Set<DocumentKind> { [.markdown] }

    func check(_ context: RuleContext) -> [Diagnostic] {
        let bytes = context.document.source.bytes
        let bodyStart: Int
        switch context.document.frontMatter {
        case .success(let frontMatter): bodyStart = frontMatter.closingDelimiter?.end ?? frontMatter.yamlRange.end
        case .failure(.empty(let range)): bodyStart = range.end
        case .failure: bodyStart = 0
        }
        guard bodyStart < bytes.count else { return [] }
        var diagnostics: [Diagnostic] = []
        bytes.withUnsafeBufferPointer { whole in
            let base = whole.baseAddress!
            if let error = UTF8Validator.firstError(base, from: bodyStart, to: bytes.count) {
                diagnostics.append(context.diagnostic("the Markdown body is not valid UTF-8: \(error.message)", at: error.range))
            }
            if let nul = memchr(base + bodyStart, 0, bytes.count - bodyStart) {
                let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(nul))
                diagnostics.append(context.diagnostic(
                    "the Markdown body holds a NUL byte (U+0000 NULL): git and most tools take the file for binary",
                    at: ByteRange(offset, offset + 1)))
            }
        }
        return diagnostics
    }
}

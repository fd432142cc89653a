import PathLintCore

/// Human output in the style of ruff and rustc:
///
///     examples/x.md:12:16: error[entrez-mismatch] entrez 5605 is not the Entrez ID of MAP2K1 (5604)…
///        |
///     12 |   entrez: '5605'
///        |           ^^^^^^
///        = fix (safe): Set entrez to 5604 (MAP2K1)
///
/// and a summary line. Colour only when asked or on a terminal. A long line is shown in
/// part, around the finding, with `…` where it is cut (`window`).
struct TextReporter: Reporter {
    let color: Bool
    let quiet: Bool
    private var output = OutputBuffer()
    private var summary = LintSummary()

    init(color: Bool, quiet: Bool) {
        self.color = color
        self.quiet = quiet
    }

    mutating func report(_ document: AnnotationDocument, _ diagnostics: [Diagnostic]) {
        summary.count(diagnostics)
        guard !quiet else { return }
        for diagnostic in diagnostics {
            output.write(render(diagnostic, in: document))
        }
    }

    mutating func finish(_ failures: RunFailures) -> LintSummary {
        var parts: [String] = []
        func add(_ count: Int, _ noun: String) {
            if count > 0 { parts.append("\(count) \(noun)\(count == 1 ? "" : "s")") }
        }
        add(summary.errors, "error")
        add(summary.warnings, "warning")
        add(summary.others, "hint")
        var files = "\(summary.files) file\(summary.files == 1 ? "" : "s") checked"
        if failures.unreadable > 0 {
            files += "; \(failures.unreadable) path\(failures.unreadable == 1 ? "" : "s") could not be read"
        }
        if failures.unlinted > 0 {
            files += "; \(failures.unlinted) not linted (see above)"
        }
        if parts.isEmpty && summary.files == 0 && failures.unreadable == 0 && failures.unlinted > 0 {
            // Nothing was linted because of the configuration or snapshot error above: a
            // summary would only suggest that something was.
        } else if parts.isEmpty && failures.any {
            output.write(paint("Nothing found", .bold) + " (\(files)).\n")
        } else if parts.isEmpty {
            output.write(paint("All checks passed", .green) + " (\(files)).\n")
        } else {
            var line = "Found \(parts.joined(separator: ", ")) in \(summary.filesWithFindings) of \(files)"
            switch (summary.safelyFixable, summary.unsafelyFixable) {
            case (0, 0): break
            case (let safe, 0): line += "; \(safe) fixable with --fix"
            case (0, let unsafe): line += "; \(unsafe) fixable with --fix --unsafe-fixes"
            case (let safe, let unsafe): line += "; \(safe) fixable with --fix (\(unsafe) more with --unsafe-fixes)"
            }
            output.write(paint(line, .bold) + ".\n")
        }
        output.flush()
        return summary
    }

    mutating func flush() { output.flush() }

    private func render(_ diagnostic: Diagnostic, in document: AnnotationDocument) -> String {
        let source = document.source
        let start = displayPosition(diagnostic.range.start, in: source)
        let severity: String = switch diagnostic.severity {
        case .error: paint("error", .red)
        case .warning: paint("warning", .yellow)
        case .info: paint("info", .blue)
        case .hint: paint("hint", .cyan)
        }
        var text = paint("\(TerminalText.safe(document.path)):\(start.line):\(start.column):", .bold)
            + " \(severity)[\(diagnostic.ruleID)] \(TerminalText.safe(diagnostic.message))\n"
        let line = start.line - 1
        if line < source.lineCount {
            let content = source.contentRange(ofLine: line)
            let gutter = String(start.line)
            let pad = String(repeating: " ", count: gutter.count)
            let markStart = min(diagnostic.range.start, content.end)
            let underlineEnd = min(max(diagnostic.range.end, diagnostic.range.start + 1), content.end)
            let window = TextReporter.window(around: ByteRange(markStart, underlineEnd), in: content, of: source)
            let lineText = (window.start > content.start ? "…" : "") + TerminalText.safe(source.text(window))
                + (window.end < content.end ? "…" : "")
            let before = (window.start > content.start ? "…" : "") + source.text(ByteRange(window.start, markStart))
            let marked = source.text(ByteRange(markStart, min(underlineEnd, window.end)))
            // Keep tabs as tabs so the carets line up under the text whatever the tab width.
            let indent = String(before.unicodeScalars.map { $0 == "\t" ? "\t" : " " })
            let carets = String(repeating: "^", count: max(1, marked.unicodeScalars.count))
            text += paint("\(pad) |", .blue) + "\n"
            text += paint("\(gutter) |", .blue) + " \(lineText)\n"
            text += paint("\(pad) |", .blue) + " \(indent)" + paint(carets, diagnostic.severity == .error ? .red : .yellow) + "\n"
            for fix in diagnostic.fixes {
                text += paint("\(pad) =", .blue) + " fix (\(fix.isSafe ? "safe" : "unsafe")): \(TerminalText.safe(fix.title))\n"
            }
        }
        return text + "\n"
    }

    /// Bytes of a line shown around a finding, at most: a 60 KB line printed whole under
    /// each of its 30,000 findings made gigabytes of output.
    static let shownBefore = 60
    static let shownMarked = 120
    static let shownAfter = 40

    /// The part of `line` shown for a finding at `marked`: all of it when short, otherwise
    /// up to `shownBefore` bytes before the mark, the mark (up to `shownMarked` bytes) and
    /// `shownAfter` bytes after, cut at character boundaries.
    static func window(around marked: ByteRange, in line: ByteRange, of source: SourceText) -> ByteRange {
        guard line.count > shownBefore + shownMarked + shownAfter else { return line }
        func boundary(_ offset: Int) -> Int {
            var offset = max(line.start, min(offset, line.end))
            while offset > line.start && offset < line.end && source.bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
            return offset
        }
        let start = boundary(marked.start - shownBefore)
        let end = boundary(min(marked.end, marked.start + shownMarked) + shownAfter)
        return ByteRange(start, max(end, boundary(marked.start)))
    }

    private enum Colour: String {
        case red = "31", green = "32", yellow = "33", blue = "34", cyan = "36", bold = "1"
    }

    private func paint(_ text: String, _ colour: Colour) -> String {
        color ? "\u{1B}[\(colour.rawValue)m\(text)\u{1B}[0m" : text
    }
}

/// Text from an annotation file made safe to print on a terminal (the text format's
/// paths, messages and source lines). A control character could recolour, move or clear
/// the screen (ESC), or hide what comes before it (CR); a bidirectional override could
/// reorder what the line shows. Each becomes one visible character, so the carets under
/// a source line stay under what they mark: C0 controls their Unicode control picture
/// (`␛`, `␍`), DEL `␡`, C1 controls and bidirectional controls U+FFFD. Tabs stay tabs.
enum TerminalText {
    static func safe(_ text: String) -> String {
        // Nearly every line is printable ASCII or text with no control in it.
        guard text.unicodeScalars.contains(where: needsStandIn) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(needsStandIn(scalar) ? standIn(for: scalar) : scalar)
        }
        return String(result)
    }

    private static func needsStandIn(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true  // embeddings, overrides, isolates
        default: false
        }
    }

    private static func standIn(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: "\u{2421}"
        default: "\u{FFFD}"
        }
    }
}

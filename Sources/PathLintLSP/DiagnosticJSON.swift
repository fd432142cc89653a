import JSONRPC
import PathLintCore

/// LSP `Diagnostic` objects written straight to JSON text. A 5,000-gene file has about
/// 2,000 findings, and building a `JSONValue` tree for them, writing it and freeing it
/// cost more than linting the file; this writes the same bytes in one pass.
struct DiagnosticJSON {
    let converter: PositionConverter
    let source: SourceText
    let version: Int
    /// The rules' pages' URL (`RuleDocumentation`): each diagnostic links to its rule's
    /// page. Nil for a client that does not read the link.
    var ruleDocumentation: String? = nil

    /// A JSON array of `diagnostics`.
    func array(_ diagnostics: [Diagnostic]) -> JSONValue {
        var out: [UInt8] = []
        out.reserveCapacity(64 + diagnostics.count * 300)
        out.append(UInt8(ascii: "["))
        for (index, diagnostic) in diagnostics.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            write(diagnostic, into: &out)
        }
        out.append(UInt8(ascii: "]"))
        return .raw(out)
    }

    /// One diagnostic object.
    func object(_ diagnostic: Diagnostic) -> JSONValue {
        var out: [UInt8] = []
        write(diagnostic, into: &out)
        return .raw(out)
    }

    /// `{"range":…,"severity":…,"code":…,"source":"pathlint","message":…,"data":{"rule":…,"version":…,"fixes":…}}`
    private func write(_ diagnostic: Diagnostic, into out: inout [UInt8]) {
        let severity: Int64 = switch diagnostic.severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        case .hint: 4
        }
        append("{\"range\":{\"start\":", to: &out)
        position(diagnostic.range.start, into: &out)
        append(",\"end\":", to: &out)
        position(diagnostic.range.end, into: &out)
        append("},\"severity\":", to: &out)
        JSONCodec.writeInteger(severity, into: &out)
        append(",\"code\":", to: &out)
        writeRuleID(diagnostic.ruleID, into: &out)
        if let ruleDocumentation {
            append(",\"codeDescription\":{\"href\":", to: &out)
            JSONCodec.writeString(RuleDocumentation.url(diagnostic.ruleID, base: ruleDocumentation), into: &out)
            out.append(UInt8(ascii: "}"))
        }
        append(",\"source\":\"pathlint\",\"message\":", to: &out)
        JSONCodec.writeString(diagnostic.message, into: &out)
        append(",\"data\":{\"rule\":", to: &out)
        writeRuleID(diagnostic.ruleID, into: &out)
        append(",\"version\":", to: &out)
        JSONCodec.writeInteger(Int64(version), into: &out)
        append(",\"fixes\":", to: &out)
        JSONCodec.writeInteger(Int64(diagnostic.fixes.count), into: &out)
        append("}}", to: &out)
    }

    /// Rule ids are kebab-case ASCII (`RuleRegistryRuleTests` holds them to it): nothing to escape.
    private func writeRuleID(_ id: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: id.utf8)
        out.append(UInt8(ascii: "\""))
    }

    private func position(_ offset: Int, into out: inout [UInt8]) {
        let location = source.location(of: offset)
        append("{\"line\":", to: &out)
        JSONCodec.writeInteger(Int64(location.line), into: &out)
        append(",\"character\":", to: &out)
        JSONCodec.writeInteger(Int64(location.column(in: converter.unit)), into: &out)
        out.append(UInt8(ascii: "}"))
    }

    @inline(__always)
    private func append(_ literal: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}

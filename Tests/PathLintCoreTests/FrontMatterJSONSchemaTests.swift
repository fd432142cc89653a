import Foundation
import Testing
@testable import PathLintCore

/// The JSON Schema is generated from `FrontMatterSchema`; these tests keep the committed
/// copy current and the table's patterns, enums and layout markers in step with the rules.
@Suite struct FrontMatterJSONSchemaTests {
    static let committedPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("schemas/pfocr-figure.schema.json")

    @Test func committedSchemaIsTheGeneratedOne() throws {
        let committed = try String(contentsOf: Self.committedPath, encoding: .utf8)
        let generated = FrontMatterJSONSchema.generate()
        let differing = zip(committed.split(separator: "\n", omittingEmptySubsequences: false),
                            generated.split(separator: "\n", omittingEmptySubsequences: false))
            .enumerated().first { $0.element.0 != $0.element.1 }
        #expect(committed == generated, """
            schemas/pfocr-figure.schema.json is out of date (first difference at line \((differing?.offset ?? 0) + 1)); \
            regenerate it: swift run pathlint schema > schemas/pfocr-figure.schema.json
            """)
    }

    @Test func generatedSchemaIsValidJSONWithEveryField() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(FrontMatterJSONSchema.generate().utf8))
                                  as? [String: Any])
        #expect(object["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        let properties = try #require(object["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(FrontMatterSchema.figureFields.map(\.name)))
        #expect(object["required"] as? [String] == ["figid", "pmcid", "filename", "figlink"])
        let otherwise = try #require(object["else"] as? [String: Any])
        #expect(otherwise["required"] as? [String] == ["genes"], "genes is required in the layout with lists")
        let definitions = try #require(object["definitions"] as? [String: [String: Any]])
        #expect(definitions["gene"]?["required"] as? [String] == ["word", "symbol", "source", "hgnc_symbol", "entrez"])
        #expect(definitions["meshTerm"]?["required"] as? [String] == ["word", "source", "identifier"])
        let gene = try #require(definitions["gene"]?["properties"] as? [String: [String: Any]])
        #expect(gene["source"]?["enum"] as? [String] == FrontMatterSchema.geneSources)
        #expect(gene["entrez"]?["type"] as? [String] == ["string", "boolean", "null"], "an unquoted entrez is a type error")
    }

    @Test func stringsAreEscaped() {
        #expect(FrontMatterJSONSchema.render(.strings(["a\"b\\c\n\u{1}é"])) == #"["a\"b\\c\n\u0001é"]"#)
    }

    // MARK: - the table against the rules

    @Test func geneSourceEnumIsWhatSymbolSourceMismatchKnows() {
        #expect(FrontMatterSchema.geneSources == SourceClaim.allCases.map(\.rawValue))
    }

    @Test func layoutMarkersAreWhatAnnotationLayoutReads() throws {
        func layout(_ yaml: String) throws -> AnnotationLayout {
            let parsed = YAMLParser.parse(SourceText(yaml), range: ByteRange(0, yaml.utf8.count))
            let root = try #require(parsed.root?.mapping)
            return Annotation(root: root).layout
        }
        #expect(try layout("figid: x\n") == .frontMatterLists)
        for marker in FrontMatterSchema.sidecarLayoutMarkers {
            #expect(try layout("figid: x\n\(marker): []\n") == .sidecarTables, "\(marker)")
            #expect(try layout("figid: x\n\(marker): []\ngenes: []\n") == .frontMatterLists, "\(marker) with genes")
        }
    }

    /// Each pattern accepts exactly what the rule that checks the field accepts.
    @Test func patternsAgreeWithTheRules() throws {
        func pattern(_ fields: [FieldSpec], _ name: String) throws -> Regex<AnyRegexOutput> {
            try Regex(try #require(fields.first { $0.name == name }?.pattern, "\(name) has a pattern"))
        }
        let identifier = try pattern(FrontMatterSchema.meshFields, "identifier")
        for id in ["D005947", "C000657245", "D000086382", "", "D12345", "X005947", "D0059470", "d005947", "D00594a",
                   "C0006572450", "D 005947"] {
            let ruleAccepts = id.isEmpty || MeSHIndex.isWellFormedID(id)
            #expect((id.firstMatch(of: identifier) != nil) == ruleAccepts, "identifier `\(id)`")
        }
        let entrez = try pattern(FrontMatterSchema.geneFields, "entrez")
        for value in ["5604", "0", "", "56O4", "5604 ", "-1", "5.6"] {
            let ruleAccepts = !value.isEmpty && value.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
            #expect((value.firstMatch(of: entrez) != nil) == ruleAccepts, "entrez `\(value)`")
        }
        let pmcid = try pattern(FrontMatterSchema.figureFields, "pmcid")
        #expect("PMC199174".firstMatch(of: pmcid) != nil)
        #expect("199174".firstMatch(of: pmcid) == nil && "PMC19917a".firstMatch(of: pmcid) == nil)
    }

    /// The corpus's own values for the fields with a pattern, from the seed file.
    @Test func seedFileMatchesEveryPattern() throws {
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/PMC199174__JCI0110934.f9.md")
        let text = try String(contentsOf: seed, encoding: .utf8)
        for field in FrontMatterSchema.figureFields {
            guard let pattern = field.pattern else { continue }
            let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("\(field.name): ") })
            let value = String(line.dropFirst(field.name.count + 2))
            #expect(value.firstMatch(of: try Regex(pattern)) != nil, "\(field.name): \(value)")
        }
    }
}

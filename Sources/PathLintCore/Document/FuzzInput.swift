/// How a fuzzing input of the lint target (`Fuzz/FuzzLint.swift`, `scripts/fuzz.sh lint`)
/// becomes a document, in one place so that the target and its regression test
/// (`FuzzRegressionTests`) read an input the same way. The first byte picks the path (an
/// old-layout `.md`, a current-layout figure, or one of its tables) and, with its high bit,
/// whether unsafe fixes are applied; the rest is split at the first "\0\0" into the file
/// and its companion (the figure's genes table, or a table's figure).
public struct FuzzInput: Sendable {
    public let document: AnnotationDocument
    /// The bytes linted (the part before "\0\0").
    public let file: [UInt8]
    public let includeUnsafeFixes: Bool

    /// Nil for an empty input.
    public init?(_ bytes: [UInt8]) {
        guard let selector = bytes.first else { return nil }
        let body = bytes[1...]
        var split = body.endIndex
        var index = body.startIndex
        while index + 1 < body.endIndex {
            if body[index] == 0 && body[index + 1] == 0 { split = index; break }
            index += 1
        }
        file = Array(body[..<split])
        let companion = split < body.endIndex ? Array(body[(split + 2)...]) : nil
        let figid = "PMC1__f1"
        let figurePath = "repo/_figures/\(figid).md"
        let paths = ["repo/\(figid).md", figurePath, "repo/_data/\(figid)-genes.tsv",
                     "repo/_data/\(figid)-chemicals.tsv", "repo/_data/\(figid)-diseases.tsv"]
        let path = paths[Int(selector) % paths.count]
        var files: [String: [UInt8]] = [:]
        if let companion { files[path == figurePath ? "repo/_data/\(figid)-genes.tsv" : figurePath] = companion }
        var document = AnnotationDocument(path: path, source: SourceText(bytes: file))
        SidecarLayout.attachCompanions(to: &document) { files[$0] }
        self.document = document
        includeUnsafeFixes = selector & 0x80 != 0
    }
}

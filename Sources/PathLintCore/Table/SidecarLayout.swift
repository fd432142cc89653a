/// Where the files of one figure live in the current PFOCR layout:
/// `<root>/_figures/<figid>.md` and `<root>/_data/<figid>-genes.tsv` (chemicals, diseases).
/// Lexical path arithmetic only; the caller does the reading.
public enum SidecarLayout {
    public static let figuresFolder = "_figures"
    public static let dataFolder = "_data"

    /// The figure file of a sidecar in a `_data/` folder; nil for any other path.
    public static func figurePath(forSidecar path: String) -> String? {
        guard let figid = SidecarKind.parse(path: path)?.figid, let parent = parent(of: path, named: dataFolder) else {
            return nil
        }
        return parent + figuresFolder + "/" + figid + ".md"
    }

    /// The three sidecar paths of a figure file in a `_figures/` folder; nil for any other path.
    public static func sidecarPaths(forFigure path: String) -> [SidecarKind: String]? {
        guard path.hasSuffix(".md"), let root = parent(of: path, named: figuresFolder) else { return nil }
        let name = String(path.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
        let figid = String(name.dropLast(3))
        guard !figid.isEmpty else { return nil }
        var paths: [SidecarKind: String] = [:]
        for kind in SidecarKind.allCases { paths[kind] = root + dataFolder + "/" + figid + kind.suffix }
        return paths
    }

    /// The other sidecars of the sidecar at `path` (same figid, same folder).
    public static func siblingPaths(ofSidecar path: String) -> [SidecarKind: String] {
        guard let (kind, figid) = SidecarKind.parse(path: path) else { return [:] }
        let folder = String(path.dropLast(figid.utf8.count + kind.suffix.utf8.count))
        var paths: [SidecarKind: String] = [:]
        for other in SidecarKind.allCases where other != kind { paths[other] = folder + figid + other.suffix }
        return paths
    }

    /// Gives `document` what its rules may know of the figure's other files: for a
    /// sidecar in `_data/`, its figure file and sibling tables; for a figure file in
    /// `_figures/`, its sidecars. `read` returns a file's bytes, or nil when it does not
    /// exist (or cannot be read).
    public static func attachCompanions(to document: inout AnnotationDocument, read: (String) -> [UInt8]?) {
        if document.kind == .tsv {
            guard let figurePath = figurePath(forSidecar: document.path) else { return }
            var siblings: [SidecarKind: SidecarTable] = [:]
            for (kind, path) in siblingPaths(ofSidecar: document.path) {
                if let bytes = read(path) {
                    siblings[kind] = SidecarTable(kind: kind, figid: SidecarKind.parse(path: path)?.figid,
                                                  table: TSVTable(source: SourceText(bytes: bytes)))
                }
            }
            let figureBytes = read(figurePath)
            let annotation = figureBytes.flatMap { AnnotationDocument(path: figurePath, source: SourceText(bytes: $0)).annotation }
            document.figure = SidecarFigure(path: figurePath, annotation: annotation, exists: figureBytes != nil,
                                            siblings: siblings)
        } else if let paths = sidecarPaths(forFigure: document.path) {
            var tables: [SidecarKind: SidecarTable] = [:]
            for (kind, path) in paths {
                if let bytes = read(path) {
                    tables[kind] = SidecarTable(kind: kind, figid: SidecarKind.parse(path: path)?.figid,
                                                table: TSVTable(source: SourceText(bytes: bytes)))
                }
            }
            document.sidecars = tables
        }
    }

    /// The path up to and including the separator before the folder `name` that holds
    /// the file (`a/_data/x.tsv` → `a/`, `_data/x.tsv` → ``); nil when the file's folder
    /// is not `name`.
    /// Byte arithmetic on the last two separators: the CLI asks this of every path it
    /// lints, and splitting the path into components allocated a string per folder.
    private static func parent(of path: String, named name: String) -> String? {
        let bytes = path.utf8
        guard let fileSeparator = bytes.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        let folderSeparator = bytes[..<fileSeparator].lastIndex(of: UInt8(ascii: "/"))
        let folderStart = folderSeparator.map { bytes.index(after: $0) } ?? bytes.startIndex
        guard bytes[folderStart..<fileSeparator].elementsEqual(name.utf8) else { return nil }
        return folderSeparator.map { String(path[...$0]) } ?? ""
    }
}

/// Lexical path arithmetic for configuration (`/`-separated, no file system access, no
/// symlink resolution): what the config resolver and the include/exclude globs need.
public enum ConfigPath {
    /// `path` made absolute against `directory` (itself absolute) and normalised.
    public static func absolute(_ path: String, relativeTo directory: String) -> String {
        normalize(path.hasPrefix("/") ? path : directory + "/" + path)
    }

    /// Collapses `//`, `.` and `..` (never above the root of an absolute path) and drops
    /// a trailing `/`. An empty relative result is `.`.
    public static func normalize(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !isAbsolute {
                    parts.append(part)
                }
                continue
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if isAbsolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// The directory holding `path` (`/` for a file at the root, `.` for a bare name).
    public static func parent(of path: String) -> String {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// `path` relative to `base` (both normalised the same way, both absolute or both
    /// relative), as `/`-separated components; nil when `path` is not inside `base`.
    /// `base` itself gives an empty array.
    public static func components(of path: String, relativeTo base: String) -> [Substring]? {
        let pathParts = path.split(separator: "/")
        let baseParts = base == "." ? [] : base.split(separator: "/")
        guard path.hasPrefix("/") == base.hasPrefix("/") || base == ".",
              pathParts.count >= baseParts.count,
              zip(pathParts, baseParts).allSatisfy({ $0 == $1 })
        else { return nil }
        return Array(pathParts.dropFirst(baseParts.count))
    }
}

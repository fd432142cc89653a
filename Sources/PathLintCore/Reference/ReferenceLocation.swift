#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the reference snapshot is, for the CLI and the language server alike. In order:
/// an explicit directory (`--reference`, the editor's `reference` setting);
/// `$PATHLINT_REFERENCE`; the `.pathlint.yaml`'s `reference`; `../share/pathlint/snapshot`
/// beside the running executable (an installed tree, a wheel's venv); a development
/// build's checkout, the first directory above the executable holding
/// `reference/snapshot/snapshot.info`. Found at run time, never from a path compiled in,
/// so a moved installation keeps working.
public enum ReferenceLocation {
    /// The directory to open. A directory named by the first three is returned as it is
    /// (opening it says what is wrong with it); when none is named and no snapshot is
    /// found, the error names every place looked in.
    public static func directory(explicit: String? = nil, configured: String? = nil) throws(ReferenceError) -> String {
        if let named = named(explicit: explicit) { return named }
        if let configured { return configured }
        return try shipped()
    }

    /// The directory that wins over every configuration file's: `explicit`, else
    /// `$PATHLINT_REFERENCE` (when set and not empty), else nil.
    public static func named(explicit: String?) -> String? {
        if let explicit { return explicit }
        guard let fromEnvironment = getenv("PATHLINT_REFERENCE").map({ String(cString: $0) }),
              !fromEnvironment.isEmpty else { return nil }
        return fromEnvironment
    }

    /// The snapshot that ships with pathlint: installed beside the executable, or in the
    /// checkout a development build runs from.
    public static func shipped() throws(ReferenceError) -> String {
        var searched: [String] = []
        guard let executable = executablePath() else {
            throw .notFound(searched: ["the running executable's directory (its path is unknown)"])
        }
        let bin = parent(of: executable)
        let installed = parent(of: bin) + "/share/pathlint/snapshot"
        if isSnapshot(installed) { return installed }
        searched.append(installed)
        var directory = bin
        while true {
            let candidate = (directory == "/" ? "" : directory) + "/reference/snapshot"
            if isSnapshot(candidate) { return candidate }
            let up = parent(of: directory)
            if up == directory { break }
            directory = up
        }
        searched.append("reference/snapshot in \(bin) and every directory above it")
        throw .notFound(searched: searched)
    }

    private static func isSnapshot(_ directory: String) -> Bool {
        access(directory + "/snapshot.info", R_OK) == 0
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The running executable, symbolic links resolved (a `bin/pathlint` that links into
    /// an installed tree finds that tree's data).
    static func executablePath() -> String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
        guard let first = CommandLine.arguments.first, let resolved = realpath(first, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
        #endif
    }
}

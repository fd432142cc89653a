import PathLintCore
#if canImport(Glibc)
import Glibc
#endif

/// The annotation files under the workspace folders, for workspace diagnostics: as the
/// CLI walks a directory (hidden entries skipped, links to directories not entered), and
/// bounded, so that a client pointed at a huge tree gets the first `limit` files (in path
/// order) rather than a server busy for minutes.
enum WorkspaceFiles {
    static func annotationFiles(under folders: [String], limit: Int) -> (files: [String], truncated: Bool) {
        var found: [String] = []
        var pending = folders.sorted(by: >)
        // Directories are walked in path order, so the files kept are the first ones.
        while let current = pending.popLast() {
            guard let handle = opendir(current) else { continue }
            var names: [(name: String, isDirectory: Bool)] = []
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
                }
                if name.hasPrefix(".") { continue }
                var type = Int32(entry.pointee.d_type)
                if type == DT_UNKNOWN {
                    var info = stat()
                    guard lstat(current + "/" + name, &info) == 0 else { continue }
                    type = info.st_mode & S_IFMT == S_IFDIR ? Int32(DT_DIR) : Int32(DT_REG)
                }
                if type == DT_DIR { names.append((name, true)) } else if type == DT_REG || type == DT_LNK { names.append((name, false)) }
            }
            closedir(handle)
            var directories: [String] = []
            for (name, isDirectory) in names.sorted(by: { $0.name < $1.name }) {
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                if isDirectory { directories.append(path); continue }
                guard isAnnotationFile(name) else { continue }
                if found.count == limit { return (found, true) }
                found.append(path)
            }
            pending.append(contentsOf: directories.reversed())
        }
        return (found, false)
    }

    static func isAnnotationFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        // As the CLI's walk: only tables named like sidecars, not any `.tsv`.
        return lower.hasSuffix(".md") || lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
            || SidecarKind.parse(path: name) != nil
    }

    /// A path as a `file://` URI's path: bytes outside the unreserved set and `/` escaped.
    static func percentEncodedPath(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in path.utf8 {
            let keep = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || "-._~/".utf8.contains(byte)
            if keep { out.append(byte) } else { out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]] }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// FNV-1a over what a closed file's findings were made from.
struct Fingerprint {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: [UInt8]) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        // A separator, so that ["ab", ""] and ["a", "b"] differ.
        value = (value ^ 0xFF) &* 0x0000_0100_0000_01B3
        value = (value ^ UInt64(bytes.count)) &* 0x0000_0100_0000_01B3
    }
}

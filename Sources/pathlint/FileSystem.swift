import PathLintCore
#if canImport(Glibc)
import Glibc
#endif

/// The little file access the CLI needs, on the C library (no Foundation at start-up).
enum FileSystem {
    enum Failure: Error, CustomStringConvertible {
        case notFound(String)
        case unreadable(String, String)

        var description: String {
            switch self {
            case .notFound(let path): "\(path): no such file or directory"
            case .unreadable(let path, let reason): "\(path): \(reason)"
            }
        }
    }

    static func isDirectory(_ path: String) throws(Failure) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .notFound(path) }
            throw .unreadable(path, String(cString: strerror(errno)))
        }
        return (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Annotation files under `directory`, recursively, sorted; hidden entries skipped.
    static func annotationFiles(under directory: String) throws(Failure) -> [String] {
        var found: [String] = []
        var pending = [directory]
        while let current = pending.popLast() {
            guard let handle = opendir(current) else { throw .unreadable(current, String(cString: strerror(errno))) }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
                }
                if name.hasPrefix(".") { continue }
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                // Directories are entered only when they are real ones, not links: a
                // link to a parent would otherwise repeat files or never end.
                if isRealDirectory(path) {
                    pending.append(path)
                } else if isAnnotationFile(name) {
                    found.append(path)
                }
            }
        }
        return found.sorted()
    }

    private static func isRealDirectory(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func isAnnotationFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") 
            || SidecarKind.parse(path: name) != nil  // a directory walk reads only sidecar tables, not any .tsv
    }

    /// Whether `path` names an existing regular file (following links).
    static func isFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The bytes of an existing file, or nil when it does not exist or cannot be read.
    static func readIfPresent(_ path: String) -> [UInt8]? {
        guard isFile(path) else { return nil }
        return try? read(path)
    }

    static func read(_ path: String) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw .notFound(path) }
            throw .unreadable(path, String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        return try readAll(descriptor, name: path)
    }

    static func readStandardInput() throws(Failure) -> [UInt8] {
        try readAll(0, name: "<stdin>")
    }

    private static func readAll(_ descriptor: Int32, name: String) throws(Failure) -> [UInt8] {
        // Read straight into the array, sized by fstat when the size is known (files);
        // standard input grows as it comes.
        var info = stat()
        let known = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        var bytes: [UInt8] = []
        var capacity = max(known + 1, 1 << 12)
        while true {
            let filled = bytes.count
            var failure: Int32 = 0
            var reachedEnd = false
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                if filled > 0 {
                    _ = bytes.withUnsafeBufferPointer { memcpy(buffer.baseAddress!, $0.baseAddress!, filled) }
                }
                count = filled
                while count < capacity {
                    let got = Glibc.read(descriptor, buffer.baseAddress! + count, capacity - count)
                    if got < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    if got == 0 { reachedEnd = true; return }
                    count += got
                }
            }
            if failure != 0 { throw .unreadable(name, String(cString: strerror(failure))) }
            if reachedEnd { return bytes }
            capacity *= 2
        }
    }
}

import PathLintCore
#if canImport(Glibc)
import Glibc
#endif

/// A file on disk, whatever path names it: a link and its target, `a.md` and
/// `/abs/a.md`, have one identity.
struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

/// The little file access the CLI needs, on the C library (no Foundation at start-up).
enum FileSystem {
    enum Failure: Error, CustomStringConvertible {
        case notFound(String)
        case unreadable(String, String)
        case namedPipe(String)

        var description: String {
            switch self {
            case .notFound(let path): "\(path): no such file or directory"
            case .unreadable(let path, let reason): "\(path): \(reason)"
            case .namedPipe(let path):
                "\(path): a named pipe (FIFO), not read: it would wait for a writer forever; pipe it to `pathlint lint -` instead"
            }
        }
    }

    /// Where a path leads: what `lint` does with it.
    enum Kind {
        /// Walked for annotation files.
        case directory
        /// Read and linted; `identity` is the file itself, whatever path names it.
        case file(identity: FileIdentity)
        /// Read as it comes (`<(…)`, `/dev/stdin`): named explicitly, it is the user's pipe.
        case stream
    }

    /// Descriptors the shell already opened (`<(…)`, `/dev/stdin`) are named below these.
    private static let descriptorDirectories = ["/dev/", "/proc/"]

    static func kind(of path: String) throws(Failure) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .notFound(path) }
            throw .unreadable(path, String(cString: strerror(errno)))
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file(identity: FileIdentity(info))
        case S_IFIFO where !descriptorDirectories.contains(where: path.hasPrefix):
            // A FIFO made with mkfifo: opening it blocks until some writer opens it.
            throw .namedPipe(path)
        default: return .stream
        }
    }

    /// Annotation files under `directory`, recursively, sorted by path; hidden entries
    /// skipped. Only regular files (or links to them) are taken: a FIFO or a device named
    /// `x.md` would block the read forever. Links to directories are not entered: one to
    /// a parent would repeat files or never end. A directory that cannot be read is one
    /// of `unreadable`, and the walk goes on with the others.
    static func annotationFiles(under directory: String)
        -> (files: [(path: String, identity: FileIdentity)], unreadable: [Failure]) {
        var found: [(path: String, identity: FileIdentity)] = []
        var unreadable: [Failure] = []
        var pending = [directory]
        while let current = pending.popLast() {
            guard let handle = opendir(current) else {
                unreadable.append(.unreadable(current, String(cString: strerror(errno))))
                continue
            }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
                }
                if name.hasPrefix(".") { continue }
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                // The entry's type comes with it on most file systems: no system call for
                // directories, tables of other names or files pathlint does not read.
                let type = Int32(entry.pointee.d_type)
                if type == DT_DIR {
                    pending.append(path)
                    continue
                }
                guard type == DT_REG || type == DT_LNK || type == DT_UNKNOWN else { continue }
                var info = stat()
                if type == DT_UNKNOWN {
                    guard lstat(path, &info) == 0 else { continue }
                    if info.st_mode & S_IFMT == S_IFDIR { pending.append(path); continue }
                }
                guard isAnnotationFile(name) else { continue }
                // stat follows a link; the identity (device, inode) lets `lint` take a file
                // once however many paths name it. The inode readdir gives is not used:
                // on overlay file systems it need not be the one stat gives.
                guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
                found.append((path, FileIdentity(info)))
            }
        }
        return (found.sorted { $0.path < $1.path }, unreadable.sorted { $0.description < $1.description })
    }

    static func isAnnotationFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") 
            || SidecarKind.parse(path: name) != nil  // a directory walk reads only sidecar tables, not any .tsv
    }

    /// Whether `path` names an existing regular file (following links).
    static func isFile(_ path: String) -> Bool { identity(ofFile: path) != nil }

    /// The working directory (`/` when it cannot be named, e.g. removed under us).
    static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "/" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The identity of the regular file `path` names (following links); nil for anything else.
    static func identity(ofFile path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileIdentity(info)
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

    /// No annotation file comes near this (the largest real ones are a few hundred KB);
    /// it stops `lint /dev/zero`, or a stray data dump, from filling memory.
    static let sizeLimit = 256 << 20

    private static func tooLarge(_ name: String) -> Failure {
        .unreadable(name, "larger than \(sizeLimit >> 20) MiB: not an annotation file")
    }

    private static func readAll(_ descriptor: Int32, name: String) throws(Failure) -> [UInt8] {
        // Read straight into the array, sized by fstat when the size is known (files);
        // standard input grows as it comes.
        var info = stat()
        let known = fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        var bytes: [UInt8] = []
        var capacity = max(known + 1, 1 << 12)
        if known > sizeLimit { throw tooLarge(name) }
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
            if capacity >= sizeLimit { throw tooLarge(name) }
            capacity *= 2
        }
    }
}

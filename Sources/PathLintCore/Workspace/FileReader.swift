#if canImport(Glibc)
import Glibc
#endif

/// Reading files, for the CLI and the language server alike: one size limit, one way of
/// saying why a file could not be read.
public enum FileReader {
    public enum Failure: Error, CustomStringConvertible, Sendable {
        case notFound(String)
        case unreadable(String, String)
        case namedPipe(String)

        public var description: String {
            switch self {
            case .notFound(let path): "\(path): no such file or directory"
            case .unreadable(let path, let reason): "\(path): \(reason)"
            case .namedPipe(let path):
                "\(path): a named pipe (FIFO), not read: it would wait for a writer forever; pipe it to `pathlint lint -` instead"
            }
        }
    }

    /// Whether `path` names an existing regular file (following links).
    public static func isFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// The bytes of an existing file, or nil when it does not exist or cannot be read.
    public static func readIfPresent(_ path: String) -> [UInt8]? {
        guard isFile(path) else { return nil }
        return try? read(path)
    }

    public static func read(_ path: String) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw .notFound(path) }
            throw .unreadable(path, String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        return try readAll(descriptor, name: path)
    }

    public static func readStandardInput() throws(Failure) -> [UInt8] {
        try readAll(0, name: "<stdin>")
    }

    /// No annotation file comes near this (the largest real ones are a few hundred KB);
    /// it stops `lint /dev/zero`, or a stray data dump, from filling memory.
    public static let sizeLimit = 256 << 20

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

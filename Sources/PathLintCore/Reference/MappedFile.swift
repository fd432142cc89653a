#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only memory mapping of a whole file. Opening costs a few system calls and no
/// parsing, which is what keeps `pathlint` start-up fast: pages of the reference data
/// are read only when a lookup touches them, and shared by every process that maps them.
public final class MappedFile: @unchecked Sendable {
    // Immutable after init and never written through, so sharing across threads is safe.
    public let bytes: UnsafeRawBufferPointer
    public let path: String

    public init(path: String) throws(ReferenceError) {
        self.path = path
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        let size = Int(info.st_size)
        if size == 0 {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}

public enum ReferenceError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case notASnapshot(directory: String, reason: String)
    /// No directory was named and none of the places searched holds a snapshot.
    case notFound(searched: [String])

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open reference file \(path): \(reason)"
        case .notASnapshot(let directory, let reason): "\(directory) is not a pathlint reference snapshot: \(reason)"
        case .notFound(let searched):
            "no reference snapshot found; looked in " + searched.joined(separator: ", then ")
                + " (give one with --reference DIR or $PATHLINT_REFERENCE)"
        }
    }
}

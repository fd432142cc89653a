#if canImport(Glibc)
import Glibc
#endif

/// Replacing a file's contents atomically, on the C library: a temporary file in the same
/// directory (`.<name>.pathlint-XXXXXX`), every byte written and synced, the original's
/// mode (and, where allowed, owner) given to it, then `rename` over the original. A reader
/// sees the old file or the new one, never half of one. On any failure the temporary file
/// is removed and the original is left as it was.
enum AtomicWrite {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "\(path): could not write the fixed file: \(reason)" }
    }

    static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        func failure(_ what: String) -> Failure {
            Failure(path: path, reason: "\(what): \(String(cString: strerror(errno)))")
        }
        // Write through a symbolic link to the file it names, keeping the link.
        var target = path
        if let resolved = realpath(path, nil) {
            target = String(cString: resolved)
            free(resolved)
        }
        var info = stat()
        guard stat(target, &info) == 0 else { throw failure("stat") }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw Failure(path: path, reason: "not a regular file")
        }

        let slash = target.lastIndex(of: "/")
        let directory = slash.map { String(target[..<$0]) } ?? "."
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        let prefix = slash == nil ? "" : (directory.isEmpty ? "/" : directory + "/")
        var template = Array((prefix + "." + name + ".pathlint-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure("cannot create a temporary file in \(directory)") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)

        var closed = false
        func abandon(_ error: Failure) -> Failure {
            if !closed { close(descriptor) }
            unlink(temporary)
            return error
        }

        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw abandon(failure("write")) }
            offset += written
        }
        // The owner only changes when we may (as root, or to our own group); the mode always.
        if info.st_uid != geteuid() || info.st_gid != getegid() {
            _ = fchown(descriptor, info.st_uid, info.st_gid)
        }
        guard fchmod(descriptor, info.st_mode & 0o7777) == 0 else { throw abandon(failure("fchmod")) }
        guard fsync(descriptor) == 0 else { throw abandon(failure("fsync")) }
        closed = true
        guard close(descriptor) == 0 else { throw abandon(failure("close")) }
        guard rename(temporary, target) == 0 else { throw abandon(failure("rename")) }

        // Make the rename itself durable (best effort: not every file system allows it).
        let directoryDescriptor = open(directory.isEmpty ? "/" : directory, O_RDONLY | O_DIRECTORY)
        if directoryDescriptor >= 0 {
            _ = fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }
}

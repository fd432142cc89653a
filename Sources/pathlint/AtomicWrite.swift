#if canImport(Glibc)
import Glibc
#endif

/// Replacing a file's contents atomically, on the C library: a temporary file in the same
/// directory (`.<name>.pathlint-XXXXXX`), every byte written and synced, the original's
/// mode, owner and group (the owner where allowed: as root, or the caller's own file) and
/// extended attributes (those the caller may set) given to it, then `rename` over the
/// original. A reader sees the old file or the new one, never half of one. On any failure
/// the temporary file is removed and the original is left as it was.
///
/// Lost writes: just before the rename the file is read again and compared with what the
/// fix started from (`expected`); when an editor or a script changed it meanwhile, nothing
/// is written (`Failure.changed`). What is left is the moment between that check and the
/// rename: no lock closes it, as editors take none.
///
/// Hard links: the rename gives the named path a new file; the file's other names keep the
/// old contents (`write` returns how many names the file had, for a warning).
// <sys/xattr.h> is not part of Swift's Glibc module: the three calls, declared as glibc has them.
@_silgen_name("listxattr") private func listxattr(_ path: UnsafePointer<CChar>, _ list: UnsafeMutablePointer<CChar>?, _ size: Int) -> Int
@_silgen_name("getxattr") private func getxattr(_ path: UnsafePointer<CChar>, _ name: UnsafePointer<CChar>,
                                                _ value: UnsafeMutableRawPointer?, _ size: Int) -> Int
@_silgen_name("fsetxattr") private func fsetxattr(_ descriptor: Int32, _ name: UnsafePointer<CChar>,
                                                  _ value: UnsafeRawPointer, _ size: Int, _ flags: Int32) -> Int32

enum AtomicWrite {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        /// The file changed between reading and replacing it: not an I/O error.
        var changed = false
        var description: String {
            changed ? "\(path): changed while it was being fixed; not written (its new contents are kept; run again)"
                : "\(path): could not write the fixed file: \(reason)"
        }
    }

    /// Replaces `path`'s contents with `bytes` when it still holds `expected`. Returns the
    /// number of hard links the file had (1 for most).
    @discardableResult
    static func write(_ bytes: [UInt8], to path: String, expected: [UInt8]) throws(Failure) -> Int {
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
        copyExtendedAttributes(from: target, to: descriptor)
        guard fsync(descriptor) == 0 else { throw abandon(failure("fsync")) }
        closed = true
        guard close(descriptor) == 0 else { throw abandon(failure("close")) }
        guard unchanged(target, info: info, expected: expected) else {
            throw abandon(Failure(path: path, reason: "changed", changed: true))
        }
        guard rename(temporary, target) == 0 else { throw abandon(failure("rename")) }

        // Make the rename itself durable (best effort: not every file system allows it).
        let directoryDescriptor = open(directory.isEmpty ? "/" : directory, O_RDONLY | O_DIRECTORY)
        if directoryDescriptor >= 0 {
            _ = fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
        return Int(info.st_nlink)
    }

    /// Whether `target` is still the file first looked at (device, inode) and holds `expected`.
    private static func unchanged(_ target: String, info: stat, expected: [UInt8]) -> Bool {
        let descriptor = open(target, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var now = stat()
        guard fstat(descriptor, &now) == 0, now.st_dev == info.st_dev, now.st_ino == info.st_ino,
              Int(now.st_size) == expected.count else { return false }
        var current = [UInt8](repeating: 0, count: expected.count + 1)
        var count = 0
        while count < current.count {
            let got = current.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { return false }
            if got == 0 { break }
            count += got
        }
        return count == expected.count && current[0..<count].elementsEqual(expected)
    }

    /// Gives the new file the original's extended attributes, each one the caller may set
    /// (as a user: `user.*`; as root: all, SELinux labels and ACLs included). Best effort:
    /// a file system without them, or an attribute we may not set, leaves it out.
    private static func copyExtendedAttributes(from source: String, to descriptor: Int32) {
        let size = listxattr(source, nil, 0)
        guard size > 0 else { return }
        var names = [CChar](repeating: 0, count: size)
        let listed = listxattr(source, &names, size)
        guard listed > 0 else { return }
        var start = 0
        while start < listed {
            var end = start
            while end < listed && names[end] != 0 { end += 1 }
            names.withUnsafeBufferPointer { all in
                let name = all.baseAddress! + start
                let length = getxattr(source, name, nil, 0)
                guard length >= 0 else { return }
                var value = [UInt8](repeating: 0, count: max(length, 1))
                let got = getxattr(source, name, &value, length)
                guard got >= 0 else { return }
                _ = fsetxattr(descriptor, name, value, got, 0)
            }
            start = end + 1
        }
    }
}

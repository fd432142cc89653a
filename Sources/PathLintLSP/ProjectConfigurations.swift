import PathLintCore
#if canImport(Glibc)
import Glibc
#endif

/// The `.pathlint.yaml` that applies to each document, found as the CLI finds it: the
/// nearest one in the document's directory or above. A file is parsed again only when
/// its size, modification time or inode changed, so an edit saved in `.pathlint.yaml`
/// applies at the next lint; looking costs one `stat` per directory walked, far less
/// than the lint it precedes.
final class ProjectConfigurations {
    /// What applies to a document.
    struct Found {
        /// Changes whenever the file does: the key of the linter made for it.
        let key: String
        let file: Result<ConfigFile, ConfigError>
    }

    private struct Stamp: Equatable {
        let device: UInt64, inode: UInt64, size: Int64, seconds: Int, nanoseconds: Int
    }

    private var parsed: [String: (stamp: Stamp, file: Result<ConfigFile, ConfigError>)] = [:]
    /// Reads a file's bytes (the server's `OpenDocument.readFile`).
    private let read: (String) -> [UInt8]?

    init(read: @escaping (String) -> [UInt8]?) {
        self.read = read
    }

    /// The configuration for the file at absolute `path`; nil when no `.pathlint.yaml`
    /// is in its directory or above.
    func configuration(forFile path: String) -> Found? {
        guard path.hasPrefix("/") else { return nil }
        var directory = ConfigPath.parent(of: ConfigPath.normalize(path))
        while true {
            let candidate = ConfigFile.path(inDirectory: directory)
            var info = stat()
            if stat(candidate, &info) == 0 {
                let stamp = Stamp(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                                  seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec)
                let key = "\(candidate)\u{0}\(stamp.inode):\(stamp.size):\(stamp.seconds).\(stamp.nanoseconds)"
                if let known = parsed[candidate], known.stamp == stamp { return Found(key: key, file: known.file) }
                let file = load(candidate, in: directory)
                parsed[candidate] = (stamp, file)
                return Found(key: key, file: file)
            }
            if directory == "/" { return nil }
            directory = ConfigPath.parent(of: directory)
        }
    }

    private func load(_ path: String, in directory: String) -> Result<ConfigFile, ConfigError> {
        guard let bytes = read(path) else {
            return .failure(ConfigError(path: path, message: "cannot read the configuration file"))
        }
        do throws(ConfigError) {
            return .success(try ConfigFile.parse(bytes, path: path, directory: directory))
        } catch {
            return .failure(error)
        }
    }
}

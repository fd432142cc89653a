// `pathlint lint --fix` and what else is on disk: an edit made while a fix runs, the
// file's owner, group, extended attributes and hard links; and a named pipe on the
// command line. End to end, with the helpers of CLITests.swift.

import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

// <sys/xattr.h> is not in Swift's Glibc module.
@_silgen_name("setxattr") private func setxattr(_ path: UnsafePointer<CChar>, _ name: UnsafePointer<CChar>,
                                                _ value: UnsafeRawPointer, _ size: Int, _ flags: Int32) -> Int32
@_silgen_name("getxattr") private func getxattr(_ path: UnsafePointer<CChar>, _ name: UnsafePointer<CChar>,
                                                _ value: UnsafeMutableRawPointer?, _ size: Int) -> Int

/// A file with `count` genes, each with an unquoted `entrez` (a safe `field-type` fix):
/// big enough that fixing it takes a while.
private func fileWithUnquotedEntrez(count: Int) -> String {
    var text = """
        ---
        figid: PMC199174__JCI0110934.f9
        pmcid: PMC199174
        filename: JCI0110934.f9.jpg
        figlink: /pmc/articles/PMC199174/figure/F9/
        genes:

        """
    for _ in 0..<count {
        text += "- word: MEK1\n  symbol: MEK1\n  source: hgnc_alias_symbol\n  hgnc_symbol: MAP2K1\n  entrez: 5604\n"
    }
    return text + "---\nThe body.\n"
}

private func fileStatus(_ path: String) throws -> stat {
    var info = stat()
    guard stat(path, &info) == 0 else { throw CocoaError(.fileNoSuchFile) }
    return info
}

@Suite struct FixSafetyCLITests {
    @Test func anEditMadeWhileTheFixRunsIsKeptAndTheFileIsNotWritten() throws {
        // The fix read the file, an editor appended a line, and the rename threw it away
        // while the run said "Fixed". Now the file is compared just before the rename.
        let binary = try #require(PathlintBinary.url)
        let directory = try TemporaryDirectory()
        let original = fileWithUnquotedEntrez(count: 3000)
        let file = try directory.write("PMC199174__JCI0110934.f9.md", original)

        // Told when pathlint has read the file and closed it, the test appends at once;
        // the fix of 3,000 entries takes far longer than that.
        let watch = inotify_init1(0)
        #expect(watch >= 0)
        defer { close(watch) }
        #expect(inotify_add_watch(watch, file.path, UInt32(IN_CLOSE_NOWRITE)) >= 0)

        let process = Process()
        process.executableURL = binary
        process.arguments = ["lint", "--fix", "--quiet", file.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var ready = pollfd(fd: watch, events: Int16(POLLIN), revents: 0)
        #expect(poll(&ready, 1, 60_000) == 1, "pathlint never read the file")
        let appended = "A line the curator saved meanwhile.\n"
        let handle = try FileHandle(forWritingTo: file)
        handle.seekToEndOfFile()
        handle.write(Data(appended.utf8))
        try handle.close()
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)

        #expect(try String(contentsOf: file, encoding: .utf8) == original + appended)
        #expect(process.terminationStatus == 2, "\(stderr)")
        #expect(stderr.contains("changed while it was being fixed; not written"), "\(stderr)")
        #expect(!stderr.contains("Fixed "), "\(stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == [file.lastPathComponent])
    }

    @Test func fixKeepsTheOwnerAndGroup() throws {
        guard geteuid() == 0 else { return }  // only root may give a file to someone else
        let directory = try TemporaryDirectory()
        let file = try directory.write("PMC199174__JCI0110934.f9.md", fileWithUnquotedEntrez(count: 2))
        #expect(chown(file.path, 4242, 4343) == 0)
        #expect(chmod(file.path, 0o604) == 0)
        let run = try pathlint(["lint", "--fix", file.path])
        #expect(run.out.contains("Fixed 2 findings"), "\(run)")
        #expect(try String(contentsOf: file, encoding: .utf8).contains("entrez: '5604'"))
        let info = try fileStatus(file.path)
        #expect(info.st_uid == 4242)
        #expect(info.st_gid == 4343)
        #expect(info.st_mode & 0o7777 == 0o604)
    }

    @Test func fixKeepsExtendedAttributes() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("PMC199174__JCI0110934.f9.md", fileWithUnquotedEntrez(count: 1))
        let value = Array("checked by A. Curator".utf8)
        guard setxattr(file.path, "user.pathlint.test", value, value.count, 0) == 0 else {
            // The temporary directory's file system has no user attributes: nothing to keep.
            return
        }
        let run = try pathlint(["lint", "--fix", file.path])
        #expect(run.out.contains("Fixed 1 finding"), "\(run)")
        var read = [UInt8](repeating: 0, count: 64)
        let length = getxattr(file.path, "user.pathlint.test", &read, read.count)
        #expect(length == value.count)
        #expect(Array(read.prefix(max(length, 0))) == value)
    }

    @Test func aHardLinkedFileBecomesAFileOfItsOwnWithAWarning() throws {
        // Documented: the rename gives the named path a new file; other names keep the old text.
        let directory = try TemporaryDirectory()
        let original = fileWithUnquotedEntrez(count: 1)
        let file = try directory.write("PMC199174__JCI0110934.f9.md", original)
        let other = directory.url.appendingPathComponent("backup.txt")
        #expect(link(file.path, other.path) == 0)
        let run = try pathlint(["lint", "--fix", file.path])
        #expect(run.exitedCleanly, "\(run)")
        #expect(run.err.contains("had 2 hard links; it is now a file of its own, and its other names keep the old contents"),
                "\(run)")
        #expect(try String(contentsOf: file, encoding: .utf8).contains("entrez: '5604'"))
        #expect(try String(contentsOf: other, encoding: .utf8) == original)
        #expect(try fileStatus(file.path).st_nlink == 1)
    }

    @Test func aNamedPipeOnTheCommandLineIsRefusedNotRead() throws {
        // Reading it blocked forever, waiting for a writer.
        let directory = try TemporaryDirectory()
        let fifo = directory.url.appendingPathComponent("PMC1__f1.md")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let run = try pathlint(["lint", fifo.path], timeout: 20)
        #expect(!run.timedOut, "pathlint blocked on the FIFO")
        #expect(run.status == 2, "\(run)")
        #expect(run.err.contains("\(fifo.path): a named pipe (FIFO), not read"), "\(run)")
        // A link to it is the same pipe.
        let link = directory.url.appendingPathComponent("link.md")
        #expect(symlink(fifo.path, link.path) == 0)
        let linked = try pathlint(["lint", link.path], timeout: 20)
        #expect(linked.status == 2, "\(linked)")
        // A descriptor the shell opened, named under /dev/fd, is still read.
        let piped = try pathlint(["lint", "/dev/stdin"],
                                 stdin: Data(fileWithUnquotedEntrez(count: 1).utf8), timeout: 20)
        #expect(piped.exitedCleanly, "\(piped)")
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a snapshot file: distinct lines sorted by their raw bytes (what
/// `SortedLines` binary-searches, and what `scripts/build-snapshot.py` writes). Lines
/// gather in one byte buffer; when it passes `budget` bytes it is sorted and spilled to
/// a run file, and `finish` merges the runs, so memory stays bounded whatever the input
/// (NCBI's whole `gene_info` makes gigabytes of lines).
final class SortedLineWriter {
    let path: String
    private let scratch: String
    private let budget: Int
    private var bytes: [UInt8] = []
    /// Start and length of each line in `bytes` (without its newline).
    private var lines: [(start: Int, count: Int)] = []
    private var runs: [String] = []

    init(path: String, scratch: String, budget: Int = 32 << 20) {
        self.path = path
        self.scratch = scratch
        self.budget = budget
    }

    func add(_ line: String) throws(SnapshotBuildError) {
        var line = line
        line.withUTF8 { add(bytes: $0) }
        if bytes.count >= budget { try spill() }
    }

    func add(columns: [String]) throws(SnapshotBuildError) {
        try add(columns.joined(separator: "\t"))
    }

    private func add(bytes line: UnsafeBufferPointer<UInt8>) {
        lines.append((bytes.count, line.count))
        bytes.append(contentsOf: line)
    }

    /// Adds the lines of an already sorted file that `keep` accepts, as a run of their own
    /// (a filter keeps the order): the base snapshot's lines are merged, never sorted again.
    func addSortedLines(of path: String, keep: (String) -> Bool) throws(SnapshotBuildError) {
        let input = try InputFile(path: path, hashing: false)
        let run = scratch + "/" + (self.path.split(separator: "/").last.map(String.init) ?? "run") + ".run\(runs.count)"
        let output = try OutputFile(path: run)
        var line: [UInt8] = []
        while try input.nextLine(into: &line) {
            guard keep(String(decoding: line, as: UTF8.self)) else { continue }
            try output.write(line)
            try output.write(newline: ())
        }
        try output.close(sync: false)
        runs.append(run)
    }

    /// Sorts the buffered lines and writes the distinct ones to `target`; returns the count.
    private func writeSorted(to target: String, sync: Bool = true) throws(SnapshotBuildError) -> Int {
        let order: [(start: Int, count: Int)] = bytes.withUnsafeBytes { base in
            lines.sorted { Self.compare(base, $0, $1) < 0 }
        }
        let output = try OutputFile(path: target)
        var written = 0
        var previous: (start: Int, count: Int)?
        for line in order {
            if let previous, bytes.withUnsafeBytes({ Self.compare($0, previous, line) }) == 0 { continue }
            try output.write(bytes[line.start..<(line.start + line.count)])
            try output.write(newline: ())
            previous = line
            written += 1
        }
        try output.close(sync: sync)
        bytes.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        return written
    }

    private func spill() throws(SnapshotBuildError) {
        let run = scratch + "/" + (path.split(separator: "/").last.map(String.init) ?? "run") + ".run\(runs.count)"
        _ = try writeSorted(to: run, sync: false)
        runs.append(run)
    }

    /// Writes the file; returns its number of lines.
    func finish() throws(SnapshotBuildError) -> Int {
        if runs.isEmpty { return try writeSorted(to: path) }
        if !lines.isEmpty { try spill() }
        bytes = []
        lines = []
        defer { for run in runs { unlink(run) } }
        return try Self.merge(runs, into: path)
    }

    /// Merges sorted run files into one, dropping repeated lines: a binary heap of the
    /// runs' current lines.
    private static func merge(_ runs: [String], into target: String) throws(SnapshotBuildError) -> Int {
        var readers: [InputFile] = []
        var heads: [[UInt8]] = []
        var heap: [Int] = []
        for run in runs {
            let reader = try InputFile(path: run, hashing: false)
            var line: [UInt8] = []
            if try reader.nextLine(into: &line) {
                readers.append(reader)
                heads.append(line)
                heap.append(heads.count - 1)
            }
        }
        func less(_ a: Int, _ b: Int) -> Bool { lexicographicallyLess(heads[a], heads[b]) }
        func siftDown(_ from: Int) {
            var parent = from
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < heap.count && less(heap[left], heap[smallest]) { smallest = left }
                if right < heap.count && less(heap[right], heap[smallest]) { smallest = right }
                if smallest == parent { return }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
        for index in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
        let output = try OutputFile(path: target)
        var previous: [UInt8]?
        var written = 0
        while let top = heap.first {
            if previous != heads[top] {
                try output.write(heads[top])
                try output.write(newline: ())
                previous = heads[top]
                written += 1
            }
            if try readers[top].nextLine(into: &heads[top]) {
                siftDown(0)
            } else {
                heap[0] = heap[heap.count - 1]
                heap.removeLast()
                if !heap.isEmpty { siftDown(0) }
            }
        }
        try output.close()
        return written
    }

    private static func lexicographicallyLess(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let common = min(a.count, b.count)
        let order = a.withUnsafeBytes { x in b.withUnsafeBytes { y in common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common) } }
        return order != 0 ? order < 0 : a.count < b.count
    }

    private static func compare(_ base: UnsafeRawBufferPointer, _ a: (start: Int, count: Int), _ b: (start: Int, count: Int)) -> Int32 {
        let common = min(a.count, b.count)
        if common > 0 {
            let order = memcmp(base.baseAddress! + a.start, base.baseAddress! + b.start, common)
            if order != 0 { return order }
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }
}

/// A file written through a buffer with `write(2)`; `close` syncs it.
final class OutputFile {
    let path: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []

    init(path: String) throws(SnapshotBuildError) {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .io(path: path, reason: String(cString: strerror(errno))) }
        buffer.reserveCapacity(1 << 20)
    }

    deinit { if descriptor >= 0 { Glibc.close(descriptor) } }

    func write<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws(SnapshotBuildError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func write(newline: Void) throws(SnapshotBuildError) {
        buffer.append(0x0A)
    }

    func write(_ text: String) throws(SnapshotBuildError) {
        try write(text.utf8)
    }

    private func flush() throws(SnapshotBuildError) {
        var offset = 0
        while offset < buffer.count {
            let count = buffer.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, reason: String(cString: strerror(errno)))
            }
            offset += count
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes; `sync` (for the snapshot's files, not scratch runs) waits for the disk.
    func close(sync: Bool = true) throws(SnapshotBuildError) {
        try flush()
        guard !sync || fsync(descriptor) == 0 || errno == EINVAL else { throw .io(path: path, reason: String(cString: strerror(errno))) }
        let result = Glibc.close(descriptor)
        descriptor = -1
        guard result == 0 else { throw .io(path: path, reason: String(cString: strerror(errno))) }
    }
}

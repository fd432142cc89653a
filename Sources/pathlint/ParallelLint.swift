import Dispatch
import PathLintCore
#if canImport(Glibc)
import Glibc
#endif

/// One input of a run, in the order its results are reported.
enum LintInput: Sendable {
    case file(String)
    case standardInput(name: String, bytes: [UInt8])

    var name: String {
        switch self {
        case .file(let path): path
        case .standardInput(let name, _): name
        }
    }

    /// The input's bytes (standard input was read up front).
    func read() throws(FileSystem.Failure) -> [UInt8] {
        switch self {
        case .file(let path): try FileSystem.read(path)
        case .standardInput(_, let bytes): bytes
        }
    }
}

/// What linting one input produced. `document` is nil when the input could not be read.
struct FileResult: Sendable {
    var path: String
    var document: AnnotationDocument?
    var diagnostics: [Diagnostic] = []
    /// Why the input could not be read or written, already phrased for stderr.
    var failure: String?
    /// The failure is the file's configuration or reference snapshot, not the file.
    var unlinted = false
    /// With --fix/--diff: what fixing did (FixMode.swift).
    var fix: FixReport? = nil
}

/// Lints inputs on every core, a batch at a time, and hands the results over in input
/// order: output is deterministic, and memory holds two batches, not the whole run.
enum ParallelLint {
    /// `delivered` runs after each batch's results, before the progress bar is drawn
    /// again: the caller flushes its output there, so findings never land after the bar.
    static func run(_ inputs: [LintInput], batchSize: Int = 256,
                    work: @escaping @Sendable (LintInput) -> FileResult,
                    deliver: (FileResult) -> Void, delivered: () -> Void = {}) {
        var progress = ProgressBar(total: inputs.count)
        var batchStart = 0
        while batchStart < inputs.count {
            let batch = Array(inputs[batchStart..<min(batchStart + batchSize, inputs.count)])
            let slots = ResultSlots(count: batch.count)
            let batchNumber = batchStart
            if batch.count == 1 {
                slots.store(work(batch[0]), at: 0)
            } else {
                DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                    let result = work(batch[index])
                    RecentResults.keep(result, batch: batchNumber)
                    slots.store(result, at: index)
                }
            }
            progress.erase()
            for index in 0..<batch.count { deliver(slots.take(index)) }
            delivered()
            slots.release()
            batchStart += batch.count
            progress.advance(to: batchStart)
        }
        progress.erase()
    }
}

/// Each worker thread's results of the previous batch, so that their last reference
/// goes on the thread that allocated them: glibc's malloc frees a tree many times
/// faster on its own thread than on the main thread (or another worker), which the
/// delivery would otherwise make it. Cleared when the thread takes its next file.
private enum RecentResults {
    private final class Box {
        var batch = -1
        var results: [FileResult] = []
    }
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<AnyObject>.fromOpaque(pointer).release() }
        }
        return key
    }()

    static func keep(_ result: FileResult, batch: Int) {
        let box: Box
        if let existing = pthread_getspecific(key) {
            box = Unmanaged<Box>.fromOpaque(existing).takeUnretainedValue()
        } else {
            box = Box()
            pthread_setspecific(key, Unmanaged.passRetained(box).toOpaque())
        }
        // The previous batch was delivered (and dropped by the main thread) before this
        // one started: what this thread kept of it dies here, on its own thread.
        if box.batch != batch {
            box.results.removeAll(keepingCapacity: true)
            box.batch = batch
        }
        box.results.append(result)
    }
}

/// Fixed slots that worker threads fill, each its own index: no two threads touch the
/// same slot, and the buffer never reallocates, so no lock is needed.
private final class ResultSlots: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<FileResult?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    func store(_ result: FileResult, at index: Int) { buffer[index] = result }

    func take(_ index: Int) -> FileResult {
        let result = buffer[index]!
        buffer[index] = nil
        return result
    }

    func release() {
        buffer.deinitialize()
        buffer.deallocate()
    }
}

/// `[#####.....] 1200/50000 files` on stderr, only on a terminal and only for runs long
/// enough to want one; erased before each batch's findings print, and when done.
struct ProgressBar {
    private let total: Int
    private let enabled: Bool
    private var drawn = false

    init(total: Int) {
        self.total = total
        enabled = total >= 2000 && isatty(2) != 0
    }

    mutating func advance(to done: Int) {
        guard enabled else { return }
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        StandardError.write("\r[\(bar)] \(done)/\(total) files")
        drawn = true
    }

    mutating func erase() {
        guard drawn else { return }
        StandardError.write("\r\u{1B}[2K")
        drawn = false
    }
}

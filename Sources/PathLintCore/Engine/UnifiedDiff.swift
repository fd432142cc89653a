/// A unified diff (`diff -u`, `git diff` style) of two versions of a file, by lines.
///
/// Lines are split after each `\n` and written with their bytes as they are (a CRLF
/// line keeps its `\r`), so the diff applies with `patch`/`git apply`. A last line
/// without a line break is followed by `\ No newline at end of file`. Pure.
public enum UnifiedDiff {
    /// The diff of `old` and `new` with `context` lines around each change, headed
    /// `--- oldLabel` / `+++ newLabel`; empty when the bytes are equal.
    public static func diff(_ old: [UInt8], _ new: [UInt8], oldLabel: String, newLabel: String,
                            context: Int = 3) -> [UInt8] {
        guard old != new else { return [] }
        let a = lines(of: old)
        let b = lines(of: new)
        let script = editScript(a, b)
        var out: [UInt8] = []
        out.append(contentsOf: "--- \(oldLabel)\n+++ \(newLabel)\n".utf8)
        for hunk in hunks(script, context: context) {
            out.append(contentsOf: header(hunk, script: script).utf8)
            for op in script[hunk] {
                switch op {
                case .equal(let i, _): write(" ", a[i], to: &out)
                case .delete(let i): write("-", a[i], to: &out)
                case .insert(let j): write("+", b[j], to: &out)
                }
            }
        }
        return out
    }

    /// `diff(old, new, oldLabel: "a/" + path, newLabel: "b/" + path)`, with a leading
    /// `/` or `./` dropped from `path` (as git writes it).
    public static func diff(_ old: [UInt8], _ new: [UInt8], path: String, context: Int = 3) -> [UInt8] {
        var name = Substring(path)
        while name.hasPrefix("./") { name = name.dropFirst(2) }
        while name.hasPrefix("/") { name = name.dropFirst() }
        return diff(old, new, oldLabel: "a/\(name)", newLabel: "b/\(name)", context: context)
    }

    // MARK: - Lines

    /// The file's lines, each with its `\n` (the last may lack one).
    static func lines(of bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            result.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }

    private static func write(_ prefix: String, _ line: ArraySlice<UInt8>, to out: inout [UInt8]) {
        out.append(contentsOf: prefix.utf8)
        out.append(contentsOf: line)
        if line.last != 0x0A {
            out.append(contentsOf: "\n\\ No newline at end of file\n".utf8)
        }
    }

    // MARK: - Edit script

    enum Operation: Equatable {
        /// Line `i` of the old file equals line `j` of the new one.
        case equal(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    /// The shortest edit script from `a` to `b` (Myers' O(ND) algorithm on the lines
    /// between the common prefix and suffix). Deletions come before insertions within
    /// a change. Past `maximumDistance` differences the middle is written as one
    /// replacement: still a correct diff, only not minimal.
    static func editScript(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>],
                           maximumDistance: Int = 1000) -> [Operation] {
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix && suffix < b.count - prefix
                && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }

        var script: [Operation] = (0..<prefix).map { .equal($0, $0) }
        // Intern the middle lines as integers: comparisons are then one word each.
        var ids: [ArraySlice<UInt8>: Int] = [:]
        func id(_ line: ArraySlice<UInt8>) -> Int {
            if let known = ids[line] { return known }
            let next = ids.count
            ids[line] = next
            return next
        }
        let x = a[prefix..<(a.count - suffix)].map(id)
        let y = b[prefix..<(b.count - suffix)].map(id)
        script += myers(x, y, maximumDistance: maximumDistance).map { op in
            switch op {
            case .equal(let i, let j): .equal(i + prefix, j + prefix)
            case .delete(let i): .delete(i + prefix)
            case .insert(let j): .insert(j + prefix)
            }
        }
        script += (0..<suffix).map { .equal(a.count - suffix + $0, b.count - suffix + $0) }
        return script
    }

    private static func myers(_ x: [Int], _ y: [Int], maximumDistance: Int) -> [Operation] {
        let n = x.count, m = y.count
        if n == 0 { return (0..<m).map { .insert($0) } }
        if m == 0 { return (0..<n).map { .delete($0) } }
        let limit = min(n + m, maximumDistance)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        var found = false
        search: for d in 0...limit {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var px: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    px = v[offset + k + 1]          // down: an insertion
                } else {
                    px = v[offset + k - 1] + 1      // right: a deletion
                }
                var py = px - k
                while px < n && py < m && x[px] == y[py] { px += 1; py += 1 }
                v[offset + k] = px
                if px >= n && py >= m { found = true; break search }
            }
        }
        guard found else {
            return (0..<n).map { .delete($0) } + (0..<m).map { .insert($0) }
        }
        // Walk back through the saved frontiers: trace[d] is the frontier before step d.
        var reversed: [Operation] = []
        var px = n, py = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = px - py
            let previousK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1
            let previousX = v[offset + previousK]
            let previousY = previousX - previousK
            while px > previousX && py > previousY {
                px -= 1; py -= 1
                reversed.append(.equal(px, py))
            }
            if d > 0 {
                reversed.append(px == previousX ? .insert(previousY) : .delete(previousX))
            }
            px = previousX; py = previousY
        }
        var script = Array(reversed.reversed())
        // Within each run of changes, deletions first (the usual diff layout).
        var index = 0
        while index < script.count {
            guard !isEqual(script[index]) else { index += 1; continue }
            var end = index
            while end < script.count && !isEqual(script[end]) { end += 1 }
            let run = script[index..<end]
            script.replaceSubrange(index..<end, with: run.filter(isDelete) + run.filter { !isDelete($0) })
            index = end
        }
        return script
    }

    private static func isEqual(_ op: Operation) -> Bool { if case .equal = op { true } else { false } }
    private static func isDelete(_ op: Operation) -> Bool { if case .delete = op { true } else { false } }

    // MARK: - Hunks

    /// Ranges of `script` to print: each change with `context` equal lines either side,
    /// changes closer than `2 * context` merged.
    static func hunks(_ script: [Operation], context: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index < script.count {
            guard !isEqual(script[index]) else { index += 1; continue }
            var end = index
            while end < script.count && !isEqual(script[end]) { end += 1 }
            let start = max(0, index - context)
            let stop = min(script.count, end + context)
            if let last = result.last, start <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<stop
            } else {
                result.append(start..<stop)
            }
            index = end
        }
        return result
    }

    /// `@@ -l,n +l,n @@`: 1-based first lines and counts (`,1` left out; for an empty
    /// side, the line before it and `,0`).
    private static func header(_ hunk: Range<Int>, script: [Operation]) -> String {
        var oldStart: Int?, newStart: Int?
        var oldCount = 0, newCount = 0
        // Lines before the hunk, to place an empty side.
        var oldBefore = 0, newBefore = 0
        for op in script[..<hunk.lowerBound] {
            switch op {
            case .equal: oldBefore += 1; newBefore += 1
            case .delete: oldBefore += 1
            case .insert: newBefore += 1
            }
        }
        for op in script[hunk] {
            switch op {
            case .equal(let i, let j):
                oldStart = oldStart ?? i; newStart = newStart ?? j
                oldCount += 1; newCount += 1
            case .delete(let i): oldStart = oldStart ?? i; oldCount += 1
            case .insert(let j): newStart = newStart ?? j; newCount += 1
            }
        }
        func range(_ start: Int?, _ count: Int, before: Int) -> String {
            if count == 0 { return "\(before),0" }
            let first = (start ?? before) + 1
            return count == 1 ? "\(first)" : "\(first),\(count)"
        }
        return "@@ -\(range(oldStart, oldCount, before: oldBefore)) +\(range(newStart, newCount, before: newBefore)) @@\n"
    }
}

/// A path glob, as `include` and `exclude` in `.pathlint.yaml` take them. Pure: it
/// matches `/`-separated relative paths and never touches the file system.
///
/// - `*` matches any characters within one path component, `?` exactly one;
/// - `[abc]`, `[a-z]`, `[!a-z]` (or `[^a-z]`) match one character of (not of) a set;
///   a `]` right after `[` or `[!` is a member (a set cannot hold `/`); `\` takes the
///   next character literally;
/// - a component that is exactly `**` matches any number of components, none included;
/// - a pattern without `/` (other than a trailing one) matches at any depth, as if it
///   started with `**/` (`*.yml`, `drafts`); one with a `/` is anchored at the base
///   directory (a leading `/` only anchors, `./` is dropped);
/// - a trailing `/` matches directories only.
///
/// `matchesPathOrParent` is what include/exclude use: a pattern that names a directory
/// covers every file below it.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String
    let segments: [Segment]
    let directoryOnly: Bool

    enum Segment: Sendable, Hashable {
        /// `**`: any number of components.
        case anyComponents
        case component([Token])
    }

    enum Token: Sendable, Hashable {
        case literal(Unicode.Scalar)
        case anyCharacter
        case anyString
        case set(ranges: [ClosedRange<Unicode.Scalar>], negated: Bool)
    }

    public var description: String { pattern }

    public init(_ pattern: String) throws(GlobError) {
        self.pattern = pattern
        var text = Substring(pattern)
        guard !text.isEmpty else { throw GlobError(message: "empty glob pattern", offset: 0) }
        var anchored = false
        while text.hasPrefix("./") { text = text.dropFirst(2); anchored = true }
        if text.hasPrefix("/") { text = text.drop { $0 == "/" }; anchored = true }
        var directoryOnly = false
        while text.count > 0 && text.hasSuffix("/") { text = text.dropLast(); directoryOnly = true }
        guard !text.isEmpty else { throw GlobError(message: "glob pattern `\(pattern)` names no path", offset: 0) }
        if text.contains("/") { anchored = true }

        // Offsets in error messages count characters of the original pattern.
        let prefixLength = pattern.distance(from: pattern.startIndex, to: text.startIndex)
        var segments: [Segment] = anchored ? [] : [.anyComponents]
        var offset = prefixLength
        for part in text.split(separator: "/", omittingEmptySubsequences: false) {
            defer { offset += part.count + 1 }
            if part.isEmpty || part == "." { continue }
            if part == "**" {
                if segments.last != .anyComponents { segments.append(.anyComponents) }
                continue
            }
            segments.append(.component(try Self.tokens(part, offset: offset, pattern: pattern)))
        }
        self.segments = segments
        self.directoryOnly = directoryOnly
    }

    private static func tokens(_ part: Substring, offset: Int, pattern: String) throws(GlobError) -> [Token] {
        let scalars = Array(part.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "*":
                if tokens.last != .anyString { tokens.append(.anyString) }
                i += 1
            case "?":
                tokens.append(.anyCharacter)
                i += 1
            case "\\":
                guard i + 1 < scalars.count else {
                    throw GlobError(message: "glob pattern `\(pattern)` ends with a lone `\\`", offset: offset + i)
                }
                tokens.append(.literal(scalars[i + 1]))
                i += 2
            case "[":
                var j = i + 1
                var negated = false
                if j < scalars.count && (scalars[j] == "!" || scalars[j] == "^") { negated = true; j += 1 }
                var ranges: [ClosedRange<Unicode.Scalar>] = []
                var first = true
                var closed = false
                while j < scalars.count {
                    var member = scalars[j]
                    if member == "]" && !first { closed = true; j += 1; break }
                    first = false
                    if member == "\\" && j + 1 < scalars.count { j += 1; member = scalars[j] }
                    if j + 2 < scalars.count && scalars[j + 1] == "-" && scalars[j + 2] != "]" {
                        var upper = scalars[j + 2]
                        var next = j + 3
                        if upper == "\\" && j + 3 < scalars.count { upper = scalars[j + 3]; next = j + 4 }
                        guard member <= upper else {
                            throw GlobError(message: "glob pattern `\(pattern)` has a reversed range `\(member)-\(upper)`",
                                            offset: offset + j)
                        }
                        ranges.append(member...upper)
                        j = next
                    } else {
                        ranges.append(member...member)
                        j += 1
                    }
                }
                guard closed else {
                    throw GlobError(message: "glob pattern `\(pattern)` has an unclosed `[`", offset: offset + i)
                }
                tokens.append(.set(ranges: ranges, negated: negated))
                i = j
            default:
                tokens.append(.literal(c))
                i += 1
            }
        }
        return tokens
    }

    /// Whether the pattern matches the whole relative path `components` (a directory
    /// when `isDirectory`).
    public func matches(components: some Collection<Substring>, isDirectory: Bool = false) -> Bool {
        if directoryOnly && !isDirectory { return false }
        let parts = Array(components)
        // reachable[j]: the segments so far can match exactly the first j components.
        var reachable = [Bool](repeating: false, count: parts.count + 1)
        reachable[0] = true
        for segment in segments {
            var next = [Bool](repeating: false, count: parts.count + 1)
            switch segment {
            case .anyComponents:
                var seen = false
                for j in 0...parts.count {
                    seen = seen || reachable[j]
                    next[j] = seen
                }
            case .component(let tokens):
                for j in 0..<parts.count where reachable[j] && Self.match(tokens, Array(parts[j].unicodeScalars)) {
                    next[j + 1] = true
                }
            }
            reachable = next
        }
        return reachable[parts.count]
    }

    /// Whether the pattern matches `relativePath` (`/`-separated).
    public func matches(_ relativePath: String, isDirectory: Bool = false) -> Bool {
        matches(components: relativePath.split(separator: "/").filter { $0 != "." }, isDirectory: isDirectory)
    }

    /// Whether the pattern matches the file `components`, or one of the directories it
    /// is in (below the base).
    public func matchesPathOrParent(components: [Substring]) -> Bool {
        if matches(components: components) { return true }
        var count = components.count - 1
        while count > 0 {
            if matches(components: components[0..<count], isDirectory: true) { return true }
            count -= 1
        }
        return false
    }

    /// One component against one segment's tokens; `*` backtracks to its last position only,
    /// which is exact for these patterns and linear in practice.
    static func match(_ tokens: [Token], _ text: [Unicode.Scalar]) -> Bool {
        var t = 0
        var s = 0
        var starToken = -1
        var starText = 0
        while s < text.count {
            if t < tokens.count {
                switch tokens[t] {
                case .anyString:
                    starToken = t
                    starText = s
                    t += 1
                    continue
                case .anyCharacter:
                    t += 1; s += 1
                    continue
                case .literal(let c) where c == text[s]:
                    t += 1; s += 1
                    continue
                case .set(let ranges, let negated) where ranges.contains { $0.contains(text[s]) } != negated:
                    t += 1; s += 1
                    continue
                default:
                    break
                }
            }
            guard starToken >= 0 else { return false }
            t = starToken + 1
            starText += 1
            s = starText
        }
        while t < tokens.count, tokens[t] == .anyString { t += 1 }
        return t == tokens.count
    }
}

/// A glob pattern that cannot be compiled; `offset` counts characters of the pattern.
public struct GlobError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var offset: Int

    public var description: String { message }
}

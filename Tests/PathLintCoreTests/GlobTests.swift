import Testing
@testable import PathLintCore

@Suite struct GlobTests {
    func glob(_ pattern: String) throws -> Glob { try Glob(pattern) }

    @Test func starAndQuestionMarkStayInsideAComponent() throws {
        let g = try glob("figs/*.md")
        #expect(g.matches("figs/a.md"))
        #expect(g.matches("figs/.md"))
        #expect(!g.matches("figs/sub/a.md"))
        #expect(!g.matches("other/figs/a.md"), "a pattern with a slash is anchored")
        let q = try glob("figs/?.md")
        #expect(q.matches("figs/a.md"))
        #expect(q.matches("figs/α.md"), "? is one character, not one byte")
        #expect(!q.matches("figs/ab.md"))
        #expect(try glob("a*b*c").matches("axxbyyc"))
        #expect(try glob("a*b*c").matches("abc"))
        #expect(!(try glob("a*b*c").matches("axxbyy")))
        #expect(try glob("*").matches("anything"))
    }

    @Test func doubleStarMatchesAnyNumberOfDirectories() throws {
        let g = try glob("figs/**/*.md")
        #expect(g.matches("figs/a.md"))
        #expect(g.matches("figs/x/a.md"))
        #expect(g.matches("figs/x/y/z/a.md"))
        #expect(!g.matches("figs/x/a.yaml"))
        #expect(!g.matches("a.md"))
        let tail = try glob("figs/**")
        #expect(tail.matches("figs/a.md"))
        #expect(tail.matches("figs/x/y"))
        let middle = try glob("**/drafts/**")
        #expect(middle.matches("drafts/a.md"))
        #expect(middle.matches("x/y/drafts/z/a.md"))
        #expect(!middle.matches("x/drafts-old/a.md"))
    }

    @Test func aPatternWithoutASlashMatchesAtAnyDepth() throws {
        let g = try glob("*.tmp.md")
        #expect(g.matches("a.tmp.md"))
        #expect(g.matches("x/y/a.tmp.md"))
        #expect(!g.matches("x/a.md"))
        #expect(!(try glob("/*.tmp.md")).matches("x/a.tmp.md"), "a leading slash anchors")
        #expect(try glob("/*.tmp.md").matches("a.tmp.md"))
        #expect(try glob("./figs/a.md").matches("figs/a.md"))
    }

    @Test func characterClasses() throws {
        let g = try glob("PMC[0-9][0-9]*.md")
        #expect(g.matches("PMC12_x.md"))
        #expect(!g.matches("PMCx1.md"))
        let negated = try glob("[!a-c]*")
        #expect(negated.matches("d.md"))
        #expect(!negated.matches("b.md"))
        #expect(try glob("[^a]").matches("b"))
        #expect(try glob("[]x]").matches("]"))
        #expect(try glob("[]x]").matches("x"))
        #expect(try glob("[a-]").matches("-"))
        #expect(try glob("[αβ]").matches("β"))
    }

    @Test func escapes() throws {
        #expect(try glob("a\\*b").matches("a*b"))
        #expect(!(try glob("a\\*b")).matches("axb"))
        #expect(try glob("\\[x]").matches("[x]"))
    }

    @Test func trailingSlashMatchesDirectoriesOnly() throws {
        let g = try glob("drafts/")
        #expect(!g.matches("drafts"))
        #expect(g.matches("drafts", isDirectory: true))
        #expect(g.matchesPathOrParent(components: ["x", "drafts", "a.md"]))
        #expect(!g.matchesPathOrParent(components: ["x", "drafts"]), "a file named drafts")
    }

    @Test func matchesPathOrParentCoversFilesBelowAMatchingDirectory() throws {
        let g = try glob("drafts")
        #expect(g.matchesPathOrParent(components: ["drafts", "a.md"]))
        #expect(g.matchesPathOrParent(components: ["x", "drafts", "y", "a.md"]))
        #expect(g.matchesPathOrParent(components: ["drafts"]))
        #expect(!g.matchesPathOrParent(components: ["drafts-old", "a.md"]))
        let anchored = try glob("a/b")
        #expect(anchored.matchesPathOrParent(components: ["a", "b", "c.md"]))
        #expect(!anchored.matchesPathOrParent(components: ["x", "a", "b", "c.md"]))
    }

    @Test func invalidPatternsAreErrors() {
        for (pattern, message) in [("", "empty glob pattern"), ("/", "names no path"), ("a[bc", "unclosed `[`"),
                                   ("x\\", "lone `\\`"), ("a[/]b", "unclosed `[`"), ("[z-a]", "reversed range")] {
            do {
                _ = try Glob(pattern)
                Issue.record("`\(pattern)` compiled")
            } catch {
                #expect(error.message.contains(message), "\(pattern): \(error.message)")
            }
        }
    }

    @Test func manyStarsStayFast() throws {
        let g = try glob("*a*a*a*a*a*a*a*a*b")
        #expect(!g.matches(String(repeating: "a", count: 200)))
        let deep = try glob("**/**/**/**/x")
        #expect(!deep.matches(Array(repeating: "d", count: 200).joined(separator: "/")))
    }

    @Test func pathHelpers() {
        #expect(ConfigPath.normalize("/a//b/./c/../d/") == "/a/b/d")
        #expect(ConfigPath.normalize("/../a") == "/a")
        #expect(ConfigPath.normalize("a/../..") == "..")
        #expect(ConfigPath.normalize("./") == ".")
        #expect(ConfigPath.absolute("x/y.md", relativeTo: "/w") == "/w/x/y.md")
        #expect(ConfigPath.absolute("/z", relativeTo: "/w") == "/z")
        #expect(ConfigPath.parent(of: "/a/b") == "/a")
        #expect(ConfigPath.parent(of: "/a") == "/")
        #expect(ConfigPath.parent(of: "a") == ".")
        #expect(ConfigPath.components(of: "/w/x/y.md", relativeTo: "/w") == ["x", "y.md"])
        #expect(ConfigPath.components(of: "/w2/x", relativeTo: "/w") == nil)
        #expect(ConfigPath.components(of: "/x", relativeTo: "/") == ["x"])
    }
}

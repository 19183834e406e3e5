import Testing

@testable import SipdialLint

@Suite struct GlobTests {
    /// Pattern, path, whether it matches. A path that ends in "/" is a directory.
    static let cases: [(String, String, Bool)] = [
        // A pattern without "/" matches a name at any depth, relative or absolute.
        ("*.xml", "a.xml", true),
        ("*.xml", "dir/sub/a.xml", true),
        ("*.xml", "/home/me/project/a.xml", true),
        ("*.xml", "a.xmlx", false),
        ("*.xml", "a.xml/", false),
        ("a.xml", "dir/a.xml", true),
        ("a.xml", "dir/a.xml/", false),
        ("a.xml", "dir/xa.xml", false),
        ("a.xml", "xa.xml", false),
        ("test-*.xml", "dir/test-1.xml", true),
        ("test-*.xml", "dir/test-1/x.xml", false),
        ("*", "anything/at/all.xml", true),
        // With "/", it is anchored; `*` and `?` stay within a segment.
        ("src/*.xml", "src/a.xml", true),
        ("src/*.xml", "src/sub/a.xml", false),
        ("src/*.xml", "lib/src/a.xml", false),
        ("src/a?c.xml", "src/abc.xml", true),
        ("src/a?c.xml", "src/a/c.xml", false),
        ("src/a?c.xml", "src/ac.xml", false),
        ("a?c.xml", "a/c.xml", false),
        ("./src/*.xml", "src/a.xml", true),
        ("/abs/*.xml", "/abs/a.xml", true),
        ("/abs/*.xml", "abs/a.xml", false),
        // `**` crosses segments; "**/" may match none.
        ("vendor/**", "vendor/a.xml", true),
        ("vendor/**", "vendor/x/y/z.xml", true),
        ("vendor/**", "vendor/", true),
        ("vendor/**", "vendor", false),
        ("vendor/**", "src/vendor/a.xml", false),
        ("**/*.generated.xml", "a/b/c.generated.xml", true),
        ("**/*.generated.xml", "c.generated.xml", true),
        ("**/*.generated.xml", "c.generated.xml.bak", false),
        ("src/**/*.xml", "src/a.xml", true),
        ("src/**/*.xml", "src/x/y/a.xml", true),
        ("src/**/*.xml", "lib/x/a.xml", false),
        ("src/**/a.xml", "src/xa.xml", false),
        ("src/**/a.xml", "src/x/y/a.xml", true),
        ("**/vendor/**", "lib/vendor/a.xml", true),
        ("**/vendor/**", "lib/myvendor/a.xml", false),
        ("**", "x/y", true),
        ("a**b", "a/x/y/b", true),
        ("a***b", "a/x/b", true),
        // A trailing "/" means a directory (the search asks with "path/").
        ("vendor/", "vendor/", true),
        ("vendor/", "vendor/a.xml", true),
        ("vendor/", "vendor", false),
        ("vendor/", "src/vendor/", false),
        // Classes: sets, ranges, "!" negation; an unclosed "[" is literal.
        ("[abc].xml", "b.xml", true),
        ("[abc].xml", "d.xml", false),
        ("[!abc].xml", "d.xml", true),
        ("[!abc].xml", "a.xml", false),
        ("[a-c]x.xml", "bx.xml", true),
        ("[a-c]x.xml", "dx.xml", false),
        ("[!a-c]x.xml", "dx.xml", true),
        ("[!a-c]x.xml", "bx.xml", false),
        ("[a-cx-z]0.xml", "y0.xml", true),
        ("[a-].xml", "-.xml", true),
        ("[a-].xml", "b.xml", false),
        ("[abc.xml", "[abc.xml", true),
        ("[abc.xml", "a.xml", false),
        ("[]x.xml", "x.xml", false),
        // A range written backwards holds nothing.
        ("[z-a].xml", "m.xml", false),
        ("[!z-a].xml", "m.xml", true),
        // Bytes: a multi-byte character is several `?`.
        ("caf?.xml", "café.xml", false),
        ("caf??.xml", "café.xml", true),
        ("café.xml", "dir/café.xml", true),
    ]

    @Test func ordinaryPatternsMatchAsGitignoreUsersExpect() {
        for (pattern, path, expected) in Self.cases {
            #expect(Glob.matches(pattern, path) == expected, "\(pattern) against \(path)")
        }
    }

    @Test func patternsThatWouldBacktrackExponentiallyComplete() {
        let letters = String(repeating: "a", count: 3_000)
        let segments = String(repeating: "a/", count: 1_500)
        let starStar = "**a**a**a**a**a**a**a**a**b"
        let star = "*a*a*a*a*a*a*a*a*a*b"
        #expect(!Glob.matches(starStar, letters))
        #expect(Glob.matches(starStar, letters + "b"))
        #expect(!Glob.matches(starStar, segments))
        #expect(Glob.matches(starStar, segments + "b"))
        #expect(!Glob.matches(star, letters))
        #expect(Glob.matches(star, "dir/" + letters + "b"))
        #expect(!Glob.matches(star, letters + "/b"))
        #expect(!Glob.matches(star, segments + "b"))
        #expect(Glob.matches("src/" + star, "src/" + letters + "b"))
        #expect(!Glob.matches("src/" + star, "src/" + letters + "/b"))
        // A long pattern of many stars and classes against a long path.
        let long = String(repeating: "*[a-c]?", count: 300) + "b"
        #expect(!Glob.matches(long, letters))
        #expect(Glob.matches(long, letters + "b"))
        #expect(!Glob.matches(long, String(repeating: "a", count: 500) + "b"))
    }
}

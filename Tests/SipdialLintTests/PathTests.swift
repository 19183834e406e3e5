import Testing
@testable import SipdialLint

/// Paths are compared normalized (a file named twice is linted once); most paths are
/// already normal and come back unchanged without being rebuilt.
@Suite struct PathTests {
    @Test(arguments: [
        ("a/b.xml", "a/b.xml"), ("/a/b.xml", "/a/b.xml"), ("a/.../b.xml", "a/.../b.xml"), (".hidden/b.xml", ".hidden/b.xml"),
        ("./a/b.xml", "a/b.xml"), ("a//b.xml", "a/b.xml"), ("a/./b.xml", "a/b.xml"), ("a/../b.xml", "b.xml"),
        ("a/b/", "a/b"), ("a/..", "."), (".", "."), ("/", "/"), ("/../a", "/a"), ("../a", "../a"), ("a/.", "a"),
    ])
    func normalize(_ path: String, _ expected: String) {
        #expect(Path.normalize(path) == expected)
    }
}

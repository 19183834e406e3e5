import CLibXML2

package enum SipdialLintVersion {
    package static let current = "0.1.0"

    /// The commit the binary was built from (`make build` passes it), or nil.
    package static var commit: String? {
        let text = String(cString: sipdial_commit())
        return text.isEmpty ? nil : text
    }

    /// What `--version` prints: `sipdial-lint 0.1.0 (commit 1a2b3c4d5e6f)`.
    package static var full: String {
        "sipdial-lint \(current) (commit \(commit ?? "unknown"))"
    }
}

package enum SipdialLintVersion {
    package static let current = "0.1.0"
}

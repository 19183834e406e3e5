public enum SipdialLintVersion {
    public static let current = "0.1.0"
}

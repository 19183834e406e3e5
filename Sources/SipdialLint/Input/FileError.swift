#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a path could not be read; the message is what the user sees.
package struct FileError: Error, Sendable {
    package let message: String
}

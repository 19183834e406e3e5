/// What a run prints and its exit status.
public struct DriverOutput: Sendable {
    /// Standard output as bytes: a run's report may be megabytes, and is written as made.
    public package(set) var standardOutputBytes: [UInt8] = []
    public package(set) var standardError = ""
    public package(set) var status: Int32 = 0

    package init(standardOutput: String = "", standardError: String = "", status: Int32 = 0) {
        self.standardOutputBytes = Array(standardOutput.utf8)
        self.standardError = standardError
        self.status = status
    }

    package init(standardOutputBytes: [UInt8], status: Int32) {
        self.standardOutputBytes = standardOutputBytes
        self.status = status
    }

    package var standardOutput: String { String(decoding: standardOutputBytes, as: UTF8.self) }
}

struct NamePair: Hashable {
    let element: String
    let attribute: String
}
/// Texts worked out from names alone, shared by the threads of a run (documents written
/// for another dialect repeat the same unknown attributes thousands of times).
final class NameMemo: @unchecked Sendable {
    private let lock = Lock()
    private var values: [NamePair: String] = [:]

    /// The most texts kept: a document of 200,000 distinct unknown names would otherwise
    /// keep a hint for each (a cache only: a text not kept is worked out again).
    static let capacity = 10_000

    func value(for key: NamePair, _ make: () -> String) -> String {
        if let known = lock.withLock({ values[key] }) { return known }
        // Worked out outside the lock: another thread may do the same, with the same result.
        let made = make()
        lock.withLock {
            if values.count < Self.capacity { values[key] = made }
        }
        return made
    }
}

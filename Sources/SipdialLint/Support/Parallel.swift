#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs `work(i)` for every i in 0..<count on `threads` POSIX threads, each taking the
/// next index from a shared counter, and returns the results in index order. (POSIX
/// threads keep Foundation and Dispatch out of the binary.)
enum Parallel {
    static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// Shared by the threads of one `map`: `next` is read and written under `lock`, and
    /// each result slot is written once, by the thread that took its index.
    fileprivate final class Job<Result: Sendable>: @unchecked Sendable {
        let count: Int
        let work: @Sendable (Int) -> Result
        /// The results' storage: each index is written once, by the thread that took it.
        let results: UnsafeMutablePointer<Result>
        var next = 0
        let lock = Lock()

        init(count: Int, results: UnsafeMutablePointer<Result>, work: @escaping @Sendable (Int) -> Result) {
            self.count = count
            self.results = results
            self.work = work
        }

        func take() -> Int? {
            lock.withLock {
                guard next < count else { return nil }
                next += 1
                return next - 1
            }
        }

        func drain() {
            while let index = take() { (results + index).initialize(to: work(index)) }
        }
    }

    static func map<Result: Sendable>(count: Int, threads: Int, _ work: @escaping @Sendable (Int) -> Result) -> [Result] {
        let workers = min(max(1, threads), count)
        // On one thread, no job, lock or shared storage: documents take this way several
        // times each.
        if workers <= 1 { return (0..<count).map(work) }
        // The threads write the results straight into the array's storage, and all of
        // them have finished when it is handed back.
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            let job = Job(count: count, results: buffer.baseAddress!, work: work)
            var handles: [pthread_t] = []
            for _ in 1..<workers {
                let started = start(
                    job,
                    { raw in
                        (Unmanaged<AnyObject>.fromOpaque(raw!).takeRetainedValue() as! Drainable).drainAll()
                        return nil
                    })
                if let started { handles.append(started) }
            }
            job.drain()
            for handle in handles { pthread_join(handle, nil) }
            initialized = count
        }
    }
}
extension Parallel {
    /// Starts a POSIX thread running `entry` with a retained reference to `object`, which
    /// `entry` takes back; when no thread can be started, the reference is released here.
    private static func start(
        _ object: some AnyObject & Sendable,
        _ entry: @escaping @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer?
    ) -> pthread_t? {
        let context = Unmanaged.passRetained(object).toOpaque()
        var handle = pthread_t()
        guard pthread_create(&handle, nil, entry, context) == 0 else {
            Unmanaged<AnyObject>.fromOpaque(context).release()
            return nil
        }
        return handle
    }
}
private protocol Drainable: AnyObject { func drainAll() }
extension Parallel.Job: Drainable {
    func drainAll() { drain() }
}

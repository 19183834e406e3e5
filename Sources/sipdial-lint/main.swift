import SipdialLint

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The whole command is the library's `Driver`: this reads the arguments, writes what it
// prints and exits with its status (2 when the output could not be written).
Console.reserveStandardDescriptors()
// The arguments as bytes: a file name need not be UTF-8.
let arguments = (1..<Int(CommandLine.argc)).map { index -> [UInt8] in
    guard let word = CommandLine.unsafeArgv[index] else { return [] }
    return Array(UnsafeBufferPointer(start: UnsafeRawPointer(word).assumingMemoryBound(to: UInt8.self), count: strlen(word)))
}
let output = Driver.run(argumentBytes: arguments)
exit(Console.emit(output))

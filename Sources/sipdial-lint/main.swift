import SipdialLint

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The whole command is the library's `Driver`: this reads the arguments, writes what it
// prints and exits with its status.
let output = Driver.run(arguments: Array(CommandLine.arguments.dropFirst()))
Console.write(bytes: output.standardOutputBytes)
Console.writeError(output.standardError)
exit(output.status)

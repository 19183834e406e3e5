import SipdialLint

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The whole command is the library's `Driver`: this reads the arguments, writes what it
// prints and exits with its status (2 when the output could not be written).
Console.reserveStandardDescriptors()
let output = Driver.run(arguments: Array(CommandLine.arguments.dropFirst()))
exit(Console.emit(output))

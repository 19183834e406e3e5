import SipdialLint

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// `make generate`: writes the built-in form of `Rules/` and the generated sections of the
// man page and the README, from the rule files on disk (not from the built-in form, so
// one run is enough). Any error is printed with its file and line, and the exit status
// is 1: nothing is half-written, since each file is written only once all are made.

func fail(_ message: String) -> Never {
    Console.writeError("sipdial-lint-generate: \(message)\n")
    exit(1)
}

func write(_ text: String, to path: String) {
    let temporary = path + ".generating"
    guard let file = fopen(temporary, "w") else { fail("cannot write \(temporary)") }
    let bytes = Array(text.utf8)
    let written = fwrite(bytes, 1, bytes.count, file)
    guard fclose(file) == 0, written == bytes.count, rename(temporary, path) == 0 else {
        unlink(temporary)
        fail("cannot write \(path)")
    }
}

let root = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "."
do {
    let files = try GeneratedFiles.ruleFiles(root: root)
    var catalog = RuleCatalog()
    try catalog.add(files: files, validate: true)
    var outputs: [(path: String, text: String)] = [(GeneratedFiles.builtinRulesPath, try GeneratedFiles.builtinRulesSource(files))]
    for section in GeneratedFiles.sections {
        let path = FileSystem.join(root, section.file)
        let current: String
        if let made = outputs.first(where: { $0.path == section.file }) {
            current = made.text
        } else {
            current = String(decoding: try FileSystem.readFile(path, limit: .document), as: UTF8.self)
        }
        guard
            let updated = GeneratedFiles.replacingSection(in: current, begin: section.begin, end: section.end, with: section.body(catalog))
        else {
            fail("\(section.file) lacks the markers \(section.begin) … \(section.end)")
        }
        outputs.removeAll { $0.path == section.file }
        outputs.append((section.file, updated))
    }
    for output in outputs {
        let path = FileSystem.join(root, output.path)
        let old = try? FileSystem.readFile(path, limit: .document)
        if old.map({ String(decoding: $0, as: UTF8.self) }) != output.text {
            write(output.text, to: path)
            Console.write("wrote \(output.path)\n")
        }
    }
} catch let error as DefinitionError {
    fail(error.description)
} catch let error as FileError {
    fail(error.message)
} catch {
    fail("\(error)")
}

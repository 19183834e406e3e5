/// The files made from `Rules/` and the option declarations, and the sections of
/// hand-written files that are made from them. `make generate` (the
/// `sipdial-lint-generate` program) writes them; tests fail when one is stale.
package enum GeneratedFiles {
    package static let builtinRulesPath = "Sources/SipdialLint/Generated/BuiltinRules.swift"

    /// A generated section of a hand-written file: its markers and what it holds.
    package struct Section: Sendable {
        package let file: String
        package let begin: String
        package let end: String
        package let body: @Sendable (RuleCatalog) -> String
    }

    package static let sections: [Section] = [
        Section(file: "man/sipdial-lint.1", begin: ".\\\" BEGIN OPTIONS (generated)", end: ".\\\" END OPTIONS") {
            CommandLineSyntax.manSection(catalog: $0)
        },
        Section(file: "man/sipdial-lint.1", begin: ".\\\" BEGIN RULES (generated)", end: ".\\\" END RULES") {
            RuleDocumentation.manSection($0)
        },
        Section(file: "README.md", begin: "<!-- BEGIN RULES (generated) -->", end: "<!-- END RULES -->") {
            RuleDocumentation.markdownTable($0)
        },
        Section(file: "README.md", begin: "<!-- BEGIN FIXES (generated) -->", end: "<!-- END FIXES -->") {
            RuleDocumentation.fixTable($0)
        },
        Section(file: "README.md", begin: "<!-- BEGIN DIALECTS (generated) -->", end: "<!-- END DIALECTS -->") {
            RuleDocumentation.dialectTable($0)
        },
        Section(file: "docs/dialects.md", begin: "<!-- BEGIN DIALECTS (generated) -->", end: "<!-- END DIALECTS -->") {
            RuleDocumentation.dialectTable($0)
        },
        Section(file: "man/sipdial-lint.1", begin: ".\\\" BEGIN DIALECTS (generated)", end: ".\\\" END DIALECTS") {
            RuleDocumentation.manDialects($0)
        },
    ]

    /// The rule and dialect files under `Rules/` of the package at `root`, sorted by path.
    package static func ruleFiles(root: String) throws(FileError) -> [(name: String, text: String)] {
        var files: [(name: String, text: String)] = []
        var pending = ["Rules"]
        while let directory = pending.popLast() {
            for entry in try FileSystem.entries(of: FileSystem.join(root, directory)) {
                let relative = directory + "/" + entry
                switch FileSystem.kind(of: FileSystem.join(root, relative)) {
                case .directory: pending.append(relative)
                case .file where entry.hasSuffix(".yml"):
                    files.append(
                        (relative, String(decoding: try FileSystem.readFile(FileSystem.join(root, relative), limit: .rules), as: UTF8.self))
                    )
                default: continue
                }
            }
        }
        return files.sorted { Text.bytesPrecede($0.name, $1.name) }
    }

    /// The built-in form of the rule files: each file's core parsed now and written
    /// compactly, and a rule file's docs and examples as text.
    package static func builtinRulesSource(_ files: [(name: String, text: String)]) throws(DefinitionError) -> String {
        func literal(_ text: String, _ file: String) throws(DefinitionError) -> String {
            guard !text.contains("\"\"\"#"), !text.contains("\\#") else {
                throw DefinitionError(file: file, mark: nil, "cannot be embedded as a raw string (it holds \"\"\"# or \\#)")
            }
            return "#\"\"\"\n\(text)\n\"\"\"#"
        }
        var out = "// swift-format-ignore-file\n"
        out += "// Generated from Rules/ by `make generate`; do not edit by hand.\n"
        out += "// The rule and dialect files, built into the binary so that a copied binary works alone:\n"
        out += "// each file's core parsed at build time (CompactYAML), a rule's docs and examples as YAML.\n"
        out += "enum BuiltinRules {\n    static let files: [(name: String, core: String, extras: String?)] = [\n"
        for (file, text) in files {
            let form: (core: YAMLNode?, extras: String?)
            do throws(YAMLError) { form = try RuleCatalog.builtinForm(name: file, text: text) } catch {
                throw DefinitionError(file: file, mark: error.mark, "invalid YAML: \(error.message)")
            }
            guard let core = form.core else { throw DefinitionError(file: file, mark: nil, "the file is empty") }
            let extras = try form.extras.map { text throws(DefinitionError) in try literal(text, file) } ?? "nil"
            out += "        (\"\(file)\",\n\(try literal(CompactYAML.encode(core), file)),\n\(extras)),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    /// `text` with the section between `begin` and `end` replaced by `body`; nil when the
    /// markers are missing.
    package static func replacingSection(in text: String, begin: String, end: String, with body: String) -> String? {
        guard let start = text[...].range(of: begin), let stop = text[start.upperBound...].range(of: end) else { return nil }
        return String(text[..<start.upperBound]) + "\n" + body + String(text[stop.lowerBound...])
    }
}

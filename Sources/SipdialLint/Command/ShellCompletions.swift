/// The completion scripts for bash, zsh and fish, made from the option declarations
/// (`CommandLineSyntax.options`), so they never go stale: every option is completed, and
/// an option's value as it declares (the catalog's dialects and rule ids, the formats, a
/// file, a directory). `sipdial-lint --completions SHELL` prints one; `make install`
/// installs all three.
package enum ShellCompletions {
    package static let shells = ["bash", "zsh", "fish"]

    package static func script(for shell: String, catalog: RuleCatalog) -> String? {
        switch shell {
        case "bash": return bash(catalog)
        case "zsh": return zsh(catalog)
        case "fish": return fish(catalog)
        default: return nil
        }
    }

    private static var options: [CommandOption] { CommandLineSyntax.options }

    private static func help(_ option: CommandOption, _ catalog: RuleCatalog) -> String {
        CommandLineSyntax.filled(option.help, catalog: catalog)
    }

    private static func bash(_ catalog: RuleCatalog) -> String {
        var out = "# bash completion for sipdial-lint (made by sipdial-lint --completions bash)\n"
        out += "_sipdial_lint() {\n"
        out += "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        out += "    case \"$prev\" in\n"
        for option in options where option.takesValue {
            let action: String
            switch option.completion {
            case .none: action = "return"
            case .file: action = "COMPREPLY=($(compgen -f -- \"$cur\")); return"
            case .directory: action = "COMPREPLY=($(compgen -d -- \"$cur\")); return"
            case .words(let words): action = "COMPREPLY=($(compgen -W \"\(words(catalog).joined(separator: " "))\" -- \"$cur\")); return"
            }
            out += "        --\(option.name)) \(action) ;;\n"
        }
        out += "    esac\n"
        let names = options.map { "--\($0.name)" } + ["-h"]
        out += "    if [[ \"$cur\" == -* ]]; then\n"
        out += "        COMPREPLY=($(compgen -W \"\(names.joined(separator: " "))\" -- \"$cur\"))\n"
        out += "    else\n"
        out += "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
        out += "    fi\n"
        out += "}\n"
        out += "complete -o filenames -F _sipdial_lint sipdial-lint\n"
        return out
    }

    private static func zsh(_ catalog: RuleCatalog) -> String {
        func quoted(_ text: String) -> String {
            text.replacingAll("'", with: "'\\''").replacingAll("[", with: "\\[").replacingAll("]", with: "\\]").replacingAll(
                ":", with: "\\:")
        }
        var out = "#compdef sipdial-lint\n# zsh completion for sipdial-lint (made by sipdial-lint --completions zsh)\n"
        out += "_arguments \\\n"
        for option in options {
            var spec = "'--\(option.name)[\(quoted(help(option, catalog)))]"
            if let value = option.valueName {
                switch option.completion {
                case .none: spec += ":\(quoted(value)): "
                case .file: spec += ":\(quoted(value)):_files"
                case .directory: spec += ":\(quoted(value)):_files -/"
                case .words(let words): spec += ":\(quoted(value)):(\(words(catalog).joined(separator: " ")))"
                }
            }
            out += "  \(spec)' \\\n"
        }
        out += "  '-h[\(quoted("Print this help."))]' \\\n"
        out += "  '*:file:_files'\n"
        return out
    }

    private static func fish(_ catalog: RuleCatalog) -> String {
        func quoted(_ text: String) -> String { "'" + text.replacingAll("\\", with: "\\\\").replacingAll("'", with: "\\'") + "'" }
        var out = "# fish completion for sipdial-lint (made by sipdial-lint --completions fish)\n"
        for option in options {
            var line = "complete -c sipdial-lint -l \(option.name)"
            if option.takesValue {
                switch option.completion {
                case .none: line += " -x"
                case .file: line += " -r -F"
                case .directory: line += " -x -a '(__fish_complete_directories)'"
                case .words(let words): line += " -x -a \(quoted(words(catalog).joined(separator: " ")))"
                }
            }
            out += line + " -d \(quoted(help(option, catalog)))\n"
        }
        out += "complete -c sipdial-lint -s h -d 'Print this help.'\n"
        return out
    }
}

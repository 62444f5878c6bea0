/// Help text for each command, in the OVERVIEW / USAGE / ARGUMENTS / OPTIONS form.
enum HelpText {
    static let version = "doc2swift 0.1.0"

    static let options = """
    OPTIONS:
      -o, --output <dir>      Folder to write the generated code to (generate, check). For openapi: a
                              .json file (one API only) or a folder of <API>.openapi.json files.
      --api <name>            Read <input-dir> as ONE API called <name> instead of one API per subfolder.
      --package <name>        Also write Package.swift, making the output a standalone SwiftPM package.
      --templates <dir>       Folder of .mustache files that replace default templates of the same name.
      --config <file>         Settings file (JSON; default: <input-dir>/doc2swift-config.json if present).
                              Flags override it. Reference: Docs/Configuration.md.
      --module-name <name>    Name of the generated module (default: API folder name + "API").
      --layout <layout>       modules (default: one file per type and operation), plugin-sources or
                              plugin-tests (one file per page, as the build plugin declares them).
      --access <level>        Access level of generated declarations: public (default), package, internal.
      --required-properties <mode>
                              optional (default): every model property is optional. documented: a
                              property the docs mark required and not nullable is non-optional (a
                              sample that lacks it or gives it null is a warning, not a test).
      --strict                Treat warnings as errors (exit 1 when any warning is reported).
      -q, --quiet             Print only warnings and errors, no summary.
      -v, --verbose           Also print notes (what was inferred or ignored, and why).
      -h, --help              Show help for a command.
      --version               Show the version.
    """

    static let general = """
    OVERVIEW: Generates a Swift SDK (Codable models, request builders, sample tests) from markdown API reference pages.

    USAGE: doc2swift <command> <input-dir> [options]

    COMMANDS:
      generate       Write the Swift code for every API under <input-dir> to --output.
      check          Exit 1 and list the files that 'generate' would change (staleness check for CI).
      schema         Print the merged intermediate schema as JSON.
      report         Print what was found on every page: operation, parameters, bodies, samples tested.
      dump-context   Print every template context (the data templates see) as JSON.
      openapi        Write the recovered schema of every API as an OpenAPI 3.1 document (JSON).

    ARGUMENTS:
      <input-dir>    A folder with one subfolder per API (Input/SuperOffice/*.md, …), or with --api, one API's pages.
                     Pages end in .md, .markdown or .mdx; an input without any is an error (exit 1).

    \(options)

    EXAMPLES:
      doc2swift generate Input --output Generated
      doc2swift check Input --output Generated
      doc2swift generate ../docs --api SuperOffice --output /tmp/SDK --package SuperOfficeSDK
      doc2swift openapi Input --output OpenAPI          # OpenAPI/SuperOffice.openapi.json, …
      doc2swift openapi ../docs --api SuperOffice --output superoffice.json

    EXIT CODES:
      0   success (warnings may have been printed)
      1   errors in the input or templates, no page in the input, a stale output folder (check), or
          warnings with --strict
      64  usage error

    ENVIRONMENT:
      DOC2SWIFT_THREADS=N   work on at most N pages or files at once (default: all cores); the
                            output is the same for every N
    """

    static func help(for command: String?) -> String {
        guard let command, let known = CommandLineArguments.Command(rawValue: command) else { return general }
        let summary: String
        switch known {
        case .generate: summary = "Writes the Swift code for every API under <input-dir>. Only changed files are rewritten; files of removed pages are deleted."
        case .check: summary = "Exits 1 and lists the files 'generate' would write, change or delete. Writes nothing."
        case .schema: summary = "Prints the merged intermediate schema (operations, parameters, types, samples) as JSON."
        case .report: summary = "Prints per page what was found and a one-line summary per API."
        case .dumpContext: summary = "Prints every file's template context as JSON: the keys templates can use (see Templates/README.md)."
        case .openapi: summary = "Writes an OpenAPI 3.1 document (JSON, sorted keys) per API: paths, parameters, bodies, "
            + "responses, component schemas and the docs' samples as examples. --output ending in .json is one file "
            + "(one API only: a single subfolder, or --api); any other --output is a folder that gets "
            + "<API>.openapi.json per API; without --output the single API's document is printed. Files are "
            + "rewritten only when their bytes change."
        }
        return """
        OVERVIEW: \(summary)

        USAGE: doc2swift \(known.rawValue) <input-dir> [options]

        ARGUMENTS:
          <input-dir>    A folder with one subfolder per API, or with --api, one API's pages.

        \(options)
        """
    }
}

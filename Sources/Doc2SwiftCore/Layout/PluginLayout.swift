import Mustache

/// Rearranges a module's files into the flat, one-file-per-page layout a build plugin declares in
/// advance (see `PluginOutputNames`).
///
/// Declarations go to the file of the page that first documents them; several declarations of one
/// page share its file (the render stage joins files with the same path). A page that yields no
/// declaration still gets a file holding only the header, because the plugin promised it.
struct PluginLayout {
    let translator: Translator

    func arrange(_ files: [FileContext], pages: [String]) -> [FileContext] {
        let tests = translator.options.layout == .pluginTests
        let keyByPage = PluginOutputNames.pageKeys(pages.map(translator.relative))
        let folder = tests ? "Tests/" : "Sources/"
        var arranged: [FileContext] = []
        for file in files where file.path.hasPrefix(folder) {
            var placed = file
            if let owner = file.owner, let key = keyByPage[translator.relative(owner)] {
                placed.path = tests ? "\(key)Tests.swift" : "\(key).swift"
            } else if file.owner == nil {
                placed.path = "Doc2Swift+\(file.template).swift"
            } else {
                placed.path = "Doc2Swift+Unassigned.swift"
            }
            arranged.append(placed)
        }
        let expected = PluginOutputNames.outputFiles(pages.map(translator.relative), tests: tests)
        let present = Set(arranged.map(\.path))
        let module = translator.options.moduleName ?? "Module"
        for path in expected where !present.contains(path) {
            arranged.append(FileContext(path: path, template: "Header",
                                        context: .object(translator.common(module: module, sources: []))))
        }
        // Stable: by path, then by the module layout's order (types before operations, by name).
        return arranged.enumerated().sorted { ($0.element.path, $0.offset) < ($1.element.path, $1.offset) }
            .map(\.element)
    }
}

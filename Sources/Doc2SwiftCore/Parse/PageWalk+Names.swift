/// Checks of the page's front-matter id, which names the page's operation.
extension PageWalk {
    /// Warns about an operation id that looks like a file path, is a reserved device name or has
    /// nothing to make a Swift name of. Such an id never names a file (files are named after Swift
    /// names or the page's own path), so the warning says which name the operation gets instead;
    /// if that name is taken, `Translator.namingDiagnostics` reports the one finally used.
    ///
    /// Only pages with an endpoint are checked: other pages make no operation, so no name.
    mutating func checkOperationID() {
        guard facts.endpoint != nil, let id = facts.operationID, let location = operationIDLocation else { return }
        let name = SwiftNames.requestName(forOperationID: id)
        let quoted = "page id '\(DocComment.singleLine(id))'"
        if let shape = FileNameSafety.pathShape(id) {
            diagnostics.warning("\(quoted) looks like \(shape.phrase); no file or folder is named after it: the "
                + "operation is named '\(name)', from the id's letters and digits; write the id as a plain name "
                + "(letters, digits, '_')", at: location)
        } else if let device = FileNameSafety.reservedDeviceName(id) {
            diagnostics.warning("\(quoted) is the Windows device name \(device), which no file may be named; no file "
                + "is named after the id: the operation is named '\(name)'; give the page a descriptive id",
                at: location)
        } else if SwiftNames.words(SchemaBuildState.baseName(id)).isEmpty {
            let source = id.contains("_") ? " in its part after the last '_', which names the operation" : ""
            diagnostics.warning("\(quoted) has no ASCII letters or digits\(source); the operation is named "
                + "'\(name)'; write the id in ASCII letters and digits", at: location)
        }
    }
}

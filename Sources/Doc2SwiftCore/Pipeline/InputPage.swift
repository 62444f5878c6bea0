public import Foundation

/// One markdown page handed to the pipeline. The CLI reads files; the core never touches disk.
public struct InputPage: Hashable, Sendable {
    /// The path shown in diagnostics, as the user gave it (`Input/SuperOffice/x.md`).
    public var displayPath: String
    /// The path relative to the input root (`SuperOffice/x.md`), used for includes.
    public var relativePath: String
    /// The API (first folder under the input root) the page belongs to.
    public var api: String
    public var data: Data

    public init(displayPath: String, relativePath: String, api: String, data: Data) {
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.api = api
        self.data = data
    }
}

/// One generated file: a path relative to the output folder and its text.
public struct OutputFile: Hashable, Sendable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

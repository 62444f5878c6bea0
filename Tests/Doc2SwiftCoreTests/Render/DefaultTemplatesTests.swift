import Foundation
import Testing
@testable import Doc2SwiftCore

@Suite struct DefaultTemplatesTests {
    /// The package root: three folders up from `Tests/Doc2SwiftCoreTests/Render/`.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fix = "DefaultTemplates.swift is out of date with Templates/: run Scripts/embed-templates.sh"

    /// Every `Templates/*.mustache` file by name without extension.
    static func templateFiles() throws -> [String: Data] {
        let folder = repositoryRoot.appendingPathComponent("Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".mustache") }
        var files: [String: Data] = [:]
        for name in names {
            files[String(name.dropLast(".mustache".count))] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test func templatesFolderIsFound() throws {
        let files = try Self.templateFiles()
        #expect(files["Model"] != nil, "no Templates/Model.mustache under \(Self.repositoryRoot.path)")
    }

    @Test func embeddedNamesMatchTheTemplateFiles() throws {
        let files = try Self.templateFiles()
        #expect(DefaultTemplates.all.keys.sorted() == files.keys.sorted(), "\(Self.fix)")
    }

    @Test func embeddedTextEqualsEachTemplateFileByteForByte() throws {
        for (name, data) in try Self.templateFiles().sorted(by: { $0.key < $1.key }) {
            let embedded = DefaultTemplates.all[name].map { Array($0.utf8) }
            #expect(embedded == Array(data), "Templates/\(name).mustache differs from its embedded copy. \(Self.fix)")
        }
    }

    @Test func everyDefaultTemplateParses() throws {
        let library = try TemplateLibrary()
        #expect(library.sources.count == DefaultTemplates.all.count)
    }
}

import Mustache
import Testing
@testable import Doc2SwiftCore

@Suite struct TemplateLibraryTests {
    /// A model context as the translator makes it, for one type `Thing` with one property.
    static let modelFile: FileContext = {
        let schema = APISchema(name: "Shop", operations: [], types: [
            TypeDefinition(name: "Thing", description: "A thing.",
                           properties: [Property(name: "Name", type: .string, description: "", isInferred: false,
                                                 location: at(1, 1))],
                           origin: .documented, locations: [at(1, 1)]),
        ])
        return Translator().translate(schema).first { $0.template == "Model" }!
    }()

    static let supportFile = FileContext(path: "Sources/ShopAPI/Support/Indirect.swift", template: "Indirect",
                                         context: .object(["header": "// H", "access": "public", "moduleName": "ShopAPI"]))

    @Test func defaultsComeFromTheTemplatesFolder() throws {
        let library = try TemplateLibrary()
        #expect(library.sources.keys.sorted() == DefaultTemplates.all.keys.sorted())
        #expect(library.sources["Model"] == "Templates/Model.mustache")
        let model = try library.render(Self.modelFile)
        #expect(model.contains("public struct Thing: Codable, Hashable, Sendable, PropertyTableModel {\n"))
        #expect(model.contains("    public var name: String?\n"))
    }

    @Test func overrideReplacesOnlyItsOwnFile() throws {
        let defaults = try TemplateLibrary()
        let library = try TemplateLibrary(overrides: [
            "Model": (path: "Custom/Model.mustache", text: "{{access}} final class {{typeName}} {}\n"),
        ])
        #expect(library.sources["Model"] == "Custom/Model.mustache")
        #expect(library.sources["Request"] == "Templates/Request.mustache")
        #expect(try library.render(Self.modelFile) == "public final class Thing {}\n")
        #expect(try library.render(Self.supportFile) == (try defaults.render(Self.supportFile)))
    }

    @Test func overrideCanUseADefaultPartialAndAddATemplate() throws {
        let library = try TemplateLibrary(overrides: [
            "Model": (path: "Custom/Model.mustache", text: "{{> Banner}}{{typeName}}\n"),
            "Banner": (path: "Custom/Banner.mustache", text: "// {{moduleName}}\n"),
        ])
        #expect(library.sources["Banner"] == "Custom/Banner.mustache")
        #expect(try library.render(Self.modelFile) == "// ShopAPI\nThing\n")
    }

    @Test func unknownKeyInAnOverrideIsALocatedDiagnostic() throws {
        let library = try TemplateLibrary(overrides: [
            "Model": (path: "Custom/Model.mustache", text: "struct\n  {{typeNam}}\n"),
        ])
        let message = "unknown key 'typeNam'; did you mean 'typeName'? (`doc2swift dump-context <input-dir>` prints "
            + "every key the templates are given; Templates/README.md documents them)"
        #expect(throws: Diagnostic.error(message, at: at(2, 3, in: "Custom/Model.mustache"))) {
            try library.render(Self.modelFile)
        }
        do throws(Diagnostic) {
            _ = try library.render(Self.modelFile)
        } catch {
            #expect(error.description == "Custom/Model.mustache:2:3: error: \(message)")
        }
    }

    /// The dump-context advice belongs to unknown keys only, not to every render error whose text mentions a key.
    @Test func otherRenderErrorsCarryNoKeyAdvice() throws {
        let library = try TemplateLibrary(overrides: [
            "Model": (path: "Custom/Model.mustache", text: "{{properties}}\n"),
        ])
        let file = FileContext(path: "x.swift", template: "Model", context: .object(["properties": .list([])]))
        #expect(throws: Diagnostic.error("key 'properties' is a list; use a section",
                                         at: at(1, 1, in: "Custom/Model.mustache"))) {
            try library.render(file)
        }
    }

    @Test func templateParseErrorIsALocatedDiagnostic() {
        do throws(Diagnostic) {
            _ = try TemplateLibrary(overrides: ["Model": (path: "Custom/Model.mustache", text: "{{#properties}}\n  {{/enums}}")])
            Issue.record("the library was created")
        } catch {
            #expect(error.description == "Custom/Model.mustache:2:3: error: mismatched closing tag '{{/enums}}': "
                + "expected '{{/properties}}' for the section opened at 1:1")
            #expect(error.severity == .error)
        }
    }

    @Test func unknownTemplateIsAnError() throws {
        let library = try TemplateLibrary()
        let file = FileContext(path: "x.swift", template: "Nope", context: .object([:]))
        do throws(Diagnostic) {
            _ = try library.render(file)
            Issue.record("the file rendered")
        } catch {
            #expect(error.message == "unknown template 'Nope'")
            #expect(error.severity == .error)
        }
    }
}

@testable import Doc2SwiftCore
import Foundation
import Testing

@Suite struct ConfigParserTests {
    @Test func readsEveryKey() {
        let text = """
        {
          "$schema": "x.json",
          "moduleName": "RelationsSDK",
          "accessModifier": "package",
          "api": "SuperOffice",
          "outputs": ["models", "tests"],
          "typeNames": {"ContactRelationEntityWithLinks": "ContactRelation"},
          "typeMappings": {"RecurrenceInfo": "TableRight"},
          "templates": "Templates",
          "warningsAsErrors": true,
          "requiredProperties": "documented"
        }
        """
        let (config, diagnostics) = ConfigParser.parse(text, file: "c.json")
        #expect(diagnostics.all.isEmpty)
        #expect(config.moduleName == "RelationsSDK")
        #expect(config.accessModifier == "package")
        #expect(config.api == "SuperOffice")
        #expect(config.outputs == [.models, .tests])
        #expect(config.typeNames == ["ContactRelationEntityWithLinks": "ContactRelation"])
        #expect(config.typeMappings == ["RecurrenceInfo": "TableRight"])
        #expect(config.templates == "Templates")
        #expect(config.warningsAsErrors == true)
        #expect(config.requiredProperties == .documented)
    }

    @Test func requiredPropertiesIsOptionalOrDocumentedAndAbsentByDefault() {
        #expect(ConfigParser.parse("{}", file: "c.json").0.requiredProperties == nil)
        #expect(ConfigParser.parse(#"{"requiredProperties": "optional"}"#, file: "c.json").0.requiredProperties == .optional)
        let (config, diagnostics) = ConfigParser.parse("{\n  \"requiredProperties\": \"required\"\n}", file: "c.json")
        #expect(config.requiredProperties == nil)
        #expect(diagnostics.sorted.map(\.description) == [
            "c.json:2:3: error: 'requiredProperties' must be \"optional\" (every property optional) or \"documented\" "
                + "(properties the docs mark required and not nullable are non-optional), not \"required\"",
        ])
    }

    @Test func unknownKeyIsLocatedWithSuggestion() {
        let (_, diagnostics) = ConfigParser.parse("{\n  \"acessModifier\": \"public\"\n}", file: "c.json")
        #expect(diagnostics.sorted.map(\.description) == [
            "c.json:2:3: error: unknown config key 'acessModifier'; did you mean 'accessModifier'? (known keys: "
                + ConfigParser.knownKeys.joined(separator: ", ") + ")",
        ])
    }

    @Test(arguments: [
        (#"{"accessModifier": "open"}"#, "c.json:1:2: error: 'accessModifier' must be \"public\", \"package\" or \"internal\", not \"open\""),
        (#"{"warningsAsErrors": "yes"}"#, "c.json:1:2: error: 'warningsAsErrors' must be true or false"),
        (#"{"moduleName": "my module"}"#, "c.json:1:2: error: 'my module' is not a valid module name"),
        (#"{"typeNames": {"A": "class"}}"#, "c.json:1:16: error: 'class' is not a Swift type name (letters, digits and _, not starting with a digit)"),
        (#"{"outputs": ["models", "client"]}"#, "c.json:1:2: error: 'outputs' entries must be \"models\", \"requests\" or \"tests\"; found \"client\""),
        (#"{"requiredProperties": true}"#, "c.json:1:2: error: 'requiredProperties' must be \"optional\" (every property optional) or \"documented\" (properties the docs mark required and not nullable are non-optional), not true"),
        ("[1]", "c.json:1:1: error: config must be a JSON object"),
        ("{\"a\": }", "c.json:1:7: error: config is not valid JSON: "),
    ])
    func badValuesAreLocatedErrors(text: String, expected: String) {
        let (_, diagnostics) = ConfigParser.parse(text, file: "c.json")
        #expect(diagnostics.sorted.count == 1)
        #expect(diagnostics.sorted.first?.description.hasPrefix(expected) == true,
                "\(diagnostics.sorted.map(\.description))")
    }
}

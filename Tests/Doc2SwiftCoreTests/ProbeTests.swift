import Testing
import MarkdownBlocks
import OrderedJSON
@testable import Doc2SwiftCore

@Suite struct ProbeTests {
    func dump(_ label: String, _ d: Diagnostics) {
        print("=== \(label)")
        for m in messages(d) { print(m) }
    }

    @Test func probeFacts() {
        let page = """
        ---
        title: GET Thing
        uid: v1Thing_GetThing
        ---

        # GET Thing

        ```http
        GET /api/v1/Thing/{thingId}?v={version}
        ```

        Gets a thing.

        ## Experimental: ##

        | Path Part | Type | Description |
        |-----------|------|-------------|
        | id | int32 | The thing id. **Required** |

        ## Query String Parameters

        | Parameter Name | Type |  Description |
        |----------------|------|--------------|
        | $select | string |  Optional list. |
        | mode | Enum: Slim, Wide, Full | **Required** The mode. |
        | since | weird type! | Since. |

        ```http
        GET /api/v1/Thing/{id}?$select=name
        ```

        ## Request Headers

        | Parameter Name | Description |
        |----------------|-------------|
        | Authorization  | Supports 'Basic'. |

        ## Response:

        OK

        | Response | Description |
        |----------------|-------------|
        | 200 | OK |
        | 4xx | Bad |

        ### Response body: Thing

        | Property Name | Type |  Description |
        |----------------|------|--------------|
        | ThingId | int32 | Primary key |
        | Name | string | The name |

        ## Sample response

        ```http_
        HTTP/1.1 200 OK
        Content-Type: application/json; charset=utf-8

        {
          "ThingId": 1
        }
        ```
        """
        let (f, d) = facts(page)
        print(f)
        dump("facts", d)
    }

    @Test func probeTemplates() throws {
        do {
            _ = try TemplateLibrary(overrides: ["Model": (path: "Custom/Model.mustache", text: "{{#x}}\n  {{/y}}")])
        } catch {
            print("PARSE", error.description)
        }
        let lib = try TemplateLibrary(overrides: ["Model": (path: "Custom/Model.mustache", text: "struct\n  {{typeNam}}")])
        do {
            _ = try lib.render(FileContext(path: "a", template: "Model", context: .object(["typeName": "X"])))
        } catch {
            print("RENDER", error.description)
        }
    }
}

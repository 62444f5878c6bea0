import Foundation

/// One SuperOffice-style reference page whose request and response type has `properties`
/// properties, with a sample response that sets every one of them: the input of the
/// compile-time-per-type-size measurement (`--wide`).
enum WidePage {
    /// The documented types the properties cycle through, with a sample JSON value of each.
    static let kinds: [(type: String, sample: String)] = [
        ("int32", "7"), ("string", "\"text\""), ("bool", "true"),
        ("date-time", "\"2019-11-06T09:40:59.0508473+01:00\""), ("double", "1.5"),
    ]

    /// The page's markdown.
    static func markdown(properties: Int) -> String {
        var rows: [String] = []
        var sample: [String] = []
        for index in 0..<properties {
            let kind = kinds[index % kinds.count]
            let name = "Attribute\(index)"
            rows.append("| \(name) | \(kind.type) | Value \(index) of the wide entity. |")
            sample.append("  \"\(name)\": \(kind.sample)")
        }
        let table = (["| Property Name | Type |  Description |", "|----------------|------|--------------|"] + rows)
            .joined(separator: "\n")
        return """
            ---
            title: PUT Wide/{id}
            id: v1WideEntity_PutWideEntity
            ---

            # PUT Wide/{id}

            ```http
            PUT /api/v1/Wide/{id}
            ```

            Updates the existing WideEntity

            | Path Part | Type | Description |
            |-----------|------|-------------|
            | id | int32 | The WideEntity id to update. **Required** |

            ## Request Body: entity

            The WideEntity to be saved.

            \(table)

            ## Response: object

            WideEntity entity with API _Links added.

            | Response | Description |
            |----------------|-------------|
            | 200 | WideEntity updated. |

            Response body: object

            \(table)

            ## Sample response

            ```http_
            HTTP/1.1 200 WideEntity updated.
            Content-Type: application/json; charset=utf-8

            {
            \(sample.joined(separator: ",\n"))
            }
            ```

            """
    }

    /// A page of one GET whose builder has `queryParameters` optional query parameters, cycling
    /// through the same types: the input of the compile-time-per-request-size measurement
    /// (`--wide-params`).
    static func requestMarkdown(queryParameters: Int) -> String {
        let rows = (0..<queryParameters).map { index in
            "| Param\(index) | \(kinds[index % kinds.count].type) | Query parameter \(index) of the wide search. |"
        }
        return """
            ---
            title: GET Wide
            id: v1WideEntity_GetWideEntities
            ---

            # GET Wide

            ```http
            GET /api/v1/Wide
            ```

            Searches the WideEntity list.

            ## Query String Parameters

            | Parameter Name | Type | Description |
            |----------------|------|-------------|
            \(rows.joined(separator: "\n"))

            ## Response: object

            | Response | Description |
            |----------------|-------------|
            | 200 | OK. |

            """
    }
}

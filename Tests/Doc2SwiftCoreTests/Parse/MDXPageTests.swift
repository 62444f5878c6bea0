import MarkdownBlocks
import Testing
@testable import Doc2SwiftCore

/// MDX pages: `import`/`export` lines and JSX tags are page code; the markdown inside components
/// is read as on any page.
@Suite struct MDXPageTests {
    static let page = """
        import Tabs from '@theme/Tabs';
        import TabItem from '@theme/TabItem';

        # Labels

        Lists the labels of a project.

        <Tabs>
        <TabItem value="http">

        ## List labels

        ```plaintext
        GET /projects/:id/labels
        ```

        </TabItem>
        <TabItem value="other">

        ## Delete a label

        ```plaintext
        DELETE /projects/:id/labels/:label_id
        ```

        </TabItem>
        </Tabs>

        export const meta = { title: "Labels" };
        """

    @Test func operationsInsideComponentsAreFoundAndCodeStaysOutOfText() {
        let document = BlockReader.read(Self.page, file: "labels.mdx")
        let (pages, _) = PageExtractor().extractAll(document, relativePath: "API/labels.mdx", api: "API")
        #expect(pages.map { $0.endpoint.map { $0.method + " " + $0.path } } == [
            "GET /projects/{id}/labels", "DELETE /projects/{id}/labels/{label_id}"])
        for facts in pages {
            #expect(!facts.summary.contains("import"), "\(facts.summary)")
            #expect(!facts.summary.contains("TabItem"), "\(facts.summary)")
            #expect(!facts.summary.contains("export"), "\(facts.summary)")
        }
    }

    @Test func stemsOfEveryPageKind() {
        #expect(SchemaBuildState.stem(of: "API/a.md") == "a")
        #expect(SchemaBuildState.stem(of: "API/a.markdown") == "a")
        #expect(SchemaBuildState.stem(of: "API/a.mdx") == "a")
        #expect(SchemaBuildState.stem(of: "API/a.txt") == "a.txt")
    }
}

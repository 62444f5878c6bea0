import Testing
import MarkdownBlocks

/// `InlineText.plain`: tags, entities, markdown inline markup and whitespace, with real cell texts.
@Suite struct InlineTextTests {
    /// XML-doc `<see>` tags: the wrapped text, or the last component of the cref when self-closing.
    @Test(arguments: [
        ("Carrier object for Associate. Services for the Associate Carrier is available from the <see cref=\"T:SuperOffice.CRM.Services.IAssociateAgent\">Associate Agent</see>.",
         "Carrier object for Associate. Services for the Associate Carrier is available from the Associate Agent."),
        ("<see cref=\"T:SuperOffice.CRM.Services.IAssociateAgent\"/>", "IAssociateAgent"),
        ("Use <see cref=\"M:A.B.Save(System.String)\" /> to save", "Use Save to save"),
        ("Returns <see langword=\"null\"/> if absent", "Returns null if absent"),
        ("<seealso cref=\"T:A.List`1\"/>", "List"),
    ])
    func seeTags(raw: String, plain: String) {
        #expect(InlineText.plain(raw) == plain)
    }

    /// Paragraph and line break tags, real and escaped.
    @Test(arguments: [
        ("<para>Use MDO List name \"associate\" to get list items.</para><para>Second.</para>",
         "Use MDO List name \"associate\" to get list items.\n\nSecond."),
        ("First<para />Second", "First\n\nSecond"),
        ("a<br>b<br/>c<br />d<BR>e", "a\nb\nc\nd\ne"),
        ("x<p>y</p>z", "x\n\ny\n\nz"),
        ("Line one&lt;br/&gt;Line two", "Line one\nLine two"),
        ("A&lt;para/&gt;B", "A\n\nB"),
        ("A&lt;p/&gt;B", "A\n\nB"),
        ("A&amp;lt;br/&amp;gt;B", "A\nB"),
        // Slate and Accelo cells.
        ("Bad Request<br>Check the body", "Bad Request\nCheck the body"),
        ("one<br/>two <br />three", "one\ntwo\nthree"),
        // A `<br>` inside a code span is code, shown as written.
        ("replaced with line breaks (`<br>`).", "replaced with line breaks (`<br>`)."),
    ])
    func breaks(raw: String, plain: String) {
        #expect(InlineText.plain(raw) == plain)
    }

    /// Links, code, list items and other tags.
    @Test(arguments: [
        ("See <a href=\"https://tools.ietf.org/html/rfc6902\">RFC6902</a> for details", "See RFC6902 for details"),
        ("Returns <code>304 Not Modified</code> when unchanged", "Returns `304 Not Modified` when unchanged"),
        ("<code>a_b_c *x*</code>", "`a_b_c *x*`"),
        ("Options:<ul><li>$select=a</li><li>$top=10</li></ul>After", "Options:\n\n- $select=a\n- $top=10\n\nAfter"),
        ("<b>bold</b> and <span class=\"x\">span</span>", "bold and span"),
        ("<div class=\"post\">POST</div>", "POST"),
        ("a <!-- hidden --> b", "a b"),
    ])
    func otherTags(raw: String, plain: String) {
        #expect(InlineText.plain(raw) == plain)
    }

    /// Entities are decoded after tags, twice for double escaping; decoded non-break tags stay text.
    @Test(arguments: [
        ("Don&amp;apos;t", "Don't"),
        ("Fish &amp; Chips", "Fish & Chips"),
        ("Each &#8220;parent&#8221; record", "Each “parent” record"),
        ("List&lt;string&gt;", "List<string>"),
        ("&lt;see cref=\"T:A\"/&gt;", "<see cref=\"T:A\"/>"),
        ("[Home](https://a) &raquo; [Relations](https://b/) &raquo; Create Relations", "Home » Relations » Create Relations"),
        ("a&nbsp;&nbsp;b", "a b"),
    ])
    func entities(raw: String, plain: String) {
        #expect(InlineText.plain(raw) == plain)
    }

    /// Markdown emphasis is removed only where it clearly wraps words.
    @Test(arguments: [
        ("**Required** Start date", "Required Start date"),
        ("**Resource type: **`task`", "Resource type: `task`"),
        ("**v** <br>*optional*", "v\noptional"),
        ("_italic_ text", "italic text"),
        ("***both***", "both"),
        ("__strong__", "strong"),
        ("snake_case_name", "snake_case_name"),
        ("snake_case_ end", "snake_case_ end"),
        ("x*y* z", "x*y* z"),
        ("(*note*)", "(note)"),
        ("2*3*4", "2*3*4"),
        ("a * b * c", "a * b * c"),
        ("**unclosed bold", "**unclosed bold"),
        ("*one\ntwo*", "*one\ntwo*"),
        ("\\*not emphasis\\*", "*not emphasis*"),
        ("C:\\Temp\\file", "C:\\Temp\\file"),
    ])
    func emphasis(raw: String, plain: String) {
        #expect(InlineText.plain(raw) == plain)
    }

    /// Runs of different lengths pair two or one markers at a time from their inner sides, so a
    /// marker left over is literal text; escaped stars never pair, and a removed tag ends a run.
    @Test(arguments: [
        // Accelo: a bold name followed by a required marker.
        ("**type_id***", "type_id*"),
        ("**values**<sup>*</sup>", "values*"),
        ("*a*<span>*b*</span>", "ab"),
        ("***x* y**", "x y"),
        ("**a*", "*a"),
        // Discord: escaped footnote stars stay, and a real bold pair beside them goes.
        ("member? \\* \\*\\*", "member? * **"),
        ("message_count?\\*\\*", "message_count?**"),
        ("name\\* **required**", "name* required"),
        ("**bold**\\*", "bold*"),
        // The rule of three: `*foo**bar*` is one emphasis, not a bold pair.
        ("*foo**bar*", "foo**bar"),
    ])
    func unequalRunsAndEscapes(raw: String, plain: String) {
        #expect(InlineText.plain(raw) == plain)
    }

    /// Links become their text; code spans are kept verbatim with their backticks.
    @Test(arguments: [
        ("[text](https://example.com/a_(b))", "text"),
        ("![alt text](img.png)", "alt text"),
        ("[**bold link**](x.md)", "bold link"),
        ("[not a link] (x)", "[not a link] (x)"),
        ("`urn:onoffice-de-ns:smart:2.5:relationTypes:<parent-type>:<child-type>`",
         "`urn:onoffice-de-ns:smart:2.5:relationTypes:<parent-type>:<child-type>`"),
        ("`**not bold**` and `[x](y)`", "`**not bold**` and `[x](y)`"),
        ("`&#x5B;`", "`[`"),
        ("a <parent-type> b", "a <parent-type> b"),
        ("unclosed <see cref=\"x\" tag", "unclosed <see cref=\"x\" tag"),
        ("``code with ` inside``", "``code with ` inside``"),
    ])
    func linksAndCode(raw: String, plain: String) {
        #expect(InlineText.plain(raw) == plain)
    }

    /// Blanks collapse, lines are trimmed, at most one empty line remains, and the ends are trimmed.
    @Test(arguments: [
        ("  a   b  \n\n\n\n  c\t\td  ", "a b\n\nc d"),
        ("\n\n text \n\n", "text"),
        ("", ""),
        ("   ", ""),
        ("Bad Request â€“ The request", "Bad Request â€“ The request"),
        ("one\ntwo", "one\ntwo"),
    ])
    func whitespace(raw: String, plain: String) {
        #expect(InlineText.plain(raw) == plain)
    }
}

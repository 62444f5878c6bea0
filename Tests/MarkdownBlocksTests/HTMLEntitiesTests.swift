import Testing
import MarkdownBlocks

/// Character reference decoding: named, decimal and hex references, and everything left alone.
@Suite struct HTMLEntitiesTests {
    /// The named references pages are known to use.
    @Test(arguments: [
        ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&nbsp;", "\u{A0}"),
        ("&raquo;", "»"), ("&laquo;", "«"), ("&ndash;", "–"), ("&mdash;", "—"), ("&hellip;", "…"),
        ("&copy;", "©"), ("&reg;", "®"), ("&trade;", "™"), ("&euro;", "€"), ("&uuml;", "ü"), ("&ouml;", "ö"),
        ("&auml;", "ä"), ("&szlig;", "ß"), ("&Uuml;", "Ü"), ("&Ouml;", "Ö"), ("&Auml;", "Ä"),
        ("&lsquo;", "‘"), ("&rsquo;", "’"), ("&ldquo;", "“"), ("&rdquo;", "”"), ("&bull;", "•"), ("&middot;", "·"),
        ("&eacute;", "é"), ("&times;", "×"), ("&deg;", "°"), ("&rarr;", "→"), ("&alpha;", "α"), ("&le;", "≤"),
    ])
    func named(reference: String, text: String) {
        #expect(HTMLEntities.decode(reference) == text)
    }

    /// Decimal and hex references, in prose and in a scraped JSON sample.
    @Test func numeric() {
        #expect(HTMLEntities.decode("&#8220;parent&#8221;") == "“parent”")
        #expect(HTMLEntities.decode("\"parentid\": &#x5B;\n  2909\n]") == "\"parentid\": [\n  2909\n]")
        #expect(HTMLEntities.decode("&#X5b;&#x5b;&#91;") == "[[[")
        #expect(HTMLEntities.decode("&#128512;") == "😀")
        #expect(HTMLEntities.decode("&#0039;") == "'")
    }

    /// Unknown, malformed and invalid references stay exactly as written.
    @Test(arguments: [
        "&foo;", "&amp", "& amp;", "&;", "&#;", "&#x;", "&#0;", "&#xD800;", "&#xDFFF;", "&#x110000;",
        "&#99999999999999999999;", "&#12a;", "&#xZZ;", "a & b", "&", "&#", "AT&T", "&thisnameiswaytoolongtobeanentityname;",
    ])
    func leftAsIs(text: String) {
        #expect(HTMLEntities.decode(text) == text)
    }

    /// Decoding runs once: a double-escaped reference becomes single-escaped.
    @Test func decodesOnce() {
        #expect(HTMLEntities.decode("a &lt;b&gt; &amp;amp; &amp;apos;") == "a <b> &amp; &apos;")
        #expect(HTMLEntities.decode("&&amp;") == "&&")
        #expect(HTMLEntities.decode("&amp;&amp;") == "&&")
    }

    /// References next to each other and around non-ASCII text, in a longer run of prose.
    @Test func adjacentReferences() {
        #expect(HTMLEntities.decode("&lt;&lt;&#x5B;&#93;&gt;&gt;") == "<<[]>>")
        #expect(HTMLEntities.decode("Zur&uuml;ckgestellt &#8211; Datum&hellip;") == "Zurückgestellt – Datum…")
        #expect(HTMLEntities.decode(String(repeating: "a&amp;", count: 1_000)) == String(repeating: "a&", count: 1_000))
    }

    /// Text without references is returned unchanged, non-ASCII included.
    @Test func plainTextIsUnchanged() {
        let text = "Bad Request â€“ The request “Phone call” 𝄞\u{0}"
        #expect(HTMLEntities.decode(text) == text)
    }
}

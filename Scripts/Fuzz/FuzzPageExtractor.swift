// libFuzzer entry point for the page extractor (built and run by Scripts/libfuzzer.sh).
// Same calls as `MutationFuzzTests.pageExtractor`: read the bytes as a page, extract the facts of
// every operation it holds (sections, declarations, type definitions), then merge them into a schema.
import Doc2SwiftCore
import Foundation
import MarkdownBlocks

private let extractor = PageExtractor()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let document = BlockReader.read(data: Data(UnsafeRawBufferPointer(start: start, count: count)), file: "F/p.md")
    let (pages, _) = extractor.extractAll(document, relativePath: "F/p.md", api: "F")
    _ = SchemaBuilder().build(api: "F", pages: pages)
    return 0
}

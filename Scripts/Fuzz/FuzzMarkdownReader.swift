// libFuzzer entry point for the markdown block reader (built and run by Scripts/libfuzzer.sh).
// Same calls and invariant as `MutationFuzzTests.markdownReader`: read the bytes as a page, then
// every reader issue must point at a line the page has (lines end at LF, CRLF or a lone CR).
import Foundation
import MarkdownBlocks

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let document = BlockReader.read(data: Data(bytes), file: "F.md")
    var lines = 1
    for index in bytes.indices where bytes[index] == 10
        || (bytes[index] == 13 && (index + 1 == bytes.count || bytes[index + 1] != 10)) {
        lines += 1
    }
    for issue in document.issues where issue.location.line < 1 || issue.location.line > lines {
        fatalError("fuzz markdown: issue at line \(issue.location.line) of a \(lines)-line page")
    }
    return 0
}

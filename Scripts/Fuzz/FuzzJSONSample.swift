// libFuzzer entry point for the JSON sample parser (built and run by Scripts/libfuzzer.sh).
// Same calls and invariant as `MutationFuzzTests.jsonSampleParser`: what parses once parses again
// from its own compact form.
import OrderedJSON

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    if let node = try? JSONParser.parse(text), (try? JSONParser.parse(node.description)) == nil {
        fatalError("fuzz json: the compact form \(node.description) does not parse")
    }
    return 0
}

// libFuzzer entry point for the Mustache template engine (built and run by Scripts/libfuzzer.sh).
// Same calls and context as `MutationFuzzTests.templateEngine`: compile the bytes as a template
// and, when they compile, render it.
import Mustache

private let context: TemplateValue = [
    "name": "n", "items": [["name": "a", "last": false], ["name": "b", "last": true]],
    "flag": true, "text": "x */ \"\"\" \\(",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let source = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    guard let template = try? Template(name: "t", source: source) else { return 0 }
    _ = try? TemplateSet(templates: [template]).render("t", context: context)
    return 0
}

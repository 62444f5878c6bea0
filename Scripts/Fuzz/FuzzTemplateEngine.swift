// libFuzzer entry point for the Mustache template engine (built and run by Scripts/libfuzzer.sh).
// Same calls and context as `MutationFuzzTests.templateEngine`: compile the bytes as a template
// and, when they compile, render it.
// One difference: the render limits are lowered to 100,000 nodes and 1 MB. With the defaults
// (10 million nodes, 256 MB), a run fell after 3 minutes from about 4,000 to under 40 inputs per
// second per worker, and its RSS rose to 458 MB: inputs whose nested sections or partials run to
// the limit are slow, and libFuzzer keeps them. With the lower limits, the rate stayed near 1,000/s
// and the RSS at 43 MB. The same error path is still taken, and a template whose work is not
// multiplied stays far below the limits.
import Mustache

private let context: TemplateValue = [
    "name": "n", "items": [["name": "a", "last": false], ["name": "b", "last": true]],
    "flag": true, "text": "x */ \"\"\" \\(",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let source = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    guard let template = try? Template(name: "t", source: source) else { return 0 }
    var templates = TemplateSet(templates: [template])
    templates.workLimit = 100_000
    templates.outputLimit = 1 << 20
    _ = try? templates.render("t", context: context)
    return 0
}

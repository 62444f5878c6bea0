import Testing
@testable import Doc2SwiftCore

@Suite struct FileNameSafetyTests {
    @Test(arguments: [
        ("/tmp/absolute", FileNameSafety.PathShape.absolute), ("\\share\\x", .absolute), ("C:\\x", .absolute),
        ("c:/x", .absolute), ("../../escape", .climbing), ("a/../b", .climbing), ("..", .climbing),
        ("..\\x", .climbing), ("a/b/c", .nested), ("a\\b", .nested), ("~/x", .nested),
    ])
    func pathShapes(_ text: String, _ shape: FileNameSafety.PathShape) {
        #expect(FileNameSafety.pathShape(text) == shape)
    }

    /// Ids real docs use: DocFX uids (`T:…` is no drive), dotted names, dashes, `a..b`.
    @Test(arguments: ["v1Thing_GetThing", "T:SuperOffice.CRM.IThingAgent", "M:A.B(System.Int32)", "tag-Thing",
                      "a..b", "C:", "Thing.Get", ""])
    func ordinaryIdsAreNoPaths(_ text: String) {
        #expect(FileNameSafety.pathShape(text) == nil)
    }

    @Test func reservedDeviceNamesIgnoreCaseAndExtension() {
        #expect(FileNameSafety.reservedDeviceName("aux") == "AUX")
        #expect(FileNameSafety.reservedDeviceName("COM1") == "COM1")
        #expect(FileNameSafety.reservedDeviceName("Lpt9") == "LPT9")
        #expect(FileNameSafety.reservedDeviceName("nul.txt") == "NUL")
        #expect(FileNameSafety.reservedDeviceName("Con.swift") == "CON")
        #expect(FileNameSafety.reservedDeviceName("CON ") == "CON")
        for ordinary in ["console", "Auxiliary", "com10", "COM1Request", "AuxRequest.swift", "nul_x", "", "."] {
            #expect(FileNameSafety.reservedDeviceName(ordinary) == nil, "\(ordinary)")
        }
    }
}

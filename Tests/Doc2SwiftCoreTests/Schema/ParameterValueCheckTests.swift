import Testing
@testable import Doc2SwiftCore

@Suite struct ParameterValueCheckTests {
    @Test func valuesThatFitTheirType() {
        #expect(ParameterValueCheck.problem("679", .integer(.int32)) == nil)
        #expect(ParameterValueCheck.problem("-1", .integer(.unspecified)) == nil)
        #expect(ParameterValueCheck.problem("1.5", .double) == nil)
        #expect(ParameterValueCheck.problem("true", .bool) == nil)
        #expect(ParameterValueCheck.problem("192,492", .array(.integer(.int32))) == nil)
        #expect(ParameterValueCheck.problem("a,b", .array(nil)) == nil)
        #expect(ParameterValueCheck.problem("anything", .string) == nil)
        #expect(ParameterValueCheck.problem("Wide", .enumeration(["Slim"])) == nil)
    }

    @Test func valuesThatDoNot() {
        #expect(ParameterValueCheck.problem("abc", .integer(.int32)) == "'abc' is not an integer")
        #expect(ParameterValueCheck.problem("inf", .double) == "'inf' is not a number")
        #expect(ParameterValueCheck.problem("True", .bool) == "'True' is not true or false")
        #expect(ParameterValueCheck.problem("192,x", .array(.integer(.int32))) == "'x' is not an integer")
        #expect(ParameterValueCheck.problem("09/23/2021 03:24:52", .dateTime)
            == "the date '09/23/2021 03:24:52' cannot be compared as written")
    }
}

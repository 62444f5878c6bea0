import Mustache
import Testing

/// The "did you mean" rule shared by template and config errors.
@Suite struct NameSuggestionTests {
    @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        #expect(NameSuggestion.editDistance("", "") == 0)
        #expect(NameSuggestion.editDistance("", "abc") == 3)
        #expect(NameSuggestion.editDistance("abc", "") == 3)
        #expect(NameSuggestion.editDistance("kitten", "sitting") == 3)
        #expect(NameSuggestion.editDistance("name", "nmae") == 2)
        #expect(NameSuggestion.editDistance("é", "e") == 1)
    }

    @Test func closestPicksTheNearestNameIgnoringCase() {
        #expect(NameSuggestion.closest(to: "typeNam", among: ["typeName", "typeNames", "name"]) == "typeName")
        #expect(NameSuggestion.closest(to: "MODULENAME", among: ["moduleName", "api"]) == "moduleName")
    }

    @Test func tiesGoToTheNameThatSortsFirstWhateverTheOrder() {
        #expect(NameSuggestion.closest(to: "cat", among: ["cut", "cab"]) == "cab")
        #expect(NameSuggestion.closest(to: "cat", among: ["cab", "cut"]) == "cab")
    }

    @Test func farOrTooShortNamesSuggestNothing() {
        #expect(NameSuggestion.closest(to: "zebra", among: ["name", "list"]) == nil)
        // One edit is the whole name: "b" is no more likely to mean "a" than anything else.
        #expect(NameSuggestion.closest(to: "b", among: ["a"]) == nil)
        #expect(NameSuggestion.closest(to: "x", among: [String]()) == nil)
        // The name itself is not a suggestion.
        #expect(NameSuggestion.closest(to: "name", among: ["name"]) == nil)
    }

    @Test func longNamesAllowAThirdOfTheirLengthInEdits() {
        #expect(NameSuggestion.closest(to: "propertiesByNme", among: ["propertiesByName"]) == "propertiesByName")
        #expect(NameSuggestion.closest(to: "abcdefghijkl", among: ["abcdefghWXYZ"]) == "abcdefghWXYZ")
        #expect(NameSuggestion.closest(to: "abcdefghijkl", among: ["abcdeVWXYZkl"]) == nil)
    }
}

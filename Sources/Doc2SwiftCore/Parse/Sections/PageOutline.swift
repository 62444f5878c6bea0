import MarkdownBlocks

/// A page as a tree of sections: each heading opens a section that runs to the next heading of
/// the same or a higher level, so subsections belong to the section above them.
struct PageOutline {
    /// One heading and the blocks it spans.
    struct Section {
        /// The heading's index in `blocks`.
        var headingIndex: Int
        var level: Int
        /// The heading's plain text.
        var text: String
        var location: SourceLocation
        /// Index of the enclosing section in `sections`, nil at the top.
        var parent: Int?
        /// The blocks after the heading up to the section's end (subsections included).
        var span: Range<Int>
    }

    let blocks: [Block]
    private(set) var sections: [Section] = []
    /// For each block, the index of the innermost section holding it (nil before the first heading).
    private(set) var owner: [Int?] = []

    /// Builds the outline. Tab headings (`# [HTTP](#tab/http)`, which label one tab of a group of
    /// code samples) open no section: their blocks stay in the section around them.
    init(blocks: [Block]) {
        self.blocks = blocks
        var stack: [Int] = []
        var current: Int?
        owner.reserveCapacity(blocks.count)
        for (index, block) in blocks.enumerated() {
            guard case .heading(let heading) = block, !Self.isTabLabel(heading) else {
                owner.append(current)
                continue
            }
            while let top = stack.last, sections[top].level >= heading.level {
                sections[top].span = sections[top].span.lowerBound..<index
                stack.removeLast()
            }
            sections.append(Section(headingIndex: index, level: heading.level, text: InlineText.plain(heading.text),
                                    location: heading.location, parent: stack.last, span: (index + 1)..<blocks.count))
            stack.append(sections.count - 1)
            current = sections.count - 1
            owner.append(current)
        }
    }

    /// `[HTTP](#tab/http)`: a heading that is only a link to a tab anchor.
    static func isTabLabel(_ heading: Heading) -> Bool {
        let text = heading.text.trimmingBlanks()
        return text.hasPrefix("[") && text.hasSuffix(")") && text.contains("](#tab/")
    }

    /// The chain of sections from `index` up to the top, innermost first.
    func ancestry(of index: Int?) -> [Int] {
        var chain: [Int] = []
        var next = index
        while let current = next {
            chain.append(current)
            next = sections[current].parent
        }
        return chain
    }
}

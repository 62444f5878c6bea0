import Foundation

/// The benchmark's printed tables, in Markdown so they paste into notes unchanged.
enum ResultTable {
    static func render(_ results: [SizeResult]) -> String {
        var lines = ["## End to end (read, parse, schema, render, report, write)", ""]
        lines += table(
            ["pages", "MB md", "wall s", "CPU s", "pages/s", "MB/s", "peak RSS MB", "files written", "operations", "types"],
            results.map { result in
                [count(result.pages), fixed(result.megabytes, 1), fixed(result.wall, 3), fixed(result.stagesCPU.total, 3),
                 count(Int(result.pagesPerSecond)),
                 fixed(result.megabytesPerSecond, 2), fixed(Double(result.peakRSS) / 1e6, 1), count(result.filesWritten),
                 count(result.operations), count(result.types)]
            })
        lines += ["", "## Stages of the full run (wall seconds, CPU seconds of all threads in brackets; * marks the slowest)", "",
                  "`render` includes writing each file into the staged tree as it is rendered; `write` is the manifest and the swap.", ""]
        let stageNames = GenerationRun.StageTimes().named.map(\.0)
        lines += table(["pages"] + stageNames, results.map { result in
            let times = result.stages.named.map(\.1)
            let slowest = times.max() ?? 0
            return [count(result.pages)] + zip(times, result.stagesCPU.named.map(\.1)).map { wall, cpu in
                fixed(wall, 3) + " (" + fixed(cpu, 2) + ")" + (wall == slowest ? "*" : " ")
            }
        })
        if results.contains(where: { $0.residentAfter.total > 0 }) {
            lines += ["", "## Resident memory when each stage of the full run ended (MB; the peak is in the first table)", ""]
            lines += table(["pages"] + stageNames, results.map { result in
                [count(result.pages)] + result.residentAfter.named.map { fixed($0.1, 0) }
            })
        }
        lines += ["", "## No-change re-run (stamp replayed, as `doc2swift generate` does; then regenerated ignoring it)", ""]
        lines += table(["pages", "replay s", "CPU s", "% of full run", "files written",
                        "regenerate s", "% of full run", "files written"], results.map { result in
            [count(result.pages), fixed(result.rerunWall, 3), fixed(result.rerunCPU, 3), fixed(result.rerunShare * 100, 1),
             count(result.rerunFilesWritten), result.regenerateWall.map { fixed($0, 3) } ?? "–",
             result.regenerateShare.map { fixed($0 * 100, 1) } ?? "–", result.regenerateFilesWritten.map(count) ?? "–"]
        })
        lines += ["", "## Targets", ""]
        lines += targets(results)
        return lines.joined(separator: "\n")
    }

    /// One line per target of the issue, with the measured value.
    static func targets(_ results: [SizeResult]) -> [String] {
        var lines: [String] = []
        func check(_ passed: Bool, _ text: String) { lines.append("- [\(passed ? "x" : " ")] \(text)") }
        let small = results.first { $0.pages == 3_000 }
        let large = results.first { $0.pages == 30_000 }
        if let small {
            check(small.pagesPerSecond >= 3_000, "≥ 3,000 pages/s at 3,000 pages: \(count(Int(small.pagesPerSecond)))")
        }
        if let small, let large {
            let ratio = large.wall / small.wall
            check(ratio <= 11, "30,000 pages ≤ 11× the time of 3,000: \(fixed(ratio, 2))×")
        }
        if let large {
            check(Double(large.peakRSS) < 150e6, "peak RSS < 150 MB at 30,000 pages: \(fixed(Double(large.peakRSS) / 1e6, 1)) MB")
        }
        let worstRerun = results.max { $0.rerunShare < $1.rerunShare }
        if let worstRerun {
            check(worstRerun.rerunShare < 0.2, "no-change re-run < 20 % of a full run: at most \(fixed(worstRerun.rerunShare * 100, 1)) %")
        }
        let rewritten = results.reduce(0) { $0 + $1.rerunFilesWritten + ($1.regenerateFilesWritten ?? 0) }
        check(rewritten == 0, "no-change re-run writes no file: \(rewritten) written")
        return lines
    }

    static func table(_ header: [String], _ rows: [[String]]) -> [String] {
        let widths = header.indices.map { column in
            ([header[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            "| " + cells.enumerated().map { index, cell in
                index == 0 ? pad(cell, widths[index]) : String(repeating: " ", count: widths[index] - cell.count) + cell
            }.joined(separator: " | ") + " |"
        }
        return [line(header), "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"]
            + rows.map(line)
    }

    static func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: width - text.count) }

    static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    /// `30000` → `30,000`.
    static func count(_ value: Int) -> String {
        let digits = Array(String(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}

import CatalogCheck
import LearningGraph

extension CuratorReport {
    /// The report as GitHub-flavoured Markdown (the heatmap as a table of counts).
    package func markdown() -> String {
        var out = "# \(title)\n\n"
        out += "## Totals\n\n"
        out +=
            "| courses | lessons | runnable | topics | people | paths | steps |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        out +=
            "| \(totals.courses) | \(totals.lessons) | \(totals.runnableLessons) | \(totals.topics) | \(totals.people) "
        out += "| \(totals.paths) | \(totals.steps) |\n\n"
        out +=
            "Courses by kind: "
            + totals.coursesByKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            + ".  \n"
        out +=
            "Lessons by format: "
            + totals.lessonsByFormat.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            + ".\n\n"

        out += "## Coverage: lessons per topic and ecosystem\n\n"
        out += "A lesson counts for its topics and every broader topic; runnable lessons in brackets.\n\n"
        out += table(coverage.byEcosystem, runnable: coverage.runnableByEcosystem)

        out += "## Gaps (\(coverage.gaps.count))\n\n"
        if coverage.gaps.isEmpty { out += "No gaps.\n\n" }
        for kind in CoverageGap.Kind.allCases {
            let gaps = coverage.gaps.filter { $0.kind == kind }
            guard !gaps.isEmpty else { continue }
            out += "### \(kind.rawValue) (\(gaps.count))\n\n"
            for gap in gaps { out += "- \(cell(gap.message)): \(cell(gap.suggestion))\n" }
            out += "\n"
        }

        out +=
            "## Courses by quality\n\n| # | course | kind | lessons | points | reasons |\n| ---: | --- | --- | ---: | ---: | --- |\n"
        for (index, course) in courses.enumerated() {
            out += "| \(index + 1) | \(cell(course.title)) (`\(course.id)`) | \(course.kind) | \(course.lessons) "
            out += "| \(Self.signed(course.points)) | \(cell(course.reasons.joined(separator: "; "))) |\n"
        }
        out += "\n## Top lessons per topic\n\n"
        for topic in topics {
            out +=
                "### \(String(repeating: "› ", count: topic.depth))\(topic.name) (`\(topic.topic)`, \(topic.lessonCount) lessons)\n\n"
            if topic.lessons.isEmpty {
                out += "No lesson yet.\n\n"
                continue
            }
            for (index, lesson) in topic.lessons.enumerated() {
                out += "\(index + 1). [\(cell(lesson.title))](\(lesson.url)) `\(lesson.id)` (\(lesson.course)), "
                out += "**\(Self.signed(lesson.points))**: \(cell(lesson.reasons.joined(separator: "; ")))\n"
            }
            out += "\n"
        }
        out += "## Learning paths\n\n"
        if paths.isEmpty { out += "No learning paths.\n" }
        for path in paths {
            out +=
                "### \(cell(path.title)) (`\(path.id)`): \(path.coveredSteps) of \(path.steps.count) steps covered\n\n"
            out += "| step | title | topics | lessons |\n| ---: | --- | --- | --- |\n"
            for step in path.steps {
                let lessons =
                    step.covered
                    ? step.lessons.map { "`\($0.id)`\($0.pinned ? " (pinned)" : "")" }.joined(separator: ", ")
                    : "**uncovered**"
                out += "| \(step.order) | \(cell(step.title)) | \(step.topics.joined(separator: ", ")) | \(lessons) |\n"
            }
            out += "\n"
        }
        out += linkHealthMarkdown()
        return out
    }

    private func linkHealthMarkdown() -> String {
        var out = "## Link health\n\n"
        out += "\(Self.lessons(linkHealth.checkedLessons)) checked, \(linkHealth.uncheckedLessons) not checked yet "
        out += "(`coursemap links`); \(linkHealth.lessons.count) need attention.\n\n"
        guard !linkHealth.lessons.isEmpty else { return out }
        out += "| lesson | course | link | status | failing since | failures | final URL |\n"
        out += "| --- | --- | --- | --- | --- | ---: | --- |\n"
        for lesson in linkHealth.lessons {
            out += "| \(cell(lesson.title)) `\(lesson.id)` | `\(lesson.course)` | \(cell(lesson.url)) | "
            out +=
                "\(lesson.health) \(cell(lesson.lastStatus)) | \(lesson.failingSince) | \(lesson.consecutiveFailures) | "
            out += "\(cell(lesson.finalURL)) |\n"
        }
        return out + "\n"
    }

    private func table(_ matrix: CoverageMatrix, runnable: CoverageMatrix) -> String {
        var out = "| topic | " + matrix.columnLabels.map(cell).joined(separator: " | ") + " |\n"
        out += "| --- |" + String(repeating: " ---: |", count: matrix.columns.count) + "\n"
        for (row, label) in matrix.rowLabels.enumerated() {
            let depth = row < matrix.rowDepths.count ? matrix.rowDepths[row] : 0
            let name = depth == 0 ? "**\(cell(label))**" : String(repeating: "› ", count: depth) + cell(label)
            var cells: [String] = []
            for column in matrix.columns.indices {
                let count = row < matrix.counts.count ? matrix.counts[row][column] : 0
                let labs =
                    row < runnable.counts.count && column < runnable.counts[row].count
                    ? runnable.counts[row][column] : 0
                cells.append(count == 0 ? "**0**" : "\(count) (\(labs))")
            }
            out += "| \(name) | " + cells.joined(separator: " | ") + " |\n"
        }
        return out + "\n"
    }

    // Keeps a value inside one table cell or list line.
    private func cell(_ text: String) -> String {
        text.replacingPipes()
    }
}

extension String {
    /// The text with `|` escaped and line breaks turned into spaces, for a Markdown table cell.
    fileprivate func replacingPipes() -> String {
        var out = ""
        for character in self {
            switch character {
            case "|": out += "\\|"
            case "\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}

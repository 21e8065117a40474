import CatalogCheck
import CatalogModel

extension LearningGraph {
    /// The coverage matrices and gaps of the catalog.
    ///
    /// Rows are topics in hierarchy order; a lesson counts for its topics and every broader topic.
    /// Gaps: a topic no lesson covers; a topic with no runnable lesson of an oss course; a topic
    /// only one provider teaches; a course without evaluation or observability; a path step no
    /// lesson fills.
    /// - Complexity: O(L · T + V · K) for L lessons, T topics per lesson, V topics and K courses.
    package func coverage() -> Coverage {
        let topicIDs = topics.hierarchyOrder
        var topicRow: [TopicID: Int] = [:]
        for (index, id) in topicIDs.enumerated() { topicRow[id] = index }
        var seenCourses: Set<CourseID> = []
        let courses = catalog.courses.filter { seenCourses.insert($0.id).inserted }
        var courseColumn: [CourseID: Int] = [:]
        for (index, course) in courses.enumerated() { courseColumn[course.id] = index }
        let kindsList = CourseKind.known
        var kindColumn: [CourseKind: Int] = [:]
        for (index, kind) in kindsList.enumerated() { kindColumn[kind] = index }

        var byKind = [[Int]](repeating: [Int](repeating: 0, count: kindsList.count), count: topicIDs.count)
        var runnable = byKind
        var byCourse = [[Int]](repeating: [Int](repeating: 0, count: courses.count), count: topicIDs.count)
        // Providers as small integers so the per-lesson loop hashes no strings.
        var providerNames: [String] = []
        var providerNumber: [String: Int] = [:]
        var courseProvider: [CourseID: Int] = [:]
        for course in courses where !course.provider.isEmpty {
            if providerNumber[course.provider] == nil {
                providerNumber[course.provider] = providerNames.count
                providerNames.append(course.provider)
            }
            courseProvider[course.id] = providerNumber[course.provider]
        }
        var providers = [Set<Int>](repeating: [], count: topicIDs.count)
        var courseEvaluation: Set<CourseID> = []
        var courseObservability: Set<CourseID> = []
        let lessons = catalog.lessons
        for row in lessons.indices where lessonIndex[lessons[row].id] == row {
            let courseID = lessons[row].course
            let closed = closedTopics[row]
            if closed.contains("evaluation") { courseEvaluation.insert(courseID) }
            if closed.contains("observability") { courseObservability.insert(courseID) }
            let isRunnable = lessons[row].format?.isRunnable ?? false
            let kindIndex = kinds[row].flatMap { kindColumn[$0] }
            let courseIndex = courseColumn[courseID]
            let provider = courseProvider[courseID]
            for topic in closed {
                guard let r = topicRow[topic] else { continue }
                if let c = kindIndex {
                    byKind[r][c] += 1
                    if isRunnable { runnable[r][c] += 1 }
                }
                if let c = courseIndex { byCourse[r][c] += 1 }
                if let provider { providers[r].insert(provider) }
            }
        }

        let rowLabels = topicIDs.map { topics.name(of: $0) }
        let rowDepths = topicIDs.map { topics.depth[$0] ?? 0 }
        let rowIDs = topicIDs.map(\.rawValue)
        func matrix(_ counts: [[Int]], columns: [String], labels: [String]) -> CoverageMatrix {
            CoverageMatrix(
                rows: rowIDs,
                rowLabels: rowLabels,
                rowDepths: rowDepths,
                columns: columns,
                columnLabels: labels,
                counts: counts
            )
        }
        let kindIDs = kindsList.map(\.rawValue)
        let kindLabels = kindsList.map(\.label)

        var gaps: [CoverageGap] = []
        let ossColumn = kindColumn[.oss] ?? 0
        for (r, topic) in topicIDs.enumerated() {
            let name = topics.name(of: topic)
            let total = byKind[r].reduce(0, +)
            if total == 0 {
                gaps.append(
                    CoverageGap(
                        kind: .uncoveredTopic,
                        subject: topic.rawValue,
                        message: "no lesson covers \(name)",
                        suggestion: "add a lesson tagged \(topic), ideally a runnable one from an oss course",
                        position: r
                    )
                )
                continue
            }
            if runnable[r][ossColumn] == 0 {
                gaps.append(
                    CoverageGap(
                        kind: .noOpenSourceLab,
                        subject: topic.rawValue,
                        message: "no oss lab on \(name)",
                        suggestion: "add a lab, notebook, workshop or repo from an open-source project on \(topic)",
                        position: r
                    )
                )
            }
            if providers[r].count == 1, let number = providers[r].first, number < providerNames.count {
                let only = providerNames[number]
                gaps.append(
                    CoverageGap(
                        kind: .singleVendor,
                        subject: topic.rawValue,
                        message: "only \(only) teaches \(name)",
                        suggestion: "add a lesson on \(topic) from another provider, preferably of another kind",
                        position: r
                    )
                )
            }
        }
        for (index, course) in courses.enumerated() {
            if !courseEvaluation.contains(course.id) {
                gaps.append(
                    CoverageGap(
                        kind: .courseWithoutEvaluation,
                        subject: course.id.rawValue,
                        message: "course \(course.id) has no lesson on evaluation",
                        suggestion:
                            "add or tag a lesson of \(course.provider) on evaluation (benchmarks, llm-as-judge, ...)",
                        position: index
                    )
                )
            }
            if !courseObservability.contains(course.id) {
                gaps.append(
                    CoverageGap(
                        kind: .courseWithoutObservability,
                        subject: course.id.rawValue,
                        message: "course \(course.id) has no lesson on observability",
                        suggestion:
                            "add or tag a lesson of \(course.provider) on observability (tracing, monitoring, ...)",
                        position: index
                    )
                )
            }
        }
        for (index, step) in catalog.steps.enumerated() where isUncovered(step) {
            gaps.append(
                CoverageGap(
                    kind: .uncoveredStep,
                    subject: "\(step.path)#\(step.order.text)",
                    message: "no lesson fills step \(step.order.text) \"\(step.title)\" of path \(step.path)",
                    suggestion: "add a lesson on \(step.topics.map(\.rawValue).joined(separator: " or ")), or pin one",
                    position: index
                )
            )
        }
        return Coverage(
            byEcosystem: matrix(byKind, columns: kindIDs, labels: kindLabels),
            runnableByEcosystem: matrix(runnable, columns: kindIDs, labels: kindLabels),
            byCourse: matrix(byCourse, columns: courses.map(\.id.rawValue), labels: courses.map(\.title)),
            gaps: gaps.sorted()
        )
    }

    /// Whether no lesson fills a step: none pinned (that exists) and none on its topics.
    package func isUncovered(_ step: PathStep) -> Bool {
        if step.lessons.contains(where: { lessonIndex[$0] != nil }) { return false }
        return !step.topics.contains { !(lessonsCovering[$0] ?? []).isEmpty }
    }
}

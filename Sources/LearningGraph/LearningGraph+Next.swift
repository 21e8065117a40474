import CatalogCheck
import CatalogModel

/// Points of the "next" ranking, added to a lesson's quality total.
package enum NextWeights {
    /// The lesson teaches at least one topic the learner does not know.
    package static let newTopic = 4
    /// The lesson is the next one of a course the learner has started.
    package static let continuesCourse = 3
}

extension LearningGraph {
    /// Reads what a learner has done from ids that name lessons or topics (a lesson id wins).
    ///
    /// Topic aliases are accepted. Ids that name nothing are kept in `unknownIDs`.
    package func progress(done ids: [String]) -> LearnerProgress {
        var progress = LearnerProgress()
        var direct: [TopicID] = []
        for id in ids {
            let text = id.trimmingSpaces()
            guard !text.isEmpty else { continue }
            if let lesson = lesson(LessonID(text)) {
                progress.lessons.insert(lesson.id)
                direct.append(contentsOf: lesson.topics)
            } else if let topic = catalog.topic(named: text), topics.contains(topic.id) {
                progress.topics.insert(topic.id)
                direct.append(topic.id)
            } else {
                progress.unknownIDs.append(text)
            }
        }
        progress.known = topics.closed(direct).filter { topics.contains($0) }
        return progress
    }

    /// The topics a learner can start now: not known, every prerequisite known; in learning order.
    /// - Complexity: O(V + E) in the topic graph.
    package func fringe(_ progress: LearnerProgress) -> [TopicID] {
        topics.learningOrder.filter { topic in
            !progress.known.contains(topic) && topics.prerequisites(of: topic).allSatisfy(progress.known.contains)
        }
    }

    /// Whether every prerequisite of a lesson is known.
    package func isAvailable(_ id: LessonID, for progress: LearnerProgress) -> Bool {
        guard let index = lessonIndex[id] else { return false }
        return prerequisitesKnown(ofRow: index, progress.known)
    }

    /// The lessons to learn next, best first.
    ///
    /// A lesson qualifies when it is not done, all its prerequisite topics are known, and it teaches
    /// a new topic or is the next lesson of a started course. Its points are `NextWeights.newTopic`
    /// for new topics, `NextWeights.continuesCourse` for continuing a course, plus its quality total.
    /// Ties go to the lesson whose first new topic comes earlier in the learning order, then to the
    /// smaller id.
    /// - Complexity: O(L · T) for L lessons of T topics, plus O(L log L) to sort the candidates.
    package func next(after progress: LearnerProgress, limit: Int = 10) -> [NextSuggestion] {
        guard limit > 0 else { return [] }
        let continuing = continuingLessons(progress)
        struct Candidate {
            var row: Int
            var points: Int
            var rank: Int
        }
        var candidates: [Candidate] = []
        for (row, lesson) in catalog.lessons.enumerated() where lessonIndex[lesson.id] == row {
            if progress.lessons.contains(lesson.id) { continue }
            let closed = closedTopics[row]
            let isNew = !closed.isSubset(of: progress.known)
            let continues = continuing[lesson.id] != nil
            guard isNew || continues else { continue }
            guard prerequisitesKnown(ofRow: row, progress.known) else { continue }
            var points = qualityTotals[row]
            var rank = Int.max
            if isNew {
                points += NextWeights.newTopic
                for topic in closed where !progress.known.contains(topic) { rank = min(rank, topics.rank(of: topic)) }
            } else {
                for topic in closed { rank = min(rank, topics.rank(of: topic)) }
            }
            if continues { points += NextWeights.continuesCourse }
            candidates.append(Candidate(row: row, points: points, rank: rank))
        }
        let lessons = catalog.lessons
        let chosen = Self.best(candidates.indices.map { $0 }, limit: limit) { left, right in
            let a = candidates[left]
            let b = candidates[right]
            if a.points != b.points { return a.points > b.points }
            if a.rank != b.rank { return a.rank < b.rank }
            return lessons[a.row].id < lessons[b.row].id
        }
        return chosen.map { candidateIndex in
            let candidate = candidates[candidateIndex]
            let lesson = lessons[candidate.row]
            let newTopics = closedTopics[candidate.row].filter { !progress.known.contains($0) }
                .sorted {
                    topics.rank(of: $0) != topics.rank(of: $1) ? topics.rank(of: $0) < topics.rank(of: $1) : $0 < $1
                }
            let quality = scorer.score(lesson)
            var reasons: [String] = []
            if !newTopics.isEmpty {
                let label = newTopics.count == 1 ? "new topic" : "new topics"
                reasons.append(
                    "+\(NextWeights.newTopic) \(label): \(newTopics.map(\.rawValue).joined(separator: ", "))"
                )
            }
            if let after = continuing[lesson.id] {
                reasons.append(
                    "+\(NextWeights.continuesCourse) continues course \(lesson.course) after lesson \(after)"
                )
            }
            let sign = quality.total < 0 ? "-" : "+"
            reasons.append("\(sign)\(abs(quality.total)) quality: \(quality.scoringReasons.joined(separator: "; "))")
            return NextSuggestion(
                lesson: lesson,
                points: candidate.points,
                reasons: reasons,
                newTopics: newTopics,
                quality: quality,
                continuesCourse: continuing[lesson.id] != nil
            )
        }
    }

    /// For each course with a done lesson, its first not-done lesson after the last done one,
    /// mapped to the id of that last done lesson.
    private func continuingLessons(_ progress: LearnerProgress) -> [LessonID: LessonID] {
        var courses: [CourseID] = []
        var seen: Set<CourseID> = []
        for id in progress.lessons.sorted() {
            if let course = lesson(id)?.course, seen.insert(course).inserted { courses.append(course) }
        }
        var result: [LessonID: LessonID] = [:]
        for course in courses {
            let lessons = catalog.lessons(of: course)
            guard let last = lessons.lastIndex(where: { progress.lessons.contains($0.id) }) else { continue }
            if let following = lessons[(last + 1)...].first(where: { !progress.lessons.contains($0.id) }) {
                result[following.id] = lessons[last].id
            }
        }
        return result
    }
}

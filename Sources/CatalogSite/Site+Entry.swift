import CatalogModel

extension Site {
    /// The lesson a newcomer to a topic should open first, as the home page's "Start with".
    ///
    /// The best-ranked lesson is often a hands-on lab of a narrow subtopic (runnable material
    /// ranks high), which is a poor first step. So: an introductory lesson first, then one of
    /// unstated or intermediate level, advanced last; at each level a lesson mainly about the
    /// topic before one that only touches it, then vendor-neutral material (an independent
    /// course) before a vendor's or a project's (the fourth quality principle), then a lesson
    /// tagged with the topic itself before one that reaches it through a narrower topic; the
    /// topic page's order breaks ties.
    package func entryLesson(of topic: TopicID) -> Lesson? {
        var best: (key: Int, lesson: Lesson)?
        let lessons = index.lessonsByTopic[topic] ?? []
        let mainCount = index.mainlyAboutCount[topic] ?? 0
        for (position, id) in lessons.enumerated() {
            guard let lesson = catalog.lesson(id) else { continue }
            let level =
                lesson.level == .introductory ? 0 : lesson.level == .advanced ? 2 : 1
            let isMain = position < mainCount
            let isNeutral = catalog.course(lesson.course)?.kind == .independent
            let key = level * 8 + (isMain ? 0 : 4) + (isNeutral ? 0 : 2) + (lesson.topics.contains(topic) ? 0 : 1)
            if key < best?.key ?? Int.max { best = (key, lesson) }
            if key == 0 { break }
        }
        return best?.lesson
    }
}

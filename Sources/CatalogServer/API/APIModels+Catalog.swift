import CatalogModel
import CatalogSite

extension APIModels.CreditItem {
    init(_ credit: Credit) {
        self.init(person: credit.person.rawValue, role: credit.role.rawValue)
    }
}

extension APIModels.CourseSummary {
    init(_ course: Course, catalog: Catalog) {
        self.init(
            id: course.id.rawValue,
            title: course.title,
            provider: course.provider,
            kind: course.kind?.rawValue,
            url: course.url,
            topics: course.topics.map(\.rawValue),
            lessonCount: catalog.lessons(of: course.id).count,
            page: SitePath.course(course.id)
        )
    }
}

extension APIModels.CourseDetail {
    init(_ course: Course, catalog: Catalog) {
        self.init(
            course: .init(course, catalog: catalog),
            description: course.description,
            level: course.level?.rawValue,
            access: course.access?.rawValue,
            people: course.people.map(APIModels.CreditItem.init),
            lessons: catalog.lessons(of: course.id).map(APIModels.LessonItem.init)
        )
    }
}

extension APIModels.LessonItem {
    init(_ lesson: Lesson) {
        self.init(
            id: lesson.id.rawValue,
            course: lesson.course.rawValue,
            order: lesson.order.value,
            title: lesson.title,
            url: lesson.url,
            description: lesson.description,
            topics: lesson.topics.map(\.rawValue),
            format: lesson.format?.rawValue,
            module: lesson.module,
            objectives: lesson.objectives,
            terms: lesson.terms,
            minutes: lesson.minutes.value,
            level: lesson.level?.rawValue,
            access: lesson.access?.rawValue,
            people: lesson.people.map(APIModels.CreditItem.init),
            page: SitePath.lesson(lesson.id)
        )
    }
}

extension APIModels.TopicItem {
    init(_ topic: Topic, catalog: Catalog, lessonCount: Int) {
        self.init(
            id: topic.id.rawValue,
            name: topic.name,
            description: topic.description,
            broader: topic.broader?.rawValue,
            narrower: catalog.topics.filter { $0.broader == topic.id }.map(\.id.rawValue),
            requires: topic.requires.map(\.rawValue),
            aliases: topic.aliases,
            lessonCount: lessonCount,
            page: SitePath.topic(topic.id)
        )
    }
}

extension APIModels.PersonItem {
    init(_ person: Person, catalog: Catalog) {
        self.init(
            id: person.id.rawValue,
            name: person.name,
            url: person.url,
            affiliation: person.affiliation,
            courses: catalog.courses.filter { $0.people.contains { $0.person == person.id } }.map(\.id.rawValue),
            lessons: catalog.lessons.filter { $0.people.contains { $0.person == person.id } }.map(\.id.rawValue),
            page: SitePath.person(person.id)
        )
    }
}

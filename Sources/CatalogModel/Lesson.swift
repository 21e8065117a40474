/// A lesson: one page, lab, notebook, video or workshop of a course, with its own address.
///
/// A value type whose fields live in one copy-on-write box: catalogs hold 100,000 lessons and
/// checks walk them many times, so a copy costs one reference count instead of one per field.
package struct Lesson: Hashable, Sendable, Identifiable {
    // Inlinable accessors let other modules read a field without a call and a retain per read.
    @usableFromInline var storage: Storage

    /// The lesson's id, unique in the whole catalog.
    @inlinable package var id: LessonID {
        _read { yield storage.id }
        set { uniqueStorage().id = newValue }
    }

    /// The course the lesson belongs to.
    @inlinable package var course: CourseID {
        _read { yield storage.course }
        set { uniqueStorage().course = newValue }
    }

    /// Its place in the course, 1 first.
    @inlinable package var order: WholeNumber {
        _read { yield storage.order }
        set { uniqueStorage().order = newValue }
    }

    @inlinable package var title: String {
        _read { yield storage.title }
        set { uniqueStorage().title = newValue }
    }

    /// Its own address.
    @inlinable package var url: String {
        _read { yield storage.url }
        set { uniqueStorage().url = newValue }
    }

    @inlinable package var description: String {
        _read { yield storage.description }
        set { uniqueStorage().description = newValue }
    }

    @inlinable package var topics: [TopicID] {
        _read { yield storage.topics }
        set { uniqueStorage().topics = newValue }
    }

    @inlinable package var format: LessonFormat? {
        _read { yield storage.format }
        set { uniqueStorage().format = newValue }
    }

    @inlinable package var people: [Credit] {
        _read { yield storage.people }
        set { uniqueStorage().people = newValue }
    }

    /// The chapter or module the lesson belongs to.
    @inlinable package var module: String {
        _read { yield storage.module }
        set { uniqueStorage().module = newValue }
    }

    /// What a learner will be able to do.
    @inlinable package var objectives: [String] {
        _read { yield storage.objectives }
        set { uniqueStorage().objectives = newValue }
    }

    /// Terms the lesson introduces.
    @inlinable package var terms: [String] {
        _read { yield storage.terms }
        set { uniqueStorage().terms = newValue }
    }

    /// Estimated time to complete.
    @inlinable package var minutes: WholeNumber {
        _read { yield storage.minutes }
        set { uniqueStorage().minutes = newValue }
    }

    @inlinable package var level: Level? {
        _read { yield storage.level }
        set { uniqueStorage().level = newValue }
    }

    @inlinable package var access: Access? {
        _read { yield storage.access }
        set { uniqueStorage().access = newValue }
    }

    /// Where the row was read, when it came from a table.
    @inlinable package var source: RecordSource? {
        _read { yield storage.source }
        set { uniqueStorage().source = newValue }
    }

    package init(
        id: LessonID,
        course: CourseID,
        order: WholeNumber,
        title: String,
        url: String,
        description: String = "",
        topics: [TopicID] = [],
        format: LessonFormat? = nil,
        people: [Credit] = [],
        module: String = "",
        objectives: [String] = [],
        terms: [String] = [],
        minutes: WholeNumber = .absent,
        level: Level? = nil,
        access: Access? = nil,
        source: RecordSource? = nil
    ) {
        storage = Storage(
            id: id,
            course: course,
            order: order,
            title: title,
            url: url,
            description: description,
            topics: topics,
            format: format,
            people: people,
            module: module,
            objectives: objectives,
            terms: terms,
            minutes: minutes,
            level: level,
            access: access,
            source: source
        )
    }

    @usableFromInline mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    package static func == (lhs: Lesson, rhs: Lesson) -> Bool {
        if lhs.storage === rhs.storage { return true }
        let a = lhs.storage
        let b = rhs.storage
        return a.id == b.id && a.course == b.course && a.order == b.order && a.title == b.title && a.url == b.url
            && a.description == b.description && a.topics == b.topics && a.format == b.format && a.people == b.people
            && a.module == b.module && a.objectives == b.objectives && a.terms == b.terms && a.minutes == b.minutes
            && a.level == b.level && a.access == b.access
    }

    package func hash(into hasher: inout Hasher) {

        hasher.combine(storage.id)
        hasher.combine(storage.course)
        hasher.combine(storage.order)
        hasher.combine(storage.title)
        hasher.combine(storage.url)
        hasher.combine(storage.description)
        hasher.combine(storage.topics)
        hasher.combine(storage.format)
        hasher.combine(storage.people)
        hasher.combine(storage.module)
        hasher.combine(storage.objectives)
        hasher.combine(storage.terms)
        hasher.combine(storage.minutes)
        hasher.combine(storage.level)
        hasher.combine(storage.access)
    }

    // Mutated only through uniqueStorage(), that is when no other value shares it.
    @usableFromInline final class Storage: @unchecked Sendable {
        @usableFromInline var id: LessonID
        @usableFromInline var course: CourseID
        @usableFromInline var order: WholeNumber
        @usableFromInline var title: String
        @usableFromInline var url: String
        @usableFromInline var description: String
        @usableFromInline var topics: [TopicID]
        @usableFromInline var format: LessonFormat?
        @usableFromInline var people: [Credit]
        @usableFromInline var module: String
        @usableFromInline var objectives: [String]
        @usableFromInline var terms: [String]
        @usableFromInline var minutes: WholeNumber
        @usableFromInline var level: Level?
        @usableFromInline var access: Access?
        @usableFromInline var source: RecordSource?

        init(
            id: LessonID,
            course: CourseID,
            order: WholeNumber,
            title: String,
            url: String,
            description: String,
            topics: [TopicID],
            format: LessonFormat?,
            people: [Credit],
            module: String,
            objectives: [String],
            terms: [String],
            minutes: WholeNumber,
            level: Level?,
            access: Access?,
            source: RecordSource?
        ) {
            self.id = id
            self.course = course
            self.order = order
            self.title = title
            self.url = url
            self.description = description
            self.topics = topics
            self.format = format
            self.people = people
            self.module = module
            self.objectives = objectives
            self.terms = terms
            self.minutes = minutes
            self.level = level
            self.access = access
            self.source = source
        }

        func copy() -> Storage {
            Storage(
                id: id,
                course: course,
                order: order,
                title: title,
                url: url,
                description: description,
                topics: topics,
                format: format,
                people: people,
                module: module,
                objectives: objectives,
                terms: terms,
                minutes: minutes,
                level: level,
                access: access,
                source: source
            )
        }
    }
}

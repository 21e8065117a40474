import CatalogModel

extension Site {
    /// Renders the page at a path, as both the server and the export address pages.
    ///
    /// Only well-formed ids are looked up, so `..`, encoded slashes and the like never reach a
    /// lookup; anything unknown is `nil` (the caller answers 404). Search needs the index and is
    /// rendered by ``searchPage(_:)``.
    package func page(at path: String) -> HTMLPage? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        switch parts.count {
        case 0: return homePage()
        case 1:
            switch parts[0] {
            case "topics": return topicsPage()
            case "paths": return pathsPage()
            case "courses": return coursesPage()
            case "people": return peoplePage()
            case "coverage": return coveragePage()
            default: return nil
            }
        case 2:
            let id = parts[1]
            guard Identifiers.isWellFormed(id) else { return nil }
            switch parts[0] {
            case "courses": return coursePage(CourseID(id))
            case "lessons": return lessonPage(LessonID(id))
            case "topics": return topicPage(TopicID(id))
            case "people": return personPage(PersonID(id))
            case "paths": return pathPage(PathID(id))
            default: return nil
            }
        default: return nil
        }
    }
}

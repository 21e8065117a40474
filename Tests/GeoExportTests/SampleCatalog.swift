import CatalogModel

/// A small catalog built in code: two courses, five lessons, topics with a hierarchy, people with roles.
enum SampleCatalog {
    static func make(extraLesson: Bool = false, renamedCourse: Bool = false) -> Catalog {
        let topics = [
            Topic(id: "evaluation", name: "Evaluation", description: "Benchmarks and custom evals"),
            Topic(id: "observability", name: "Observability & tracing", description: "Tracing LLM apps."),
            Topic(id: "llm-as-judge", name: "LLM as judge", broader: "evaluation", requires: ["observability"]),
        ]
        let people = [
            Person(id: "hamel-husain", name: "Hamel Husain", url: "https://hamel.dev"),
            Person(id: "shreya-shankar", name: "Shreya Shankar."),
        ]
        let courses = [
            Course(
                id: "evals-course",
                title: renamedCourse ? "AI Evals for Engineers, 2nd run" : "AI Evals for Engineers",
                provider: "Maven",
                kind: .independent,
                url: "https://maven.com/evals",
                description: "A hands-on course on evaluating LLM apps",
                topics: ["evaluation", "llm-as-judge"],
                people: [Credit(person: "hamel-husain", role: .instructor), Credit(person: "shreya-shankar")],
                level: .intermediate,
                access: .paid
            ),
            Course(
                id: "tracing-101",
                title: "Tracing 101.",
                provider: "Arize",
                kind: .cloud,
                url: "https://example.com/tracing",
                topics: ["observability"]
            ),
        ]
        var lessons = [
            Lesson(
                id: "evals-intro",
                course: "evals-course",
                order: .value(1),
                title: "Why evals",
                url: "https://maven.com/evals/1",
                topics: ["evaluation"],
                format: .video,
                minutes: .value(30)
            ),
            Lesson(
                id: "evals-judge",
                course: "evals-course",
                order: .value(3),
                title: "LLM as judge",
                url: "https://maven.com/evals/3",
                topics: ["llm-as-judge", "evaluation"],
                format: .notebook,
                objectives: ["Write a judge prompt", "Check judge agreement"],
                terms: ["judge", "agreement"]
            ),
            Lesson(
                id: "evals-error-analysis",
                course: "evals-course",
                order: .value(2),
                title: "Error analysis",
                url: "https://maven.com/evals/2",
                topics: ["evaluation"],
                people: [Credit(person: "shreya-shankar", role: .maintainer)]
            ),
            Lesson(
                id: "tracing-spans",
                course: "tracing-101",
                order: .value(1),
                title: "Spans",
                url: "https://example.com/tracing/spans",
                topics: ["observability"]
            ),
            Lesson(
                id: "tracing-evals",
                course: "tracing-101",
                order: .value(2),
                title: "Evals on traces",
                url: "https://example.com/tracing/evals",
                topics: ["observability", "evaluation"]
            ),
        ]
        if extraLesson {
            lessons.append(
                Lesson(
                    id: "tracing-cost",
                    course: "tracing-101",
                    order: .value(3),
                    title: "Cost per trace",
                    url: "https://example.com/tracing/cost",
                    topics: ["observability"]
                )
            )
        }
        let paths = [LearningPath(id: "evals-path", title: "Learn evals", description: "From zero to judges")]
        let steps = [
            PathStep(
                path: "evals-path",
                order: .value(1),
                title: "Basics",
                topics: ["evaluation"],
                lessons: ["evals-intro"]
            ),
            PathStep(path: "evals-path", order: .value(2), title: "Judges", topics: ["llm-as-judge"]),
        ]
        return Catalog(courses: courses, lessons: lessons, topics: topics, people: people, paths: paths, steps: steps)
    }
}

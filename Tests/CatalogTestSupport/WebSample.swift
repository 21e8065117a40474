import CatalogModel

/// A small catalog for the search, site and server tests: two ecosystems, a topic tree,
/// a path, and text that needs escaping.
package enum WebSample {
    /// The catalog: 3 courses, 7 lessons, 5 topics, 2 people, 1 path with 2 steps.
    package static let catalog: Catalog = {
        let topics = [
            Topic(id: "lifecycle", name: "Lifecycle", description: "The whole loop.", order: .value(1)),
            Topic(
                id: "evaluation",
                name: "Evaluation",
                description: "Measuring quality.",
                requires: ["lifecycle"],
                aliases: ["evals"],
                order: .value(3)
            ),
            Topic(id: "llm-as-judge", name: "LLM as judge", description: "Model-graded evals.", broader: "evaluation"),
            Topic(
                id: "observability",
                name: "Observability & tracing",
                description: "Traces.",
                requires: ["lifecycle"],
                order: .value(4)
            ),
            Topic(id: "deployment", name: "Deployment & serving", requires: ["lifecycle"], order: .value(5)),
        ]
        let people = [
            Person(id: "ada", name: "Ada <Lovelace>", url: "https://example.org/ada", affiliation: "Analytical & Co"),
            Person(id: "grace", name: "Grace Hopper"),
        ]
        let courses = [
            Course(
                id: "azure-llmops",
                title: "Azure LLMOps",
                provider: "Microsoft Azure",
                kind: .cloud,
                url: "https://learn.example.com/azure",
                description: "Cloud course about evaluation and tracing.",
                topics: ["evaluation", "observability"],
                people: [Credit(person: "ada", role: .instructor)],
                level: .intermediate,
                access: .free
            ),
            Course(
                id: "hf-course",
                title: "Hugging Face <script>alert(1)</script> \"course\"",
                provider: "Hugging Face",
                kind: .oss,
                url: "https://hf.example.org/course",
                description: "Open & free.",
                topics: ["evaluation", "deployment"],
                people: [Credit(person: "grace")]
            ),
            Course(
                id: "indie-notes",
                title: "Indie notes",
                provider: "Someone",
                kind: .independent,
                url: "https://indie.example.net/",
                topics: ["lifecycle"]
            ),
        ]
        let lessons = [
            Lesson(
                id: "azure-eval-intro",
                course: "azure-llmops",
                order: .value(1),
                title: "Evaluation basics",
                url: "https://learn.example.com/azure/1",
                description: "Why evaluate LLM applications.",
                topics: ["evaluation"],
                format: .docs,
                module: "Module 1: Evaluate",
                objectives: ["Run an eval"],
                terms: ["groundedness"],
                minutes: .value(20)
            ),
            Lesson(
                id: "azure-judge-lab",
                course: "azure-llmops",
                order: .value(2),
                title: "LLM judges lab",
                url: "https://learn.example.com/azure/2",
                description: "Grade answers with a model.",
                topics: ["llm-as-judge"],
                format: .lab,
                module: "Module 1: Evaluate"
            ),
            Lesson(
                id: "azure-tracing",
                course: "azure-llmops",
                order: .value(3),
                title: "Tracing prompts",
                url: "https://learn.example.com/azure/3",
                description: "Traces of each call.",
                topics: ["observability"],
                format: .video,
                module: "Module 2: Observe",
                access: .paid
            ),
            Lesson(
                id: "hf-eval",
                course: "hf-course",
                order: .value(1),
                title: "Evaluate with lighteval",
                url: "https://hf.example.org/course/1",
                description: "Open-source <b>evaluation</b> & benchmarks.",
                topics: ["evaluation"],
                format: .notebook
            ),
            Lesson(
                id: "hf-judge",
                course: "hf-course",
                order: .value(2),
                title: "Judges, \"NEAR\" and stars*",
                url: "https://hf.example.org/course/2",
                description: "LLM-as-judge with open models.",
                topics: ["llm-as-judge"],
                format: .notebook
            ),
            Lesson(
                id: "hf-serve",
                course: "hf-course",
                order: .value(3),
                title: "Serving with TGI",
                url: "https://hf.example.org/course/3",
                description: "Deploy a model server.",
                topics: ["deployment"],
                format: .repo
            ),
            Lesson(
                id: "indie-loop",
                course: "indie-notes",
                order: .value(1),
                title: "The LLMOps loop",
                url: "https://indie.example.net/loop",
                description: "Lifecycle overview.",
                topics: ["lifecycle"],
                format: .article,
                level: .introductory
            ),
        ]
        let paths = [
            LearningPath(
                id: "llmops-101",
                title: "LLMOps 101",
                description: "A first path.",
                sourceURL: "https://example.org/outline",
                people: [Credit(person: "ada")]
            )
        ]
        let steps = [
            PathStep(path: "llmops-101", order: .value(1), module: "Basics", title: "The loop", topics: ["lifecycle"]),
            PathStep(
                path: "llmops-101",
                order: .value(2),
                module: "Basics",
                title: "Evaluate",
                terms: ["groundedness"],
                topics: ["evaluation"],
                lessons: ["hf-eval"]
            ),
        ]
        return Catalog(courses: courses, lessons: lessons, topics: topics, people: people, paths: paths, steps: steps)
    }()
}

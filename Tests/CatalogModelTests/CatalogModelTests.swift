import Testing

@testable import CatalogModel

@Suite struct IdentifierTests {
    @Test("accepts lower-case words joined by single hyphens", arguments: ["a", "llm-as-judge", "v2", "a1-b2-c3"])
    func wellFormed(_ text: String) {
        #expect(Identifiers.isWellFormed(text))
    }

    @Test(
        "rejects anything else",
        arguments: ["", "A", "-a", "a-", "a--b", "a b", "a_b", "é", String(repeating: "a", count: 65)]
    )
    func malformed(_ text: String) {
        #expect(!Identifiers.isWellFormed(text))
    }

    @Test("accepts exactly 64 characters")
    func longest() {
        #expect(Identifiers.isWellFormed(String(repeating: "a", count: 64)))
    }

    @Test("slugs headings into identifiers")
    func slug() {
        #expect(Identifiers.slug("Lesson 2.1: LLMOps design") == "lesson-2-1-llmops-design")
        #expect(Identifiers.slug("  --  ") == "")
        #expect(Identifiers.isWellFormed(Identifiers.slug(String(repeating: "Ab c-", count: 40))))
    }
}

@Suite struct ValueTests {
    @Test("reads whole numbers and keeps bad text")
    func wholeNumber() {
        #expect(WholeNumber(text: "") == .absent)
        #expect(WholeNumber(text: "12") == .value(12))
        #expect(WholeNumber(text: "0").positive == nil)
        #expect(WholeNumber(text: "1.5") == .invalid("1.5"))
        #expect(WholeNumber(text: "-3") == .invalid("-3"))
        #expect(WholeNumber(text: "99999999999999999999999") == .invalid("99999999999999999999999"))
    }

    @Test("reads credits with and without a role")
    func credit() {
        let plain = Credit(item: "ada")
        #expect(plain.person == "ada" && plain.role == .author && plain.item == "ada")
        let instructor = Credit(item: "ada : instructor")
        #expect(instructor.role == .instructor && instructor.item == "ada:instructor")
        #expect(!Credit(item: "ada:teacher").role.isKnown)
    }

    @Test("lists a vocabulary for messages")
    func knownList() {
        #expect(CourseKind.knownList == "cloud, oss or independent")
        #expect(LessonFormat.lab.isRunnable && !LessonFormat.slides.isRunnable)
    }

    @Test(
        "classifies web addresses",
        arguments: [
            ("https://example.com/a", WebAddress.Kind.https), ("HTTP://example.com", .http),
            ("/relative/path", .invalid("it is relative")), ("https://", .invalid("it has no host")),
        ]
    )
    func webAddress(_ text: String, _ kind: WebAddress.Kind) {
        #expect(WebAddress.classify(text) == kind)
    }

    @Test("rejects scripts, data and spaces in addresses")
    func unsafeAddresses() {
        for text in ["javascript:alert(1)", "data:text/html,x", "https://exa mple.com", "https://a.com/\u{0}"] {
            guard case .invalid = WebAddress.classify(text) else {
                Issue.record("\(text) was accepted")
                continue
            }
        }
    }

    @Test("removes tracking parameters and keeps the rest")
    func tracking() {
        let url = "https://learn.microsoft.com/a?utm_source=x&view=azure&WT.mc_id=abc#part"
        #expect(WebAddress.trackingParameters(in: url) == ["utm_source", "WT.mc_id"])
        #expect(WebAddress.removingTracking(url) == "https://learn.microsoft.com/a?view=azure#part")
        #expect(WebAddress.removingTracking("https://a.com/?utm_medium=m") == "https://a.com/")
    }
}

@Suite struct CatalogValueTests {
    @Test("orders a course's lessons and finds topics by alias")
    func lookups() {
        let lessons = [
            Lesson(id: "b", course: "c", order: .value(2), title: "B", url: "https://x.org/b"),
            Lesson(id: "a", course: "c", order: .value(1), title: "A", url: "https://x.org/a"),
        ]
        let catalog = Catalog(
            lessons: lessons,
            topics: [Topic(id: "rag", name: "RAG", aliases: ["Retrieval Augmented Generation"])]
        )
        #expect(catalog.lessons(of: "c").map(\.id) == ["a", "b"])
        #expect(catalog.topic(named: "retrieval augmented generation")?.id == "rag")
        #expect(catalog.lesson("b")?.title == "B")
        #expect(catalog.lesson("zzz") == nil)
    }
}

import CatalogModel
import Testing

@testable import OutlineImport

@Suite("The Markdown block and inline parsers")
struct MarkdownTests {
    @Test("nested lists keep their children and lazy continuation lines")
    func nestedLists() throws {
        let text = """
            1. First
                - child one
                - child two
              continued lazily
            2. Second
            https://example.com/lazy

            - bullet
            """
        let document = MarkdownParser.parse(text)
        #expect(document.blocks.count == 2)
        guard case .list(let ordered) = document.blocks.first else {
            Issue.record("expected a list first")
            return
        }
        #expect(ordered.isOrdered)
        #expect(ordered.items.map(\.number) == [1, 2])
        #expect(ordered.items[1].text == "Second\nhttps://example.com/lazy")
        guard case .list(let children) = ordered.items[0].children.first else {
            Issue.record("expected nested list")
            return
        }
        #expect(children.items.map(\.text) == ["child one", "child two\ncontinued lazily"])
        #expect(children.items.map(\.line) == [2, 3])
    }

    @Test("ATX, setext and closed headings, with line numbers")
    func headings() {
        let document = MarkdownParser.parse("# One #\nTwo\n---\n#not a heading\n###### Six")
        let headings = document.blocks.compactMap { block -> MarkdownHeading? in
            if case .heading(let heading) = block { return heading }
            return nil
        }
        #expect(headings.map(\.text) == ["One", "Two", "Six"])
        #expect(headings.map(\.level) == [1, 2, 6])
        #expect(headings.map(\.line) == [1, 2, 5])
    }

    @Test("pipe tables split on unescaped pipes outside code")
    func tables() throws {
        let document = MarkdownParser.parse("| a | b |\n|---|:-:|\n| x \\| y | `p|q` |\n| 2 | [l](u) |\nafter")
        guard case .table(let table) = document.blocks.first else {
            Issue.record("expected a table")
            return
        }
        #expect(table.header == ["a", "b"])
        #expect(table.rows.map(\.cells) == [["x | y", "`p|q`"], ["2", "[l](u)"]])
        #expect(table.rows.map(\.line) == [3, 4])
    }

    @Test("details blocks give their summary and parse their content")
    func details() throws {
        let text = "<details>\n<summary><b>Part 2</b>: Deploy</summary>\n\n## Inside\n\n- item\n</details>\nafter"
        let document = MarkdownParser.parse(text)
        guard case .details(let details) = document.blocks.first else {
            Issue.record("expected details")
            return
        }
        #expect(InlineText.collapse(details.summary) == "Part 2: Deploy")
        #expect(details.children.count == 2)
        #expect(details.children.first?.line == 4)
        #expect(document.blocks.last == .paragraph(text: "after", line: 8))
    }

    @Test("fenced code and comments are skipped, reference definitions collected")
    func skipped() {
        let text = "```\n# not a heading\n```\n<!--\n# hidden\n-->\n[Docs]: https://example.com/docs\n# Real"
        let document = MarkdownParser.parse(text)
        #expect(document.blocks.count == 2)
        #expect(document.references["docs"] == "https://example.com/docs")
    }

    @Test("inline links, badges, references, HTML and bare addresses")
    func inline() {
        let text = InlineText.parse(
            "**Read** [the *docs*](https://a.example/d \"t\") and [![Colab](https://b/badge.svg)](https://colab/x), "
                + "[ref][r], <a href=\"https://c.example\">C</a> <img src=\"i.png\" alt=\"I\"> see https://d.example/x).",
            references: ["r": "https://r.example"])
        #expect(text.plain == "Read the docs and , ref, C see https://d.example/x).")
        #expect(
            text.links.map(\.url) == [
                "https://a.example/d", "https://colab/x", "https://r.example", "https://c.example", "i.png",
                "https://d.example/x",
            ])
        #expect(text.links[1].badge == "https://b/badge.svg")
        #expect(text.links[1].text == "Colab")
        #expect(text.links[4].isImage)
    }

    @Test("GitHub heading anchors match the seed's table of contents")
    func anchors() throws {
        let text = String(decoding: try Fixtures.bytes("llmops-101-outline.md"), as: UTF8.self)
        let document = MarkdownParser.parse(text)
        var namer = GitHubAnchor.Namer()
        var anchors: Set<String> = []
        var contents: [String] = []
        for block in document.blocks {
            switch block {
            case .heading(let heading):
                anchors.insert(namer.anchor(for: InlineText.parse(heading.text).plain))
            case .list(let list):
                func collect(_ items: [MarkdownListItem]) {
                    for item in items {
                        contents += InlineText.parse(item.text).links.filter(\.isAnchor).map {
                            String($0.url.dropFirst())
                        }
                        for case .list(let nested) in item.children { collect(nested.items) }
                    }
                }
                collect(list.items)
            default: break
            }
        }
        #expect(contents.count == 19)
        for anchor in contents { #expect(anchors.contains(anchor), "\(anchor)") }
    }

    @Test("repeated headings get numbered anchors")
    func repeatedAnchors() {
        var namer = GitHubAnchor.Namer()
        #expect(["Intro", "Intro", "Intro!"].map { namer.anchor(for: $0) } == ["intro", "intro-1", "intro-2"])
    }
}

@Suite("Text repair and address resolution")
struct TextAndAddressTests {
    @Test(
        "mojibake is repaired, real accents and dashes are left alone",
        arguments: [
            ("Theyâ€™ll", "They’ll", 1), ("CafÃ© crÃ¨me", "Café crème", 2), ("â€œquotedâ€\u{9D}", "“quoted”", 2),
            ("naïve — très bien", "naïve — très bien", 0), ("MLOps—unique", "MLOps—unique", 0), ("plain", "plain", 0),
        ])
    func mojibake(_ input: String, _ expected: String, _ repairs: Int) {
        let result = TextRepair.repairMojibake(input)
        #expect(result.text == expected)
        #expect(result.repairs.count == repairs)
    }

    @Test(
        "relative references resolve as RFC 3986 section 5.4 says",
        arguments: [
            ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"), ("/g", "http://a/g"),
            ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"), (";x", "http://a/b/c/;x"),
            ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"), ("./", "http://a/b/c/"), ("..", "http://a/b/"),
            ("../", "http://a/b/"), ("../g", "http://a/b/g"), ("../..", "http://a/"), ("../../", "http://a/"),
            ("../../g", "http://a/g"), ("../../../g", "http://a/g"), ("/./g", "http://a/g"), ("/../g", "http://a/g"),
            ("g.", "http://a/b/c/g."), ("..g", "http://a/b/c/..g"), ("./../g", "http://a/b/g"),
            ("g;x=1/../y", "http://a/b/c/y"), ("https://other/x", "https://other/x"),
        ])
    func resolution(_ reference: String, _ expected: String) {
        #expect(RelativeAddress.resolve(reference, against: "http://a/b/c/d;p?q") == expected)
    }

    @Test("durations, levels and formats are read from lesson text")
    func hints() {
        #expect(LessonHints.minutes(in: "1.5h duration") == 90)
        #expect(LessonHints.minutes(in: "takes 1h 30m") == 90)
        #expect(LessonHints.minutes(in: "(45 min)") == 45)
        #expect(LessonHints.minutes(in: "3 hours") == 180)
        #expect(LessonHints.minutes(in: "Chapter 2 of 4") == nil)
        #expect(LessonHints.level(in: "Level: Beginner") == .introductory)
        #expect(LessonHints.level(in: "an advanced topic") == nil)
        #expect(LessonHints.level(in: "Advanced", bare: true) == .advanced)
        #expect(LessonHints.format(url: "https://youtu.be/x", evidence: [], title: "t").format == .video)
        #expect(LessonHints.format(url: "https://github.com/o/r", evidence: [], title: "t").format == .repo)
        #expect(LessonHints.format(url: "https://example.com/page", evidence: [], title: "t").isSure == false)
    }

    @Test("topics are found by id, name and alias with light stemming")
    func topicMatcher() throws {
        let matcher = TopicMatcher(topics: try Fixtures.topics())
        let found = matcher.matches(in: "Monitoring LLMs with vector databases and Low-Rank Adaptation (LoRA)")
        #expect(found.map(\.topic) == ["monitoring", "vector-databases", "lora", "lora"])
        #expect(found.map(\.words) == ["Monitoring", "vector databases", "Low Rank Adaptation", "LoRA"])
        #expect(matcher.root(of: "lora") == "post-training")
    }
}

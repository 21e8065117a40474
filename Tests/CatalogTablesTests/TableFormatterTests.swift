import CatalogModel
import CatalogTestSupport
import Foundation
import Testing

@testable import CatalogTables

@Suite struct TableFormatterTests {
    private let context = TableFormatter.Context(
        topicIDs: ["rag", "evaluation"],
        aliases: ["retrieval augmented generation": "rag", "evals": "evaluation"],
        courseRank: ["b-course": 0, "a-course": 1]
    )

    private func format(_ text: String, _ table: TableKind) -> String? {
        TableFormatter.format(Array(text.utf8), table: table, file: "t.csv", context: context).bytes.map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    @Test("puts contract columns first, keeps unknown ones after them, rewrites aliases and tracking")
    func canonical() {
        let input =
            "\u{FEFF}notes,topics,url,id,title,provider,kind\r\n"
            + "\"keep, me\", Evals ;Retrieval Augmented Generation;;,https://a.org/x?utm_source=n&y=1,c1,T,P,oss\r\n"
        let output = format(input, .courses)
        #expect(
            output == "id,title,provider,kind,url,topics,notes\n"
                + "c1,T,P,oss,https://a.org/x?y=1,evaluation;rag,\"keep, me\"\n"
        )
    }

    @Test("sorts lessons by course (in courses.csv order) then order, stably")
    func sortsLessons() {
        let input = """
            id,course,order,title,url,topics
            a2,a-course,2,A2,https://a.org/2,rag
            b1,b-course,1,B1,https://b.org/1,rag
            a1,a-course,1,A1,https://a.org/1,rag
            z,zz-course,x,Z,https://z.org,rag

            """
        let ids = format(input, .lessons)?.split(separator: "\n").dropFirst().map { $0.prefix { $0 != "," } }
        #expect(ids == ["b1", "a1", "a2", "z"])
    }

    @Test("pads short rows and leaves files it cannot read whole alone")
    func refusesToLoseData() {
        #expect(format("id,name,url\np,P\n", .people) == "id,name,url\np,P,\n")
        let overfull = TableFormatter.format(
            Array("id,name\np,P,extra\n".utf8),
            table: .people,
            file: "t.csv",
            context: context
        )
        #expect(overfull.bytes == nil && overfull.diagnostics.map(\.code) == [.raggedRow])
        let malformed = TableFormatter.format(
            Array("id,name\np,\"open\n".utf8),
            table: .people,
            file: "t.csv",
            context: context
        )
        #expect(malformed.bytes == nil && malformed.diagnostics.map(\.code) == [.malformedCSV])
    }

    @Test("random tables keep every cell and formatting twice equals once", arguments: 0..<25)
    func property(_ seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        let pieces = ["a", "b c", ",", "\"", "\n", "é", "日本", " ", ";", "x;y", "https://q.org/?utm_id=1&k=v", "🙂"]
        func cell() -> String {
            (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined()
        }
        // Known columns of several types plus unknown ones, in a shuffled order.
        var header = ["id", "name", "url", "affiliation", "notes", "extra two", "x"]
        header.shuffle(using: &generator)
        let rows = (0..<Int.random(in: 1...12, using: &generator)).map { _ in header.map { _ in cell() } }
        let text = CSVWriter.write([header] + rows)
        let once = try #require(format(text, .people))
        let twice = format(once, .people)
        #expect(twice == once)

        // Every cell survives, by column name: trimmed, and addresses without tracking.
        let original = CSVParser.parse(text, file: "o.csv")
        let formatted = CSVParser.parse(once, file: "f.csv")
        #expect(formatted.diagnostics.isEmpty)
        let formattedHeader = formatted.rows[0].cells
        #expect(Set(formattedHeader) == Set(header))
        #expect(formatted.rows.count == original.rows.count)
        for (before, after) in zip(original.rows.dropFirst(), formatted.rows.dropFirst()) {
            for (index, name) in header.enumerated() {
                let expected = before.cells[index].trimmingSpaces()
                let actual = after.cells[try #require(formattedHeader.firstIndex(of: name))]
                if name == "url" {
                    #expect(actual == WebAddress.removingTracking(expected))
                } else {
                    #expect(actual == expected)
                }
            }
        }
    }

    @Test("formats the tiny example catalog into itself")
    func tinyIsCanonical() throws {
        let files = try TestCatalog.tinyFiles()
        let context = TableFormatter.Context(files: files)
        for (table, bytes) in files {
            let outcome = TableFormatter.format(bytes, table: table, file: table.fileName, context: context)
            #expect(outcome.bytes.map { String(decoding: $0, as: UTF8.self) } == String(decoding: bytes, as: UTF8.self))
        }
    }
}

@Suite struct DataPackageTests {
    @Test("describes the tables present with keys and vocabularies, deterministically")
    func descriptor() throws {
        let files = try TestCatalog.tinyFiles()
        let bytes = DataPackage.descriptor(headers: DataPackage.headers(of: files))
        #expect(bytes == DataPackage.descriptor(headers: DataPackage.headers(of: files)))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let resources = try #require(json["resources"] as? [[String: Any]])
        #expect(
            resources.compactMap { $0["name"] as? String } == [
                "courses", "lessons", "topics", "people", "paths", "steps",
            ]
        )
        let lessons = try #require(resources.first { $0["name"] as? String == "lessons" })
        let schema = try #require(lessons["schema"] as? [String: Any])
        #expect(schema["primaryKey"] as? [String] == ["id"])
        let foreignKeys = try #require(schema["foreignKeys"] as? [[String: Any]])
        #expect(foreignKeys.first?["fields"] as? [String] == ["course"])
        let fields = try #require(schema["fields"] as? [[String: Any]])
        let format = try #require(fields.first { $0["name"] as? String == "format" })
        #expect((format["constraints"] as? [String: Any])?["enum"] as? [String] == LessonFormat.known.map(\.rawValue))
    }

    @Test("describes unknown columns as strings in their place")
    func unknownColumns() throws {
        let bytes = DataPackage.descriptor(headers: [.people: ["id", "notes", "name"]])
        let text = String(decoding: bytes, as: UTF8.self)
        let notes = try #require(text.range(of: "\"name\" : \"notes\""))
        let name = try #require(text.range(of: "\"name\" : \"name\""))
        #expect(notes.lowerBound < name.lowerBound)
    }
}

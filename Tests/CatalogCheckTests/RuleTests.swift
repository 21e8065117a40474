import CatalogModel
import CatalogTables
import CatalogTestSupport
import Foundation
import Testing

@testable import CatalogCheck

/// One planted fault: a table line replaced (or appended) and the diagnostic it must give.
struct PlantedFault: CustomTestStringConvertible, Sendable {
    var code: Diagnostic.Code
    var table: TableKind
    var line: Int
    var text: String
    var expectedLine: Int
    var expectedColumn: Int
    var expectedFile: TableKind? = nil

    var testDescription: String { "\(code.rawValue) at \(table.fileName):\(expectedLine):\(expectedColumn)" }
}

/// Reads the tiny catalog with edits and checks it, as `coursemap validate` does.
func diagnose(_ edits: [(TableKind, Int, String)]) throws -> [Diagnostic] {
    var tables = try TestCatalog.tinyTables()
    for (table, line, text) in edits {
        let current = tables[table] ?? ""
        let count = current.split(separator: "\n", omittingEmptySubsequences: false).count
        tables[table] = line >= count ? current.appendingLine(text) : current.replacingLine(line, with: text)
    }
    let result = TestCatalog.read(tables)
    return (result.diagnostics + CatalogChecker().check(result.catalog, missingColumns: result.missingColumns)).sorted()
}

@Suite struct RuleTests {
    static let lesson2 =
        "cloud-intro,cloud-course,1,What LLMOps is,https://cloud.example.com/llmops/intro,Why LLM apps need their own operations loop.,lifecycle,docs,,Basics,Explain the LLMOps loop,LLMOps,15,introductory,"
    static let lesson4 =
        "cloud-tracing,cloud-course,3,Trace requests,https://cloud.example.com/llmops/tracing,Turn on tracing for a deployed app and read the spans.,tracing;deployment,docs,,Operations,,span,,,"
    static let lesson6 =
        "oss-judges,oss-course,2,LLM judges,https://oss.example.org/docs/judges,\"Define a rubric, run a judge and read the scores.\",llm-as-judge,docs,,,,,,,"

    static func edit(_ line: String, _ find: String, _ replacement: String) -> String {
        line.replacingOccurrences(of: find, with: replacement)
    }

    static let faults: [PlantedFault] = [
        // Errors.
        PlantedFault(
            code: .malformedCSV,
            table: .lessons,
            line: 7,
            text: "x,\"open",
            expectedLine: 7,
            expectedColumn: 2
        ),
        PlantedFault(
            code: .raggedRow,
            table: .people,
            line: 2,
            text: "ada,Ada Lovelace",
            expectedLine: 2,
            expectedColumn: 3
        ),
        PlantedFault(
            code: .missingColumn,
            table: .people,
            line: 1,
            text: "id,url,affiliation",
            expectedLine: 1,
            expectedColumn: 1
        ),
        PlantedFault(
            code: .required,
            table: .lessons,
            line: 2,
            text: edit(lesson2, "What LLMOps is", ""),
            expectedLine: 2,
            expectedColumn: 4
        ),
        PlantedFault(
            code: .badID,
            table: .people,
            line: 3,
            text: "Grace H,Grace Hopper,https://example.org/grace,",
            expectedLine: 3,
            expectedColumn: 1
        ),
        PlantedFault(
            code: .duplicateID,
            table: .lessons,
            line: 7,
            text: edit(edit(lesson2, ",1,", ",9,"), "llmops/intro,", "llmops/intro-again,"),
            expectedLine: 7,
            expectedColumn: 1
        ),
        PlantedFault(
            code: .unknownReference,
            table: .lessons,
            line: 4,
            text: edit(lesson4, "tracing;deployment", "tracing;nope"),
            expectedLine: 4,
            expectedColumn: 7
        ),
        PlantedFault(
            code: .badOrder,
            table: .lessons,
            line: 2,
            text: edit(lesson2, ",1,", ",first,"),
            expectedLine: 2,
            expectedColumn: 3
        ),
        PlantedFault(
            code: .duplicateOrder,
            table: .lessons,
            line: 4,
            text: edit(lesson4, ",3,", ",2,"),
            expectedLine: 4,
            expectedColumn: 3
        ),
        PlantedFault(
            code: .badURL,
            table: .lessons,
            line: 2,
            text: edit(lesson2, "https://cloud", "cloud"),
            expectedLine: 2,
            expectedColumn: 5
        ),
        PlantedFault(
            code: .badValue,
            table: .lessons,
            line: 6,
            text: edit(lesson6, ",docs,", ",ipynb,"),
            expectedLine: 6,
            expectedColumn: 8
        ),
        PlantedFault(
            code: .cycle,
            table: .topics,
            line: 2,
            text: "lifecycle,Lifecycle,The loop.,,cost-performance,llmops lifecycle,1",
            expectedLine: 9,
            expectedColumn: 5
        ),
        // Warnings.
        PlantedFault(
            code: .missingDescription,
            table: .lessons,
            line: 6,
            text: edit(lesson6, "\"Define a rubric, run a judge and read the scores.\"", ""),
            expectedLine: 6,
            expectedColumn: 6
        ),
        PlantedFault(
            code: .longDescription,
            table: .lessons,
            line: 2,
            text: edit(lesson2, "Why LLM apps", String(repeating: "w", count: 300)),
            expectedLine: 2,
            expectedColumn: 6
        ),
        PlantedFault(
            code: .orderGap,
            table: .lessons,
            line: 4,
            text: edit(lesson4, ",3,", ",5,"),
            expectedLine: 4,
            expectedColumn: 3
        ),
        PlantedFault(
            code: .insecureURL,
            table: .people,
            line: 2,
            text: "ada,Ada Lovelace,http://example.com/ada,Example Cloud",
            expectedLine: 2,
            expectedColumn: 3
        ),
        PlantedFault(
            code: .duplicateURL,
            table: .lessons,
            line: 6,
            text: edit(lesson6, "docs/judges", "docs/quickstart"),
            expectedLine: 6,
            expectedColumn: 5
        ),
        PlantedFault(
            code: .trackingParameter,
            table: .lessons,
            line: 2,
            text: edit(lesson2, "llmops/intro", "llmops/intro?utm_source=x"),
            expectedLine: 2,
            expectedColumn: 5
        ),
        PlantedFault(
            code: .aliasUsed,
            table: .lessons,
            line: 6,
            text: edit(lesson6, ",llm-as-judge,", ",Model-Graded Evaluation,"),
            expectedLine: 6,
            expectedColumn: 7
        ),
        PlantedFault(
            code: .missingEvaluation,
            table: .lessons,
            line: 6,
            text: edit(lesson6, ",llm-as-judge,", ",tracing,"),
            expectedLine: 3,
            expectedColumn: 1,
            expectedFile: .courses
        ),
        PlantedFault(
            code: .missingObservability,
            table: .lessons,
            line: 4,
            text: edit(lesson4, "tracing;deployment", "deployment"),
            expectedLine: 2,
            expectedColumn: 1,
            expectedFile: .courses
        ),
        PlantedFault(
            code: .whitespace,
            table: .lessons,
            line: 2,
            text: edit(lesson2, "What LLMOps", "What  LLMOps"),
            expectedLine: 2,
            expectedColumn: 4
        ),
        PlantedFault(
            code: .uncoveredStep,
            table: .steps,
            line: 2,
            text: "starter,1,Part 1,See what your app does,Turn on tracing,span,governance,",
            expectedLine: 2,
            expectedColumn: 7
        ),
    ]

    @Test("the tiny catalog is clean")
    func clean() throws {
        #expect(try diagnose([]).isEmpty)
    }

    @Test("every code is reported with its file, line and column", arguments: faults)
    func planted(_ fault: PlantedFault) throws {
        let diagnostics = try diagnose([(fault.table, fault.line, fault.text)])
        let file = "catalog/" + (fault.expectedFile ?? fault.table).fileName
        let match = diagnostics.first { $0.code == fault.code }
        #expect(
            match?.location == SourceLocation(file: file, line: fault.expectedLine, column: fault.expectedColumn),
            "got \(diagnostics.map(\.description))"
        )
        let isError = fault.code.rawValue == fault.code.rawValue && RuleTests.errorCodes.contains(fault.code)
        #expect(match?.severity == (isError ? .error : .warning))
    }

    static let errorCodes: Set<Diagnostic.Code> = [
        .malformedCSV, .raggedRow, .missingColumn, .required, .badID, .duplicateID, .unknownReference, .badOrder,
        .duplicateOrder, .badURL, .badValue, .cycle,
    ]

    @Test("every code of the contract is covered by a planted fault")
    func allCodesCovered() {
        let planted = Set(Self.faults.map(\.code))
        let ruleCodes = Set(CatalogChecker.standardRules.flatMap(\.codes))
        #expect(ruleCodes.subtracting(planted).isEmpty)
        #expect(Self.errorCodes.isSubset(of: planted))
    }

    @Test("an empty required cell gives required only")
    func requiredOnly() throws {
        let diagnostics = try diagnose([
            (.lessons, 2, Self.edit(Self.lesson2, "https://cloud.example.com/llmops/intro", ""))
        ])
        #expect(
            diagnostics.filter { $0.location.line == 2 && $0.location.file.hasSuffix("lessons.csv") }.map(\.code) == [
                .required
            ]
        )
    }

    @Test("a missing column gives no per-row required errors")
    func missingColumnOnly() throws {
        let diagnostics = try diagnose([(.people, 1, "id,nick,url,affiliation")])
        #expect(diagnostics.filter { $0.location.file.hasSuffix("people.csv") }.map(\.code) == [.missingColumn])
    }

    @Test("a loop is reported once, on the row that closes it")
    func cycleOnce() throws {
        let diagnostics = try diagnose([
            (.topics, 10, "tracing,Tracing,Spans.,llm-as-judge,,opentelemetry,1"),
            (.topics, 11, "llm-as-judge,LLM as judge,Grading.,tracing,,model-graded evaluation,1"),
        ])
        let cycles = diagnostics.filter { $0.code == .cycle }
        #expect(cycles.map(\.location.line) == [11])
        #expect(cycles.first?.message.contains("llm-as-judge -> tracing -> llm-as-judge") == true)
    }

    @Test("an unknown reference suggests the nearest id")
    func suggestion() throws {
        let diagnostics = try diagnose([(.lessons, 4, Self.edit(Self.lesson4, "tracing;deployment", "tracng"))])
        #expect(diagnostics.first { $0.code == .unknownReference }?.hint == "did you mean \"tracing\"?")
    }

    @Test("a file that cannot be parsed still yields the diagnostics of the rest")
    func keepsGoing() throws {
        let diagnostics = try diagnose([
            (.lessons, 2, "cloud-intro,cloud-course,1,\"unterminated,https://x.org,d,lifecycle,docs,,,,,,,"),
            (.lessons, 5, "oss-quickstart,oss-course,1,Quickstart,not-a-url,Install.,tracing,notebook,,,,,20,,"),
            // No quote after the unterminated one, so it runs to the end of the file.
            (.lessons, 6, Self.edit(Self.lesson6, "\"Define a rubric, run a judge and read the scores.\"", "Judge.")),
        ])
        #expect(diagnostics.contains { $0.code == .malformedCSV && $0.location.line == 2 })
        #expect(diagnostics.contains { $0.code == .badURL && $0.location.line == 5 })
    }
}

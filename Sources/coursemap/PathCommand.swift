import ArgumentParser
import CatalogCheck
import CatalogModel
import Foundation
import LearningGraph

struct PathCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show a learning path with the best lessons for each step.",
        discussion: "Pinned lessons come first, then lessons matching the step's topics and terms, by quality."
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var catalog: CatalogOptions

    @Argument(help: "The path id, e.g. llmops-101.")
    var pathID: String

    @Option(help: "How many lessons to show per step.")
    var limit: Int = 3

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be 1 or more") }
    }

    func run() async throws {
        let loaded = try catalog.loadValid()
        defer { ProcessLifetime.keep(loaded.catalog) }
        let graph = LearningGraph(catalog: loaded.catalog)
        defer { ProcessLifetime.keep(graph) }
        guard let path = loaded.catalog.path(PathID(pathID)) else {
            let known = loaded.catalog.paths.map(\.id.rawValue).joined(separator: ", ")
            printError(
                "error: no path \"\(pathID)\" in \(catalog.directory)\(known.isEmpty ? "" : "; paths: \(known)")"
            )
            throw ExitCode.failure
        }
        let steps = graph.stepLessons(of: path.id, limit: limit)
        switch format {
        case .json:
            print(try PathOutput(path: path, steps: steps).json())
        case .text:
            print("\(path.title) (\(path.id))")
            if !path.sourceURL.isEmpty { print("source: \(path.sourceURL)") }
            let covered = steps.filter { !$0.isUncovered }.count
            print("\(covered) of \(steps.count) steps covered")
            var module = ""
            for filled in steps {
                let step = filled.step
                if !step.module.isEmpty && step.module != module {
                    module = step.module
                    print("\n\(module)")
                }
                print(
                    "\n  \(step.order.text). \(step.title)  [topics: \(step.topics.map(\.rawValue).joined(separator: ", "))]"
                )
                if filled.isUncovered { print("     uncovered: no lesson of the catalog fills this step") }
                for match in filled.lessons {
                    let quality = match.quality.total < 0 ? "\(match.quality.total)" : "+\(match.quality.total)"
                    print(
                        "     - \(match.lesson.title)  [\(match.lesson.id)]\(match.pinned ? " pinned" : "")  quality \(quality)"
                    )
                    print("       \(match.lesson.url)")
                    if !match.pinned { print("       \(match.reasons.joined(separator: "; "))") }
                }
            }
        }
    }
}

/// The JSON shape of `coursemap path --format json`.
private struct PathOutput: Encodable {
    struct Lesson: Encodable {
        var id: String
        var title: String
        var url: String
        var pinned: Bool
        var points: Int
        var reasons: [String]
        var quality: Int
    }
    struct Step: Encodable {
        var order: String
        var module: String
        var title: String
        var topics: [String]
        var terms: [String]
        var covered: Bool
        var lessons: [Lesson]
    }
    var id: String
    var title: String
    var source: String
    var steps: [Step]

    init(path: LearningPath, steps: [StepLessons]) {
        id = path.id.rawValue
        title = path.title
        source = path.sourceURL
        self.steps = steps.map { filled in
            Step(
                order: filled.step.order.text,
                module: filled.step.module,
                title: filled.step.title,
                topics: filled.step.topics.map(\.rawValue),
                terms: filled.step.terms,
                covered: !filled.isUncovered,
                lessons: filled.lessons.map {
                    Lesson(
                        id: $0.lesson.id.rawValue,
                        title: $0.lesson.title,
                        url: $0.lesson.url,
                        pinned: $0.pinned,
                        points: $0.points,
                        reasons: $0.reasons,
                        quality: $0.quality.total
                    )
                }
            )
        }
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

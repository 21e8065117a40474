import ArgumentParser
import CatalogCheck
import CatalogModel
import Foundation
import LearningGraph

struct NextCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "Show what a learner can start next after the lessons or topics they have done.",
        discussion: """
            --done takes lesson ids, topic ids or topic aliases, comma-separated or repeated. A lesson \
            is suggested when every topic it needs is known; new topics, continuing a started course and \
            quality rank it, each with its reason.
            """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var catalog: CatalogOptions

    @Option(name: .long, parsing: .singleValue, help: "Lesson or topic ids done, comma-separated (repeatable).")
    var done: [String] = []

    @Option(help: "How many lessons to suggest.")
    var limit: Int = 10

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "A JSON file of link health, as for report.")
    var linkHealth: String?

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be 1 or more") }
    }

    func run() async throws {
        let loaded = try catalog.loadValid()
        defer { ProcessLifetime.keep(loaded.catalog) }
        let graph = LearningGraph(
            catalog: loaded.catalog,
            linkHealth: try LinkHealthFile.read(linkHealth, folder: loaded.folder)
        )
        defer { ProcessLifetime.keep(graph) }
        let ids = done.flatMap { $0.split(separator: ",") }.map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        let progress = graph.progress(done: ids)
        for unknown in progress.unknownIDs { printError("warning: \"\(unknown)\" names no lesson or topic; ignored") }
        let fringe = graph.fringe(progress)
        let suggestions = graph.next(after: progress, limit: limit)
        switch format {
        case .json:
            print(try NextOutput(graph: graph, progress: progress, fringe: fringe, suggestions: suggestions).json())
        case .text:
            print("Known topics: \(progress.known.isEmpty ? "none" : names(graph, sorted(graph, progress.known)))")
            print("Can start now: \(fringe.isEmpty ? "nothing new" : names(graph, fringe))")
            print("")
            if suggestions.isEmpty { print("No lesson to suggest: everything available is done.") }
            for (index, suggestion) in suggestions.enumerated() {
                let lesson = suggestion.lesson
                print("\(index + 1). \(lesson.title)  [\(lesson.id), \(lesson.course)]  \(signed(suggestion.points))")
                print("   \(lesson.url)")
                for reason in suggestion.reasons { print("   \(reason)") }
            }
        }
    }

    private func sorted(_ graph: LearningGraph, _ topics: Set<TopicID>) -> [TopicID] {
        topics.sorted {
            graph.topics.rank(of: $0) != graph.topics.rank(of: $1)
                ? graph.topics.rank(of: $0) < graph.topics.rank(of: $1) : $0 < $1
        }
    }

    private func names(_ graph: LearningGraph, _ topics: [TopicID]) -> String {
        topics.map { "\(graph.topics.name(of: $0)) (\($0))" }.joined(separator: ", ")
    }

    private func signed(_ value: Int) -> String { value < 0 ? "\(value)" : "+\(value)" }
}

/// The JSON shape of `coursemap next --format json`.
private struct NextOutput: Encodable {
    struct Suggestion: Encodable {
        var id: String
        var title: String
        var course: String
        var url: String
        var points: Int
        var reasons: [String]
        var newTopics: [String]
        var quality: Int
        var qualityReasons: [String]
    }
    var known: [String]
    var fringe: [String]
    var unknownIDs: [String]
    var suggestions: [Suggestion]

    init(graph: LearningGraph, progress: LearnerProgress, fringe: [TopicID], suggestions: [NextSuggestion]) {
        known = progress.known.map(\.rawValue).sorted()
        self.fringe = fringe.map(\.rawValue)
        unknownIDs = progress.unknownIDs
        self.suggestions = suggestions.map { item in
            Suggestion(
                id: item.lesson.id.rawValue,
                title: item.lesson.title,
                course: item.lesson.course.rawValue,
                url: item.lesson.url,
                points: item.points,
                reasons: item.reasons,
                newTopics: item.newTopics.map(\.rawValue),
                quality: item.quality.total,
                qualityReasons: item.quality.reasons
            )
        }
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

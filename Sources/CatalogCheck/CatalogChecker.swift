import CatalogModel
import Dispatch
import Synchronization

/// Runs every rule of the catalog format and returns the diagnostics in file order.
package struct CatalogChecker: Sendable {
    package var rules: [any CatalogRule]

    /// The rules of CATALOG-FORMAT.md.
    package static let standardRules: [any CatalogRule] = [
        RequiredRule(), IdentifierRule(), ReferenceRule(), OrderRule(), URLRule(), VocabularyRule(), CycleRule(),
        DescriptionRule(), EvaluationCoverageRule(), WhitespaceRule(), StepCoverageRule(),
    ]

    package init(rules: [any CatalogRule] = CatalogChecker.standardRules) {
        self.rules = rules
    }

    /// Checks a catalog.
    /// - Parameter missingColumns: required columns each header lacks, as the reader found them.
    package func check(_ catalog: Catalog, missingColumns: [TableKind: Set<String>] = [:]) -> [Diagnostic] {
        let context = CheckContext(catalog: catalog, missingColumns: missingColumns)
        // Rules are independent and pure: on a large catalog they run side by side.
        guard catalog.lessons.count >= 10_000, rules.count > 1 else {
            var diagnostics: [Diagnostic] = []
            for rule in rules { rule.check(context, into: &diagnostics) }
            return diagnostics
        }
        let results = Results(count: rules.count)
        DispatchQueue.concurrentPerform(iterations: rules.count) { index in
            results.store(rules[index].diagnostics(for: context), at: index)
        }
        return results.all.flatMap { $0 }
    }
}

/// One slot per rule for results computed on several threads.
private final class Results: Sendable {
    private let slots: Mutex<[[Diagnostic]]>

    init(count: Int) {
        slots = Mutex(Array(repeating: [], count: count))
    }

    func store(_ diagnostics: [Diagnostic], at index: Int) {
        slots.withLock { $0[index] = diagnostics }
    }

    var all: [[Diagnostic]] { slots.withLock { $0 } }
}

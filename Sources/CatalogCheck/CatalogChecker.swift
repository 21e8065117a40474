import CatalogModel

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
        let rules = rules
        return Parallel.map(count: rules.count) { rules[$0].diagnostics(for: context) }.flatMap { $0 }
    }
}

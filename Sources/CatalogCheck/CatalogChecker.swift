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
        // Work items: each rule that is not a lesson rule; the other tables of the lesson
        // rules; and the lessons in parts, each part checked by every lesson rule in one pass.
        let lessonRules = rules.compactMap { $0 as? any LessonRule }
        let otherRules = rules.filter { !($0 is any LessonRule) }
        let lessons = context.catalog.lessons
        let parts = 4
        let items = otherRules.count + 1 + parts
        return Parallel.map(count: items) { item -> [Diagnostic] in
            var diagnostics: [Diagnostic] = []
            if item < otherRules.count {
                otherRules[item].check(context, into: &diagnostics)
            } else if item == otherRules.count {
                for rule in lessonRules { rule.checkOtherTables(context, into: &diagnostics) }
            } else {
                let part = item - otherRules.count - 1
                let range = (lessons.count * part / parts)..<(lessons.count * (part + 1) / parts)
                for position in range {
                    let lesson = lessons[position]
                    for rule in lessonRules { rule.check(lesson, at: position, context, into: &diagnostics) }
                }
            }
            return diagnostics
        }.flatMap { $0 }
    }
}

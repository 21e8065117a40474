import CatalogModel

/// A rule that looks at one lesson at a time (and at the other tables as a whole).
///
/// On a large catalog the checker runs every such rule in one pass over the lessons, split in
/// parts across the cores: each lesson is then read from memory once instead of once per rule,
/// which is what most of a check of 100,000 lessons costs.
package protocol LessonRule: CatalogRule {
    /// Checks the rows of every table but lessons.
    func checkOtherTables(_ context: CheckContext, into diagnostics: inout [Diagnostic])
    /// Checks one lesson, the one at `position` in `context.catalog.lessons`.
    func check(_ lesson: Lesson, at position: Int, _ context: CheckContext, into diagnostics: inout [Diagnostic])
}

extension LessonRule {
    package func check(_ context: CheckContext, into diagnostics: inout [Diagnostic]) {
        checkOtherTables(context, into: &diagnostics)
        for (position, lesson) in context.catalog.lessons.enumerated() {
            check(lesson, at: position, context, into: &diagnostics)
        }
    }
}

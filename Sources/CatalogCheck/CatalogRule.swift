import CatalogModel

/// One rule of the catalog format: reads the catalog, appends what it finds.
package protocol CatalogRule: Sendable {
    /// The diagnostic codes this rule can emit.
    var codes: [Diagnostic.Code] { get }
    func check(_ context: CheckContext, into diagnostics: inout [Diagnostic])
}

extension CatalogRule {
    /// Runs the rule alone, e.g. in a test.
    package func diagnostics(for context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        check(context, into: &diagnostics)
        return diagnostics
    }
}

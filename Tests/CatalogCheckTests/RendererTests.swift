import CatalogModel
import Foundation
import Testing

@testable import CatalogCheck

@Suite struct RendererTests {
    let diagnostic = Diagnostic(
        .error,
        .badURL,
        at: SourceLocation(file: "catalog/lessons.csv", line: 3, column: 2),
        field: "url",
        "\"x\" is not an absolute http(s) address",
        hint: "write the full address"
    )

    @Test("renders like a compiler, with the line and a caret under the field")
    func text() {
        var diagnostic = diagnostic
        diagnostic.location.column = 3
        let sources = SourceLines(["catalog/lessons.csv": Array("id,url\na,\"multi\nline\",x\nb,x\n".utf8)])
        let output = DiagnosticRenderer.render([diagnostic], as: .text, sources: sources)
        #expect(
            output == """
                catalog/lessons.csv:3:3: error[bad-url]: "x" is not an absolute http(s) address
                 3 | line",x
                   |       ^
                  = hint: write the full address

                """
        )
    }

    @Test("renders the contract's JSON objects")
    func json() throws {
        let output = DiagnosticRenderer.render([diagnostic], as: .json)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(objects.count == 1)
        #expect(Set(objects[0].keys) == ["severity", "code", "file", "line", "column", "field", "message"])
        #expect(objects[0]["line"] as? Int == 3 && objects[0]["code"] as? String == "bad-url")
        #expect(
            DiagnosticRenderer.render([], as: .json) == "[\n\n]\n" || DiagnosticRenderer.render([], as: .json) == "[]\n"
        )
    }

    @Test("renders GitHub annotations with escaped properties")
    func github() {
        let output = DiagnosticRenderer.render([diagnostic], as: .github)
        #expect(
            output
                == "::error file=catalog/lessons.csv,line=3,col=2,title=bad-url::\"x\" is not an absolute http(s) address (hint: write the full address)\n"
        )
    }
}

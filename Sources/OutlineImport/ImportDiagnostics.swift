import CatalogModel

extension Diagnostic.Code {
    /// Garbled characters were repaired (warning).
    package static let mojibake: Self = "mojibake"
    /// Bytes that are not UTF-8 were replaced (warning).
    package static let invalidText: Self = "invalid-utf8"
    /// A topic was suggested without clear evidence (warning).
    package static let topicGuess: Self = "topic-guess"
    /// A lesson format was guessed without clear evidence (warning).
    package static let formatGuess: Self = "format-guess"
    /// A course's provider or kind was guessed (warning).
    package static let courseGuess: Self = "course-guess"
    /// The outline has no lessons or steps the importer recognises (error).
    package static let noItems: Self = "no-items"
    /// A lesson or course has no address and none can be made (error).
    package static let noAddress: Self = "no-address"
    /// A row is already in the catalog and was not added again (warning).
    package static let alreadyImported: Self = "already-imported"
    /// An existing row differs from the imported one; the imported one was not added (error).
    package static let importConflict: Self = "import-conflict"
}

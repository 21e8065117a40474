/// Geo's own ids that the export reuses (research section 5), so the catalog joins Geo's graph.
package enum WellKnown {
    package static let name = id("a126ca530c8e48d5b88882c734c38935")
    package static let description = id("9b1f76ff9711404c861e59dc3fa7d037")
    package static let types = id("8f151ba4de204e3c9cb499ddf96f48f1")
    package static let webURL = id("412ff593e9154012a43d4c27ec5c68b6")
    package static let topics = id("458fbc070dbf4c928f5716f3fdde7c32")
    package static let broaderTopics = id("b35bd6d39fb64f3a8aeaf5a9b91b5ef6")
    package static let authors = id("91a9e2f6e51a48f7997661de8561b690")

    package static let propertyType = id("808a04ceb21c4d888ad12e240613e5ca")
    package static let schemaType = id("e7d737c536764c609fa16aa64a8c90ad")
    package static let properties = id("01412f8381894ab1836565c7fd358cc1")
    /// The Data Type relation as Geo's clients use it (not the spec's genesis id).
    package static let dataType = id("6d29d57849bb4959baf72cc696b1671a")
    package static let relationValueTypes = id("9eea393f17dd4971a62ea603e8bfec20")
    package static let renderableType = id("2316bbe1c76f463583f23e03b4f1fe46")
    package static let urlRenderable = id("283127c96142468492ed90b0ebc7f29a")

    package static let personType = id("7ed45f2bc48b419e8e4664d5ff680b0d")
    package static let topicType = id("5ef5a5860f274d8e8f6c59ae5b3e89e2")

    /// `derived("grc20:genesis:language:en")`, the explicit English id Geo's clients write.
    package static let english = id("090adac0fca4822e8e719263e67620ec")
    /// The AI space, a DAO space: edits enter it by proposal.
    package static let aiSpace = id("41e851610e13a19441c4d980f2f2ce6b")

    /// The entities a Data Type relation points at, by wire type.
    package static func dataTypeEntity(_ type: DataType) -> GeoID? {
        switch type {
        case .text: id("9edb6fcce4544aa5861139d7f024c010")
        case .integer: id("149fd752d9d04f80820d1d942eea7841")
        case .float: id("9b597aaec31c46c88565a370da0c2a65")
        case .decimal: id("a3288c22a0564f6fb409fbcccb2c118c")
        case .boolean: id("7aa4792eeacd41868272fa7fc18298ac")
        case .date: id("e661d10292794449a22367dbae1be05a")
        case .time: id("ad75102b03c04d59903813ede9482742")
        case .datetime: id("167664f668f840e1976b20bd16ed8d47")
        case .schedule: id("caf4dd12ba4844b99171aff6c1313b50")
        case .point: id("df250d17e364413d97792ddaae841e34")
        case .bytes: id("66b433247667496899b48a89bd1de22b")
        case .embedding: id("f732849378ba4577a33fac5f1c964f18")
        case .rect: nil  // Geo has no RECT data-type entity in the sources read
        }
    }

    /// The RELATION data-type entity, for relation-valued properties.
    package static let relationDataType = id("4b6d9fc1fbfe474c861c83398e1b50d9")

    /// Display names of the well-known ids, for `inspect` and the JSON sidecar.
    package static let names: [GeoID: String] = {
        var names: [GeoID: String] = [
            name: "Name", description: "Description", types: "Types", webURL: "Web URL", topics: "Topics",
            broaderTopics: "Broader topics", authors: "Authors", propertyType: "Property", schemaType: "Type",
            properties: "Properties", dataType: "Data Type", relationValueTypes: "Relation value types",
            renderableType: "Renderable Type", urlRenderable: "URL", personType: "Person", topicType: "Topic",
            english: "English", aiSpace: "AI space", relationDataType: "RELATION",
        ]
        for type in DataType.allCases { if let entity = dataTypeEntity(type) { names[entity] = type.description } }
        return names
    }()

    private static func id(_ hex: StaticString) -> GeoID {
        // The literals above are 32 hex digits; a typo shows up as the nil id in tests.
        GeoID(hex: "\(hex)") ?? GeoID(high: 0, low: 0)
    }
}

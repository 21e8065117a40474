/// A person named on a course, lesson or path, with the part they played.
///
/// Written `person-id` or `person-id:role` in a cell; the role defaults to author.
package struct Credit: Hashable, Sendable {
    package var person: PersonID
    package var role: Role
    /// Whether the cell named the role explicitly (kept so a rewrite does not add it).
    package var roleWasWritten: Bool

    package init(person: PersonID, role: Role = .author, roleWasWritten: Bool = true) {
        self.person = person
        self.role = role
        self.roleWasWritten = roleWasWritten
    }

    /// Reads one list item such as `hamel-husain:instructor`.
    package init(item: String) {
        if let colon = item.firstIndex(of: ":") {
            let id = item[..<colon].trimmingSpaces()
            let role = item[item.index(after: colon)...].trimmingSpaces()
            self.init(person: PersonID(id), role: Role(rawValue: role), roleWasWritten: true)
        } else {
            self.init(person: PersonID(item), role: .author, roleWasWritten: false)
        }
    }

    /// The list item as written in a table.
    package var item: String {
        roleWasWritten ? "\(person.rawValue):\(role.rawValue)" : person.rawValue
    }
}

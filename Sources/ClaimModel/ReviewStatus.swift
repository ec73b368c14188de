/// A reviewer's verdict on a claim, modelled on the statuses of established fact-checking
/// desks (Meedan Check's unstarted / in progress / verified / false, and ClaimReview ratings).
public enum ReviewStatus: String, Codable, Sendable, CaseIterable {
    case unreviewed
    case inProgress = "in-progress"
    case verified
    case mostlyTrue = "mostly-true"
    case misleading
    case disputed
    case `false`
    case unverifiable
    case notAClaim = "not-a-claim"

    /// One line telling a reviewer when to choose this status.
    public var meaning: String {
        switch self {
        case .unreviewed: "nobody has looked at the claim yet"
        case .inProgress: "a reviewer is checking it now"
        case .verified: "the figure matches a reliable source"
        case .mostlyTrue: "accurate in substance, with a minor error or missing context"
        case .misleading: "the figure is right but the claim draws a false impression"
        case .disputed: "reliable sources disagree, or the figure is contested"
        case .false: "the figure is wrong according to a reliable source"
        case .unverifiable: "no source can settle it either way"
        case .notAClaim: "not a checkable statement (opinion, a label, furniture)"
        }
    }

    /// Whether the claim still needs work; open claims are unticked in the checklist.
    public var isOpen: Bool { self == .unreviewed || self == .inProgress }
}

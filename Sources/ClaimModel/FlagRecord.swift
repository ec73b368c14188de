import ClaimAnalysis

/// A flag raised on a claim, as stored.
public struct FlagRecord: Codable, Hashable, Sendable {
    public var id: Int64?
    public var claimId: Int64
    public var kind: FlagKind
    public var text: String
    public var message: String
    public var details: String?

    public init(id: Int64?, claimId: Int64, kind: FlagKind, text: String, message: String, details: String?) {
        self.id = id
        self.claimId = claimId
        self.kind = kind
        self.text = text
        self.message = message
        self.details = details
    }
}

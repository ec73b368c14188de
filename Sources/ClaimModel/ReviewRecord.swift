import Foundation

/// One decision about a claim. Reviews form a history: rows are only ever inserted, and
/// the newest row is the claim's current status.
public struct ReviewRecord: Codable, Hashable, Sendable {
    public var id: Int64?
    public var claimId: Int64
    public var status: ReviewStatus
    public var reviewer: String?
    public var note: String?
    public var evidenceURL: String?
    public var evidenceQuote: String?
    public var createdAt: Date
    /// The status as stored when this ClaimDesk does not know it (one a newer version added,
    /// or a hand edit); `status` is then `inProgress`, so the claim stays open: it is not
    /// ticked, counted as settled or published as a verdict this version cannot read.
    public var unknownStatus: String? = nil

    enum CodingKeys: String, CodingKey {
        case id, claimId, status, reviewer, note, evidenceURL, evidenceQuote, createdAt
    }

    public init(
        id: Int64?, claimId: Int64, status: ReviewStatus, reviewer: String? = nil, note: String? = nil,
        evidenceURL: String? = nil, evidenceQuote: String? = nil, createdAt: Date, unknownStatus: String? = nil
    ) {
        self.id = id
        self.claimId = claimId
        self.status = status
        self.reviewer = reviewer
        self.note = note
        self.evidenceURL = evidenceURL
        self.evidenceQuote = evidenceQuote
        self.createdAt = createdAt
        self.unknownStatus = unknownStatus
    }
}

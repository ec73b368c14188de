/// A claim's place in a review queue: its id and its current status.
public struct QueueEntry: Hashable, Sendable {
    public var claimId: Int64
    public var status: ReviewStatus

    public init(claimId: Int64, status: ReviewStatus) {
        self.claimId = claimId
        self.status = status
    }
}

/// What one reviewer's verdict means next to another's.
extension StoredClaim {
    /// The verdict that a new `status` from `reviewer` would replace as the claim's status:
    /// the current verdict, when it settles the claim, was given by someone else (or by no
    /// one named, while this reviewer is), and says something else. Nil otherwise: an open
    /// claim has no verdict to override, a reviewer may change their own mind, and the same
    /// verdict from a second reviewer agrees with the first.
    ///
    /// Both stay in the history either way; a desk asks or warns before the newer one wins.
    public func verdictOverridden(by reviewer: String?, with status: ReviewStatus) -> ReviewRecord? {
        guard let current = latestReview, !current.status.isOpen, !status.isOpen else { return nil }
        guard current.reviewer != reviewer, current.status != status else { return nil }
        return current
    }
}

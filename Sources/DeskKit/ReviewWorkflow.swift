import ClaimModel
import Foundation

/// The rules of reviewing claims one by one, whatever asks the questions (a terminal, a
/// browser): what a verdict, a note, evidence and a skip record, and when a claim has been
/// settled by someone else meanwhile.
///
/// - A verdict is saved at once, with every note and the evidence given on the claim in
///   this session before it.
/// - A note or evidence is saved at once too, as an in-progress review, so nothing typed is
///   lost if the session ends before the verdict.
/// - A skip records nothing: the claim stays as it was.
/// - A claim given a verdict elsewhere (another session, `mark`) since the queue was read is
///   passed over, not reviewed twice.
public struct ReviewWorkflow {
    /// The claims a session walks: all of them in listing order, and the open ones.
    public struct Queue: Sendable {
        public var all: [QueueEntry]
        /// Open claims, most check-worthy first.
        public var open: [Int64]
        /// A claim's place in the whole listing, from 1: "3/12".
        public var position: [Int64: Int]
        /// Claims that already have a verdict: what a resumed session skips.
        public var settled: Int { all.count - open.count }
    }

    /// What a session finds when it comes to a claim.
    public enum Visit: Sendable {
        /// Still open: show it.
        case open(StoredClaim)
        /// Settled since the queue was read, with this status.
        case settledMeanwhile(ReviewStatus)
    }

    /// What a verdict saved carried with it.
    public struct SavedVerdict: Equatable, Sendable {
        public var status: ReviewStatus
        public var withNote: Bool
        public var withEvidence: Bool

        public init(status: ReviewStatus, withNote: Bool, withEvidence: Bool) {
            self.status = status
            self.withNote = withNote
            self.withEvidence = withEvidence
        }
    }

    /// What became of evidence given on a claim.
    public enum EvidenceOutcome: Equatable, Sendable {
        /// No URL was given: nothing saved.
        case nothing
        /// The URL breaks the evidence rule (`EvidenceURL`): nothing saved.
        case refused(String)
        case saved
    }

    /// Notes and evidence given on a claim in this session, to go with its verdict.
    private struct Carried {
        var notes: [String] = []
        var evidenceURL: String?
        var evidenceQuote: String?
        var isEmpty: Bool { notes.isEmpty && evidenceURL == nil }
    }

    public let store: any DeskStore
    public let reviewer: String?
    private let now: () -> Date
    private var carried: [Int64: Carried] = [:]

    public init(store: any DeskStore, reviewer: String?, now: @escaping () -> Date) {
        self.store = store
        self.reviewer = reviewer
        self.now = now
    }

    /// Forgets the notes and evidence waiting for verdicts (they are saved already), for a
    /// new walk through the queue.
    public mutating func startOver() {
        carried = [:]
    }

    /// The claims of one article, or of the whole store, as a session walks them.
    public func queue(articleId: Int64?) throws -> Queue {
        let all = try store.reviewQueue(articleId: articleId)
        return Queue(
            all: all, open: all.filter { $0.status.isOpen }.map(\.claimId),
            position: Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1.claimId, $0 + 1) }))
    }

    /// The claim as it is now: open, or settled meanwhile.
    public func visit(_ id: Int64) throws -> Visit {
        let stored = try store.claim(id: id)
        return stored.status.isOpen ? .open(stored) : .settledMeanwhile(stored.status)
    }

    /// Whether a note or evidence given in this session waits for the claim's verdict.
    public func hasPending(_ id: Int64) -> Bool {
        carried[id].map { !$0.isEmpty } ?? false
    }

    /// Saves a verdict with the notes and evidence given on the claim before it.
    public mutating func verdict(_ status: ReviewStatus, on id: Int64) throws -> SavedVerdict {
        let extra = carried[id] ?? Carried()
        let note = extra.notes.isEmpty ? nil : extra.notes.joined(separator: "; ")
        try store.mark(
            claim: id,
            ReviewInput(status: status, reviewer: reviewer, note: note, evidenceURL: extra.evidenceURL, evidenceQuote: extra.evidenceQuote),
            at: now())
        carried[id] = nil
        return SavedVerdict(status: status, withNote: note != nil, withEvidence: extra.evidenceURL != nil)
    }

    /// Saves a note as an in-progress review and keeps it for the verdict; false (nothing
    /// saved) when the note is blank.
    public mutating func note(_ text: String, on id: Int64) throws -> Bool {
        let note = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else { return false }
        try store.mark(claim: id, ReviewInput(status: .inProgress, reviewer: reviewer, note: note), at: now())
        carried[id, default: Carried()].notes.append(note)
        return true
    }

    /// Saves evidence (a URL, and a quoted passage if one is given) as an in-progress review
    /// and keeps it for the verdict.
    public mutating func evidence(url: String, quote: String?, on id: Int64) throws -> EvidenceOutcome {
        let url = url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !url.isEmpty else { return .nothing }
        if let problem = EvidenceURL.problem(url) { return .refused(problem) }
        let trimmed = quote?.trimmingCharacters(in: .whitespacesAndNewlines)
        let passage = trimmed?.isEmpty == false ? trimmed : nil
        try store.mark(claim: id, ReviewInput(status: .inProgress, reviewer: reviewer, evidenceURL: url, evidenceQuote: passage), at: now())
        carried[id, default: Carried()].evidenceURL = url
        carried[id, default: Carried()].evidenceQuote = passage
        return .saved
    }
}

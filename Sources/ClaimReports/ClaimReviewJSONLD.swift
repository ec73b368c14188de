import ClaimModel
import Foundation

/// `claimdesk export --format claimreview`: schema.org ClaimReview JSON-LD, the markup fact
/// checks publish so that search engines and fact-check aggregators can show the verdict
/// next to the claim (https://schema.org/ClaimReview).
///
/// The output is a JSON array with one ClaimReview per claim that has a verdict, each a
/// complete JSON-LD node with its own `"@context": "https://schema.org"`, so one element can
/// be pasted alone into a page's `<script type="application/ld+json">`. Claims that are
/// unreviewed, in progress or not a claim have no verdict to publish and are left out.
///
/// Rating scale: schema.org's 1–5 truthfulness scale as the fact-check guidelines of search
/// engines lay it out (1 false, 2 mostly false, 3 half true, 4 mostly true, 5 true), with
/// `bestRating` 5 and `worstRating` 1; `alternateName` carries the verdict in words and is
/// what readers see:
///
/// | status | ratingValue | alternateName |
/// | --- | --- | --- |
/// | `false` | 1 | False |
/// | `disputed` | 2 | Disputed |
/// | `misleading` | 3 | Misleading |
/// | `mostly-true` | 4 | Mostly true |
/// | `verified` | 5 | Verified |
/// | `unverifiable` | none | Unverifiable |
///
/// `misleading` is 3, the scale's "half true": the figure is right, the impression is not.
/// `disputed` is 2: the figure is contested by reliable sources, so it cannot stand as
/// stated. `unverifiable` is no point on a truth scale, so its rating has only
/// `alternateName`: schema.org makes `ratingValue` optional and the guidelines require only
/// the textual rating, and a made-up number would rank it against true and false claims.
public enum ClaimReviewJSONLD {
    /// Who published the review and where each review lives.
    public struct Options: Hashable, Sendable {
        /// The reviewing organisation, the ClaimReview's `author`.
        public var organization: String
        /// Where reviews are published: each review's `url` is this with the claim id
        /// (see `url(base:claimId:)`); no `url` when nil.
        public var baseURL: String?

        public init(organization: String = "ClaimDesk", baseURL: String? = nil) {
            self.organization = organization
            self.baseURL = baseURL
        }
    }

    /// A verdict on the scale: the number (nil for `unverifiable`) and the words.
    public struct Verdict: Hashable, Sendable {
        public var ratingValue: Int?
        public var alternateName: String
    }

    public static let bestRating = 5
    public static let worstRating = 1

    /// The rating of a status, or nil for a status that is not a verdict (`unreviewed`,
    /// `in-progress`, `not-a-claim`).
    public static func verdict(for status: ReviewStatus) -> Verdict? {
        switch status {
        case .false: Verdict(ratingValue: 1, alternateName: "False")
        case .disputed: Verdict(ratingValue: 2, alternateName: "Disputed")
        case .misleading: Verdict(ratingValue: 3, alternateName: "Misleading")
        case .mostlyTrue: Verdict(ratingValue: 4, alternateName: "Mostly true")
        case .verified: Verdict(ratingValue: 5, alternateName: "Verified")
        case .unverifiable: Verdict(ratingValue: nil, alternateName: "Unverifiable")
        case .unreviewed, .inProgress, .notAClaim: nil
        }
    }

    /// The ClaimReviews of the claims with a verdict, in the order given.
    public static func reviews(_ claims: [StoredClaim], articles: [Int64: ArticleRecord], options: Options = Options()) -> [ClaimReview] {
        claims.compactMap { stored in
            guard let verdict = verdict(for: stored.status), let review = stored.latestReview else { return nil }
            let c = stored.claim
            let article = articles[c.articleId]
            let claimAuthor: Agent? =
                if let speaker = c.speaker { Agent(type: agentType(speaker), name: speaker) }
                else if let outlet = c.outlet { Agent(type: "Organization", name: outlet) }
                else { nil }
            let appearance = article.map { a in
                CreativeWork(name: a.title ?? a.source, url: isWebURL(a.source) ? a.source : nil)
            }
            return ClaimReview(
                claimReviewed: c.sentence,
                reviewRating: Rating(
                    ratingValue: verdict.ratingValue,
                    bestRating: verdict.ratingValue == nil ? nil : bestRating,
                    worstRating: verdict.ratingValue == nil ? nil : worstRating,
                    alternateName: verdict.alternateName),
                itemReviewed: ClaimItem(author: claimAuthor, appearance: appearance),
                author: Agent(type: "Organization", name: options.organization),
                datePublished: date(review.createdAt),
                url: options.baseURL.map { url(base: $0, claimId: stored.id) })
        }
    }

    /// The JSON-LD text: an array, `[]` when no claim has a verdict. Keys are sorted, so
    /// the same reviews always give the same bytes. `<` is written `\u003c`, so that no
    /// sentence can close the `<script>` element the JSON-LD is pasted into.
    public static func render(_ claims: [StoredClaim], articles: [Int64: ArticleRecord], options: Options = Options()) throws -> String {
        let reviews = reviews(claims, articles: articles, options: options)
        guard !reviews.isEmpty else { return "[]" }
        // "<" only ever occurs inside JSON strings, where "\u003c" is the same character.
        return try JSONOutput.encode(reviews).replacingOccurrences(of: "<", with: "\\u003c")
    }

    /// A review's address: `base` with `{id}` replaced by the claim id when it holds one
    /// (`https://example.org/checks/{id}.html`), else the id appended, after a `/` unless
    /// `base` already ends in `/`, `#` or `=` (`https://example.org/checks` →
    /// `https://example.org/checks/7`; `https://example.org/checks#claim-` is not special:
    /// use `{id}` for such a scheme).
    public static func url(base: String, claimId: Int64) -> String {
        let id = String(claimId)
        if base.contains("{id}") { return base.replacingOccurrences(of: "{id}", with: id) }
        if base.hasSuffix("/") || base.hasSuffix("#") || base.hasSuffix("=") { return base + id }
        return base + "/" + id
    }

    /// Whether the claim's speaker reads as a body ("Lindenport City Council", "the
    /// ministry", "NATO") rather than a person ("Maria Okafor", "officials"). Speakers are
    /// stored as names, so this goes by the words: an organisation word, or an acronym.
    static func agentType(_ name: String) -> String {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map { word in
            word.trimmingCharacters(in: .punctuationCharacters).replacingOccurrences(of: "'s", with: "")
        }
        let isAcronym: (String) -> Bool = { w in w.count >= 2 && w.allSatisfy { $0.isUppercase && $0.isLetter } }
        if words.contains(where: { organizationWords.contains($0.lowercased()) || isAcronym($0) }) {
            return "Organization"
        }
        return "Person"
    }

    private static let organizationWords: Set<String> = [
        "council", "ministry", "department", "agency", "commission", "office", "authority", "authorities",
        "company", "government", "university", "institute", "bank", "board", "committee", "party", "police",
        "court", "parliament", "senate", "congress", "union", "association", "federation", "foundation",
        "organization", "organisation", "bureau", "centre", "center", "service", "treasury", "kremlin",
        "pentagon", "hospital", "administration", "group", "firm", "corporation", "inc", "ltd", "llc", "plc",
        "fund", "statistics", "embassy", "army", "navy", "military", "municipality",
    ]

    private static func isWebURL(_ source: String) -> Bool {
        guard let url = URL(string: source), let scheme = url.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && url.host?.isEmpty == false
    }

    /// An ISO 8601 calendar date in UTC: "2026-05-28".
    static func date(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }

    // MARK: - The JSON-LD shape

    public struct ClaimReview: Encodable, Sendable {
        public var claimReviewed: String
        public var reviewRating: Rating
        public var itemReviewed: ClaimItem
        public var author: Agent
        public var datePublished: String
        public var url: String?

        enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type", claimReviewed, reviewRating, itemReviewed, author, datePublished, url
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode("https://schema.org", forKey: .context)
            try c.encode("ClaimReview", forKey: .type)
            try c.encode(claimReviewed, forKey: .claimReviewed)
            try c.encode(reviewRating, forKey: .reviewRating)
            try c.encode(itemReviewed, forKey: .itemReviewed)
            try c.encode(author, forKey: .author)
            try c.encode(datePublished, forKey: .datePublished)
            try c.encodeIfPresent(url, forKey: .url)
        }
    }

    public struct Rating: Encodable, Sendable {
        public var ratingValue: Int?
        public var bestRating: Int?
        public var worstRating: Int?
        public var alternateName: String

        enum CodingKeys: String, CodingKey {
            case type = "@type", ratingValue, bestRating, worstRating, alternateName
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode("Rating", forKey: .type)
            try c.encodeIfPresent(ratingValue, forKey: .ratingValue)
            try c.encodeIfPresent(bestRating, forKey: .bestRating)
            try c.encodeIfPresent(worstRating, forKey: .worstRating)
            try c.encode(alternateName, forKey: .alternateName)
        }
    }

    /// The claim as schema.org's Claim: who made it and the article it appeared in.
    public struct ClaimItem: Encodable, Sendable {
        public var author: Agent?
        public var appearance: CreativeWork?

        enum CodingKeys: String, CodingKey { case type = "@type", author, appearance }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode("Claim", forKey: .type)
            try c.encodeIfPresent(author, forKey: .author)
            try c.encodeIfPresent(appearance, forKey: .appearance)
        }
    }

    /// A Person or an Organization, by name.
    public struct Agent: Encodable, Sendable {
        public var type: String
        public var name: String

        enum CodingKeys: String, CodingKey { case type = "@type", name }
    }

    /// The article: its title (or its source when it has none), and its address when it
    /// was added from a web URL. A local file path is not published as a URL.
    public struct CreativeWork: Encodable, Sendable {
        public var name: String
        public var url: String?

        enum CodingKeys: String, CodingKey { case type = "@type", name, url }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode("CreativeWork", forKey: .type)
            try c.encode(name, forKey: .name)
            try c.encodeIfPresent(url, forKey: .url)
        }
    }
}

import ClaimAnalysis
import Testing

@Suite("Document cleanup")
struct DocumentTests {
    @Test("Page furniture lines are dropped", arguments: [
        "Home » Politics » World",
        "Home > News",
        "News » World » Europe",
        "by alex",
        "By Jane Doe, Reuters",
        "What NATO says/Collage by Channel 24 (Photo",
        "Photo: AP",
        "You may also like",
        "Leave a Comment",
        "Leave a reply",
        "Share this article",
        "Read more: the full story",
        "Follow us on Telegram",
        "Advertisement",
    ])
    func furnitureDropped(_ line: String) {
        let document = Document(parsing: "Prices rose 5% in 2023.\n\(line)\nWages fell 2% in 2023.")
        #expect(document.paragraphs == ["Prices rose 5% in 2023.", "Wages fell 2% in 2023."])
    }

    @Test("Article paragraphs are kept, including ones that look a little like furniture", arguments: [
        "By the way, White House press secretary Karine Jean-Pierre added that the trend should cause concern.",
        "She shared 40% of the prize in 2019.",
        "Photographers counted 300 people at the rally.",
        "Home prices rose 5% in 2023.",
    ])
    func paragraphKept(_ line: String) {
        let document = Document(parsing: "Intro sentence here.\n\(line)\n")
        #expect(document.paragraphs == ["Intro sentence here.", line])
    }

    @Test("Paragraphs are trimmed, blank lines dropped, and the text joined by blank lines")
    func paragraphs() {
        let document = Document(parsing: "  First paragraph.  \n\n\n\tSecond paragraph.\r\n\nThird one.\n")
        #expect(document.paragraphs == ["First paragraph.", "Second paragraph.", "Third one."])
        #expect(document.text == "First paragraph.\n\nSecond paragraph.\n\nThird one.")
    }

    @Test("A repeated headline is kept once and becomes the title")
    func headline() {
        let document = Document(parsing: "Big news today\n\nBig news today\n\nPrices rose 5% in 2023.")
        #expect(document.paragraphs == ["Big news today", "Prices rose 5% in 2023."])
        #expect(document.title == "Big news today")
    }

    @Test("A first line that ends with a full stop is no title")
    func noHeadline() {
        #expect(Document(parsing: "Prices rose 5% in 2023.\nThen they fell.").title == nil)
    }

    @Test("Furniture never reaches claims: a figure inside a dropped line is not read")
    func furnitureHasNoClaims() {
        let analysis = ClaimAnalyzer().analyze("Home » News » 24 things\nPhoto: 5 people\nWages fell 2% in 2023, Jane Doe said.")
        #expect(analysis.claims.count == 1)
        #expect(analysis.claims.first?.sentence == "Wages fell 2% in 2023, Jane Doe said.")
    }
}

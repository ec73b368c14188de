@testable import ClaimReports
import Testing

/// How reports embed text from articles and reviewers (`Markdown`).
@Suite struct MarkdownTests {
    @Test(arguments: [
        ("https://example.org/accounts", "https://example.org/accounts"),
        ("https://example.org/a?b=c&d=e#f", "https://example.org/a?b=c&d=e#f"),
        ("https://example.org/a%20b", "https://example.org/a%20b"),
        ("https://example.org/100%", "https://example.org/100%25"),
        ("https://example.org/%zz", "https://example.org/%25zz"),
        ("https://en.wikipedia.org/wiki/Port_(city)", "https://en.wikipedia.org/wiki/Port_%28city%29"),
        ("https://de.wikipedia.org/wiki/Überlingen", "https://de.wikipedia.org/wiki/%C3%9Cberlingen"),
        ("https://example.org/a>)<script>alert(1)</script>", "https://example.org/a%3E%29%3Cscript%3Ealert%281%29%3C/script%3E"),
        ("https://example.org/a b\n# c\\d\"e`f{g}|^", "https://example.org/a%20b%0A#%20c%5Cd%22e%60f%7Bg%7D%7C%5E"),
        ("sample one.md", "sample%20one.md"),
    ])
    func linkTargetsArePercentEncoded(_ url: String, _ expected: String) {
        #expect(Markdown.linkTarget(url) == expected)
    }
}

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

extension MarkdownTests {
    @Test(arguments: [
        ("plain", "`plain`"),
        ("a`b", "``a`b``"),
        ("a``b`c", "```a``b`c```"),
        ("`start", "`` `start ``"),
        ("end`", "`` end` ``"),
        (" both ", "`  both  `"),
        (" left", "` left`"),
        ("   ", "`   `"),
        ("", "` `"),
        ("two\nlines", "`two lines`"),
        ("a`<img src=x onerror=alert(1)>`.txt", "``a`<img src=x onerror=alert(1)>`.txt``"),
    ])
    func codeSpansAreSizedToTheirContent(_ text: String, _ expected: String) {
        #expect(Markdown.code(text) == expected)
    }

    @Test(arguments: [
        ("*exactly* [roads] `x` a_b | c \\ d > e", "\\*exactly\\* \\[roads\\] \\`x\\` a\\_b \\| c \\\\ d \\> e"),
        ("<script>alert(1)</script>", "&lt;script\\>alert(1)&lt;/script\\>"),
        ("&lt; and &#60; and S&P and a & b", "&amp;lt; and &amp;#60; and S&amp;P and a & b"),
        ("fine\n# heading\n- [x] item\r\n> quote", "fine # heading - \\[x\\] item \\> quote"),
        ("bell\u{07} esc\u{1B}[2J", "bell\u{FFFD} esc\u{FFFD}\\[2J"),
    ])
    func inlineTextIsEscapedOnOneLine(_ text: String, _ expected: String) {
        #expect(Markdown.escape(text) == expected)
    }

    @Test(arguments: [
        ("# 5 was the rank", "\\# 5 was the rank"),
        ("- 5% fell", "\\- 5% fell"),
        ("+5%", "\\+5%"),
        ("=== ", "\\=== "),
        ("~~~", "\\~~~"),
        ("1. Officials said", "1\\. Officials said"),
        ("2024) was", "2024\\) was"),
        ("7.", "7\\."),
        ("7.5", "7.5"),
        ("   indented", "indented"),
        ("1.2 million", "1.2 million"),
        ("Officials said", "Officials said"),
        ("\\> already escaped", "\\> already escaped"),
    ])
    func blockStartsAreNeutralised(_ escaped: String, _ expected: String) {
        #expect(Markdown.blockStart(escaped) == expected)
    }
}

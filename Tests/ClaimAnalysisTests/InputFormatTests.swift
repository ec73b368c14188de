@testable import ClaimAnalysis
import Testing

/// SplitMix64, as in TestSupport (which this target does not link): a seeded generator, so
/// that a failing fuzz case can be replayed from its seed.
private struct Seeded: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }
}

private func html(_ source: String) -> [String] { HTMLText.paragraphs(source) }
private func markdown(_ source: String) -> [String] { MarkdownText.paragraphs(source) }

/// What every converter output must be: non-empty, trimmed, one line per paragraph.
private func expectWellFormed(_ paragraphs: [String], _ input: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for paragraph in paragraphs {
        #expect(!paragraph.isEmpty, "empty paragraph from \(input.debugDescription)", sourceLocation: sourceLocation)
        let hasNewline = paragraph.contains { $0.isNewline }
        #expect(!hasNewline, "newline in \(paragraph.debugDescription) from \(input.debugDescription)", sourceLocation: sourceLocation)
        #expect(paragraph.first?.isWhitespace != true && paragraph.last?.isWhitespace != true,
                "untrimmed \(paragraph.debugDescription) from \(input.debugDescription)", sourceLocation: sourceLocation)
    }
}

@Suite("Article formats: detection")
struct ArticleFormatTests {
    @Test("The extension decides first", arguments: [
        ("story.html", ArticleFormat.html), ("story.HTM", .html), ("a/b.xhtml", .html), ("notes.md", .markdown),
        ("notes.Markdown", .markdown), ("story.txt", .text), ("README", .text), (".html", .text), ("dir.md/story", .text),
    ])
    func byExtension(path: String, format: ArticleFormat) {
        #expect(ArticleFormat.detect(path: path, content: "Prices rose 5% in 2023.") == format)
    }

    @Test("An HTML extension wins over text-looking content, and a Markdown one over HTML-looking content")
    func extensionWins() {
        #expect(ArticleFormat.detect(path: "a.html", content: "# Not markdown") == .html)
        #expect(ArticleFormat.detect(path: "a.md", content: "<!DOCTYPE html><p>x</p>") == .markdown)
    }

    @Test("Other files are sniffed for HTML", arguments: [
        ("<!DOCTYPE html>\n<html><body>x</body></html>", ArticleFormat.html),
        ("\u{FEFF}  \n<!doctype HTML><title>x</title>", .html),
        ("  <HTML lang=en>", .html),
        ("Intro\n<P>Prices rose 5%.</P>", .html),
        ("Intro <p class=\"lead\">x", .html),
        ("text then <BODY>", .html),
        ("Prices rose 5% in 2023.\nWages fell.", .text),
        ("# A heading\n\n*emphasis*", .text),
        ("if a<b and b>c then <pre> stays text", .text),
        ("<html", .html),
        ("", .text),
    ])
    func sniffed(content: String, format: ArticleFormat) {
        #expect(ArticleFormat.detect(path: "article.txt", content: content) == format)
        #expect(ArticleFormat.detect(path: "article", content: content) == format)
    }
}

@Suite("Article formats: HTML to text")
struct HTMLTextTests {
    @Test("Named, numeric and hexadecimal entities are decoded; unknown ones stay as written")
    func entities() {
        #expect(html("<p>A &amp; B &lt;tag&gt; &quot;q&quot; &apos;s &ndash; &mdash; &hellip;</p>")
            == ["A & B <tag> \"q\" 's – — …"])
        #expect(html("<p>&lsquo;a&rsquo; &ldquo;b&rdquo; &euro;5 &pound;6 &yen;7 &cent;8 20&deg; &frac12; 3&times;4</p>")
            == ["‘a’ “b” €5 £6 ¥7 ¢8 20° ½ 3×4"])
        #expect(html("<p>it&#8217;s &#x2019;&#X201C; &#39;x&#39; &#233;t&#xE9;</p>") == ["it’s ’“ 'x' été"])
        #expect(html("<p>&unknown; AT&T &amp &#; &#x; &#xZZ; fish &chips;</p>") == ["&unknown; AT&T &amp &#; &#x; &#xZZ; fish &chips;"])
        // Browsers read 128–159 as Windows-1252; 0 and out-of-range values become U+FFFD.
        #expect(html("<p>&#150; &#147;x&#148; &#0; &#x110000; &#xD800;</p>") == ["– “x” \u{FFFD} \u{FFFD} \u{FFFD}"])
        // Numeric references may omit the semicolon; named ones may not.
        #expect(html("<p>&#8364 5 &euro 5</p>") == ["€ 5 &euro 5"])
    }

    @Test("Non-breaking and other entity spaces collapse like ordinary whitespace")
    func entitySpaces() {
        #expect(html("<p>  5&nbsp;000 \n\t km&#10;&#160; away&thinsp;now </p>") == ["5 000 km away now"])
        #expect(html("<p>&nbsp;</p><p>x</p>") == ["x"])
        #expect(html("<p>soft&shy;ware</p>") == ["software"])
    }

    @Test("Scripts, styles and other dropped elements leave nothing behind")
    func droppedElements() {
        let page = """
            <html><head><title>T</title><style>p { color: red } </p></style>
            <script>var s = "<p>not text</p>"; if (a < b && c > d) {}</script></head>
            <body><h1>Headline</h1>
            <nav><ul><li>Home<li>World</ul></nav>
            <p>Prices rose 5% in 2023.</p>
            <noscript><p>Enable JavaScript</p></noscript>
            <template><p>template text</p></template>
            <svg viewBox="0 0 10 10"><title>icon</title><text>42</text></svg>
            <iframe src="x"><p>frame</p></iframe>
            <aside><p>aside text</p></aside>
            <form><label>Name</label><select><option>Option 9</option></select><textarea>typed <b>5</b></textarea><button>Send</button></form>
            <footer><p>Footer 2024</p></footer>
            <SCRIPT type="text/javascript">document.write("</scr" + "ipt>")</SCRIPT >
            <p>Wages fell 2%.</p></body></html>
            """
        #expect(html(page) == ["Headline", "Prices rose 5% in 2023.", "Wages fell 2%."])
    }

    @Test("Elements whose class or id names page furniture are dropped; the article's own are not")
    func furnitureClasses() {
        let page = """
            <body class="post comments-open has-related"><article class="share-friendly">
            <p>Kept one.</p>
            <div class="c-share-bar"><a>Facebook</a></div>
            <ul id="socialLinks"><li>X</li></ul>
            <section class="related-stories"><h2>More</h2><div><div>nested</div></div></section>
            <div id="comments"><p>Great article!</p></div>
            <div class="newsletter-signup">Sign up</div>
            <nav class="breadcrumbs">Home</nav>
            <p class="byline">By Jane Doe</p>
            <div class="commentary"><p>Kept two.</p></div>
            <p>Kept <span class="share-count">12 shares</span>three.</p>
            </article></body>
            """
        #expect(html(page) == ["Kept one.", "Kept two.", "Kept three."])
    }

    @Test("Headings, paragraphs, list items and block quotes are separate paragraphs; inline elements are not")
    func blocks() {
        let page = """
            <h1>Title</h1><h2>Sub<em>title</em></h2><p>One <a href="/x">linked</a>, <strong>strong</strong>,
            <b>b</b>, <i>i</i>, <span>span</span> and 10<sup>3</sup>.</p><ul><li>First item<li>Second item</ul>
            <blockquote>Quoted</blockquote><div>Div<div>Inner</div>Tail</div>Line<br>break<br/>again<hr>rule
            <section><article><p>Deep</p></article></section><figure><figcaption>Caption</figcaption></figure>
            """
        #expect(html(page) == [
            "Title", "Subtitle", "One linked, strong, b, i, span and 103.", "First item", "Second item",
            "Quoted", "Div", "Inner", "Tail", "Line", "break", "again", "rule", "Deep", "Caption",
        ])
    }

    @Test("Table rows are paragraphs with their cells joined by ' | '")
    func tables() {
        let page = "<table><tr><th>Year</th><th>Ships</th></tr><tr><td>2024</td><td>1,200</td></tr><tr><td></td><td>x</td></tr></table>"
        #expect(html(page) == ["Year | Ships", "2024 | 1,200", "x"])
    }

    @Test("The title is the first paragraph only when there is no h1 with text")
    func title() {
        #expect(html("<html><head><title>Port &amp; budget</title></head><body><p>Text.</p></body></html>") == ["Port & budget", "Text."])
        #expect(html("<head><title>Page title</title></head><h1>Real headline</h1><p>Text.</p>") == ["Real headline", "Text."])
        #expect(html("<head><title>Page title</title></head><h1><img src=logo.png></h1><p>Text.</p>") == ["Page title", "Text."])
        #expect(html("<title>Same</title><p>Same</p>") == ["Same"])
        #expect(html("<svg><title>icon</title></svg><p>Text.</p>") == ["Text."])
    }

    @Test("A head that is never closed ends where the body starts, as in a browser")
    func unclosedHead() {
        #expect(html("<html><head><meta charset=utf-8><title>T</title><body><p>Body text.</p>") == ["T", "Body text."])
        #expect(html("<head><link rel=x><p>Body text.</p>") == ["Body text."])
        #expect(html("<head><meta charset=utf-8>Loose text") == ["Loose text"])
    }

    @Test("Whitespace runs collapse to one space inside a paragraph")
    func whitespace() {
        #expect(html("<p>\n   Prices\n\n rose\t\t5%   in\r\n2023.   </p>") == ["Prices rose 5% in 2023."])
        #expect(html("<p><span> a </span> <span> b </span></p>") == ["a b"])
    }

    @Test("Malformed HTML is read the way a browser would, without crashing", arguments: [
        ("<p>Unclosed <b>bold <i>italic <p>Next", ["Unclosed bold italic", "Next"]),
        ("<p>3 < 4 and 5 <= 6, a<-b</p>", ["3 < 4 and 5 <= 6, a<-b"]),
        ("if a<b then", ["if a<b then"]),
        ("<p>x</p> if a<b then", ["x", "if a<b then"]),
        ("<p title=\"a > b\" data-x='c > d'>Quoted</p>", ["Quoted"]),
        ("<p title=\"never closed>Text</p><p>More</p>", ["Text", "More"]),
        ("Before<!-- a <p>comment</p> -->After", ["BeforeAfter"]),
        ("Before<!---->After<!-->Also", ["BeforeAfterAlso"]),
        ("Kept<!-- never closed <p>hidden</p>", ["Kept"]),
        ("<p>Data: <![CDATA[5 < 6 & 7]]> end</p>", ["Data: 5 < 6 & 7 end"]),
        ("<p><![CDATA[unclosed", ["unclosed"]),
        ("<!DOCTYPE html><?xml version=\"1.0\"?><p>Text</p>", ["Text"]),
        ("<p>Text</p></div></span></p></nav>After", ["Text", "After"]),
        ("<p>Text</ p>More</>", ["TextMore"]),
        ("<p>Tail </", ["Tail </"]),
        ("<p>Tail <", ["Tail <"]),
        ("<p>Tail &", ["Tail &"]),
        ("<p>Tail &#", ["Tail &#"]),
        ("<p>x</p><div class=\"share", ["x", "<div class=\"share"]),
        ("<script>never closed <p>x</p>", []),
        ("<nav><p>never closed", []),
        ("Text<br/ ><img src=a.png/><p/>After", ["Text", "After"]),
        ("<div/><svg/><p>After svg</p>", ["After svg"]),
        ("<<p>>x<</p>>", ["<", ">x<", ">"]),
        ("<a href=x>link</a ><b >bold< /b>", ["linkbold< /b>"]),
        ("", []),
        ("<", ["<"]),
        ("<>", ["<>"]),
        ("</>", []),
        ("<p", ["<p"]),
        ("<p>", []),
        ("&", ["&"]),
    ])
    func malformed(source: String, expected: [String]) {
        let paragraphs = html(source)
        #expect(paragraphs == expected)
        expectWellFormed(paragraphs, source)
    }

    /// A random well-formed document and the text a reader sees in it.
    private static func document(_ rng: inout Seeded, depth: Int = 0) -> (html: String, text: String) {
        let words = ["Prices", "rose", "5%", "in", "2023", "€31", "1,200", "café", "naïve", "“quoted”", "x", "a-b", "3.5"]
        let spaces = [" ", "  ", "\n", "\t", " \n "]
        let inline = ["a", "span", "em", "strong", "b", "i", "sup", "sub", "small", "mark", "abbr", "u", "s", "q", "cite"]
        let block = ["p", "div", "h2", "h3", "blockquote", "section", "article", "header", "main", "figcaption"]
        let attributes = ["", " class=\"lead\"", " href=\"/a>b\"", " title='5 > 4 \"ok\"'", " id=x-1", " data-n=3 hidden",
                          " CLASS=\"Body-Text\"", " title=\"a<b\""]
        var html = ""
        var text = ""
        for _ in 0..<(1 + rng.below(5)) {
            switch rng.below(depth >= 4 ? 3 : 9) {
            case 0, 1, 2:
                let word = rng.pick(words)
                let space = rng.pick(spaces)
                if rng.below(6) == 0 {
                    html += "&amp;" + space
                    text += "&" + space
                }
                html += word + space
                text += word + space
            case 3, 4:
                let name = rng.pick(inline)
                let inner = document(&rng, depth: depth + 1)
                html += "<\(name)\(rng.pick(attributes))>\(inner.html)</\(name)>"
                text += inner.text
            case 5, 6:
                let name = rng.pick(block)
                let inner = document(&rng, depth: depth + 1)
                html += "<\(name)\(rng.pick(attributes))>\(inner.html)</\(name.uppercased())>"
                text += " \(inner.text) "
            case 7:
                let inner = document(&rng, depth: depth + 1)
                html += "<ul><li>\(inner.html)</li></ul>"
                text += " \(inner.text) "
            default:
                html += rng.pick(["<!-- a <b>comment</b> -->", "<br>", "<br/>", "<hr>", "<img alt=\"9 km\" src=x.png>", "<wbr>"])
                text += " "
            }
        }
        return (html, text)
    }

    @Test("Fuzz: in 400 random well-formed documents, every word outside tags comes out, in order")
    func wellFormedFuzz() {
        var rng = Seeded(seed: 0x4854_4D4C)
        for round in 0..<400 {
            let (source, text) = Self.document(&rng)
            let page = rng.below(2) == 0 ? source : "<!DOCTYPE html><html><head><title>T</title></head><body><h1>H</h1>\(source)</body></html>"
            let expected = (page == source ? "" : "H ") + text
            let paragraphs = html(page)
            let words = paragraphs.joined(separator: " ").split(whereSeparator: \.isWhitespace)
            #expect(words == expected.split(whereSeparator: \.isWhitespace), "round \(round): \(page.debugDescription)")
            expectWellFormed(paragraphs, page)
        }
    }

    @Test("Fuzz: 600 random fragments of broken markup never crash and give clean paragraphs")
    func brokenFuzz() {
        let pieces = [
            "<", ">", "</", "/>", "<!--", "-->", "<![CDATA[", "]]>", "\"", "'", "&", "&amp;", "&#", "&#x", "&#12", ";",
            "=", "/", "p", "<p>", "</p>", "<div", "class=share", "<script>", "</script>", "<style>", "<title>",
            "</title>", "<head>", "</head>", "<body>", "<nav>", "</nav>", "<svg/>", "<b", "<?", "<!", "<!DOCTYPE html>",
            " ", "\n", "\t", "text", "5%", "é", "😀", "<td>", "<tr>", "<br>", "<h1>", "</h1>", "x", "\r\n", "&nbsp;",
        ]
        var rng = Seeded(seed: 0xB20C_E2)
        for _ in 0..<600 {
            var source = ""
            for _ in 0..<rng.below(120) { source += rng.pick(pieces) }
            let paragraphs = html(source)
            expectWellFormed(paragraphs, source)
            expectWellFormed(markdown(source), source)
        }
    }

    @Test("Pathological inputs take linear time", .timeLimit(.minutes(1)))
    func linearTime() {
        let size = 200_000
        let inputs = [
            String(repeating: "<a ", count: size / 3),
            String(repeating: "<a b=\"", count: size / 6) + ">",
            String(repeating: "<!x", count: size / 3) + ">",
            String(repeating: "</ ", count: size / 3) + ">",
            String(repeating: "<nav><div>", count: size / 10) + String(repeating: "</b>", count: size / 4),
            String(repeating: "&#1234567890", count: size / 12),
            String(repeating: "<script>", count: size / 8),
            String(repeating: "<p>x ", count: size / 5),
        ]
        for input in inputs {
            let paragraphs = html(input)
            expectWellFormed(paragraphs, String(input.prefix(40)))
        }
    }
}

@Suite("Article formats: Markdown to text")
struct MarkdownTextTests {
    @Test("ATX and setext headings are paragraphs of their own")
    func headings() {
        #expect(markdown("# Title\nBody text.\n## Sub heading ##\n###### Six") == ["Title", "Body text.", "Sub heading", "Six"])
        #expect(markdown("Big title\n=========\nBody.\n\nSmaller\n---\nMore.") == ["Big title", "Body.", "Smaller", "More."])
        #expect(markdown("#hashtag and #5 are text") == ["#hashtag and #5 are text"])
        #expect(markdown("####### seven is text") == ["####### seven is text"])
        #expect(markdown("# C# #") == ["C#"])
    }

    @Test("Emphasis markers go; intraword underscores and multiplication stay")
    func emphasis() {
        #expect(markdown("*a* **b** _c_ __d__ ***e*** **_f_**") == ["a b c d e f"])
        #expect(markdown("Prices rose **5%** in _2023_.") == ["Prices rose 5% in 2023."])
        #expect(markdown("file_name and snake_case_var and __init__") == ["file_name and snake_case_var and init"])
        #expect(markdown("3 * 4 = 12 and 3*4*5 = 60 and 2**10 = 1024") == ["3 * 4 = 12 and 3*4*5 = 60 and 2**10 = 1024"])
        #expect(markdown("a * b * c, 5 * 6") == ["a * b * c, 5 * 6"])
        #expect(markdown("*unclosed emphasis and **unclosed strong") == ["*unclosed emphasis and **unclosed strong"])
        #expect(markdown("**bold across\nlines**") == ["bold across lines"])
    }

    @Test("Links keep their text; images, definitions and footnote marks go")
    func links() {
        #expect(markdown("See [the report](https://x.example/a_(b) \"Title\") on 5% growth.") == ["See the report on 5% growth."])
        #expect(markdown("Per [the *authority*][port] and [Reuters][], [ports].\n\n[port]: https://p.example\n[Reuters]: <https://r.example> 'R'\n[ports]: /ports (Ports)")
            == ["Per the authority and Reuters, ports."])
        #expect(markdown("The minister [sic] said [2] things.") == ["The minister [sic] said [2] things."])
        #expect(markdown("![A dredger](/img/d.jpg) Text ![alt][ref] here.\n\n[ref]: /r.png") == ["Text here."])
        #expect(markdown("Growth was 5%[^1].\n\n[^1]: Source: the 2024 report.") == ["Growth was 5%.", "Source: the 2024 report."])
        #expect(markdown("Mail <jane@ledger.example> or see <https://ledger.example/a>.") == ["Mail jane@ledger.example or see https://ledger.example/a."])
        #expect(markdown("[unclosed link(x) and [a](b") == ["[unclosed link(x) and [a](b"])
    }

    @Test("Inline code keeps its text as written; fenced code blocks are dropped")
    func code() {
        #expect(markdown("Run `a*b*c` and `<b>&amp;` and ``x ` y``.") == ["Run a*b*c and <b>&amp; and x ` y."])
        #expect(markdown("Before.\n\n```swift\nlet x = 5 // 5%\n```\n\nAfter.") == ["Before.", "After."])
        #expect(markdown("Before.\n~~~~\ncode\n```\nstill code\n~~~~\nAfter.") == ["Before.", "After."])
        #expect(markdown("Before.\n> ```\n> quoted code\n> ```\nAfter.") == ["Before.", "After."])
        #expect(markdown("Unclosed `tick and ``two") == ["Unclosed `tick and ``two"])
    }

    @Test("Block quote markers, list markers and rules are removed; each item is a paragraph")
    func blocks() {
        #expect(markdown("> Quoted line one\n> line two\n>\n> > Nested 5%") == ["Quoted line one line two", "Nested 5%"])
        #expect(markdown("- First\n- Second\n* Third\n+ Fourth\n1. Fifth\n2) Sixth\n  - Nested item") ==
            ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Nested item"])
        #expect(markdown("- Item that\n  continues here\n- Next") == ["Item that continues here", "Next"])
        #expect(markdown("Above\n\n---\n***\n_ _ _\n\nBelow") == ["Above", "Below"])
        #expect(markdown("2024. A year of records.\n\nThe count rose in\n2023. Then it fell.") ==
            ["2024. A year of records.", "The count rose in 2023. Then it fell."])
        #expect(markdown("-5% was the change\n*not a list*") == ["-5% was the change not a list"])
    }

    @Test("Table rows are paragraphs with their cells joined by ' | '")
    func tables() {
        let table = "Intro.\n\n| Year | Ships |\n|------|:-----:|\n| 2024 | **1,200** |\n| 2025 | 1,300 \\| est. |\n\nAfter."
        #expect(markdown(table) == ["Intro.", "Year | Ships", "2024 | 1,200", "2025 | 1,300 | est.", "After."])
        #expect(markdown("Year | Ships\n--- | ---\n2024 | 5") == ["Year | Ships", "2024 | 5"])
        #expect(markdown("a | b without a delimiter row") == ["a | b without a delimiter row"])
    }

    @Test("Inline HTML is stripped and entities decoded; a lone < is text")
    func inlineHTML() {
        #expect(markdown("Prices <b>rose</b> 5% &amp; <span class=\"x\">more</span> &euro;3.") == ["Prices rose 5% & more €3."])
        #expect(markdown("if a < b and 3<4 and x<y then") == ["if a < b and 3<4 and x<y then"])
        #expect(markdown("Text <!-- a comment --> on.") == ["Text on."])
        #expect(markdown("Escaped \\*stars\\* and \\<b> and \\&amp;") == ["Escaped *stars* and <b> and &amp;"])
        #expect(markdown("<script>var x = 5;</script>\nKept.") == ["Kept."])
    }

    @Test("Lines of a paragraph join with a space, hard breaks included; blank lines separate paragraphs")
    func paragraphs() {
        #expect(markdown("Line one  \nline two\\\nline three\n\n\nNext paragraph.") ==
            ["Line one line two line three", "Next paragraph."])
    }

    @Test("Front matter is dropped; its title leads when there is no level-1 heading")
    func frontMatter() {
        #expect(markdown("---\ntitle: \"Port budget\"\ndate: 2024-03-03\n---\nText 5%.") == ["Port budget", "Text 5%."])
        #expect(markdown("---\ntitle: Port budget\n---\n# Real title\nText.") == ["Real title", "Text."])
        #expect(markdown("---\nnot front matter, no end") == ["not front matter, no end"])
    }

    @Test("Fuzz: 600 random Markdown fragments never crash and give clean paragraphs")
    func fuzz() {
        let pieces = [
            "*", "**", "_", "__", "`", "```", "~~~", "[", "]", "(", ")", "![", "[^", "]:", "<", ">", "> ", "# ", "#",
            "- ", "1. ", "|", "---", "===", "\\", "&", "&amp;", "<b>", "</b>", "<!--", "-->", " ", "  ", "\n", "\n\n",
            "word", "5%", "3 * 4", "snake_case", "é", "😀", "http://x.y", "<https://x.y>", "\t", "\r\n", ":",
        ]
        var rng = Seeded(seed: 0x4D44)
        for _ in 0..<600 {
            var source = ""
            for _ in 0..<rng.below(120) { source += rng.pick(pieces) }
            expectWellFormed(markdown(source), source)
        }
    }

    @Test("Pathological Markdown takes linear time", .timeLimit(.minutes(1)))
    func linearTime() {
        let inputs = [
            String(repeating: "[", count: 100_000),
            String(repeating: "[a](", count: 30_000),
            String(repeating: "`", count: 1) + String(repeating: "x ``` ", count: 20_000),
            String(repeating: "*a _b ", count: 30_000),
            String(repeating: "<a x=\"", count: 20_000),
            String(repeating: "<!-- ", count: 20_000),
            String(repeating: "> ", count: 50_000) + "deep",
        ]
        for input in inputs { expectWellFormed(markdown(input), String(input.prefix(40))) }
    }
}

@Suite("Article formats: plain text for Document")
struct ArticleTextTests {
    @Test("Plain text passes through, with only the BOM and line ends normalized")
    func text() {
        #expect(ArticleText.plain("\u{FEFF}One.\r\nTwo.\rThree.\n", format: .text) == "One.\nTwo.\nThree.\n")
        #expect(ArticleText.plain("  as written  \n\n\n", format: .text) == "  as written  \n\n\n")
    }

    @Test("HTML and Markdown become paragraphs separated by blank lines, BOM and CRLF handled")
    func converted() {
        #expect(ArticleText.plain("\u{FEFF}<p>One\r\ntwo.</p>\r\n<p>Three.</p>", format: .html) == "One two.\n\nThree.")
        #expect(ArticleText.plain("\u{FEFF}# Title\r\n\r\nOne\r\ntwo.\r\n", format: .markdown) == "Title\n\nOne two.")
        #expect(ArticleText.plain("<script>x</script>", format: .html) == "")
    }

    private static let plainArticle = """
        Harbour fees rise again

        The port authority raised berth fees by 6% on Monday, its third rise since 2022.

        "Ships are bigger and stay longer," said harbour master Tom Reyes.

        Fees now bring in €12 million a year, according to the authority.
        """

    @Test("The same article as text, HTML and Markdown gives the same claims")
    func sameClaims() {
        let page = """
            <!doctype html><html><head><title>Harbour fees rise again | Ledger</title></head><body>
            <nav><a href="/">Home</a> <a href="/port">Port</a></nav>
            <h1>Harbour fees rise again</h1><p class="byline">By Ann Poe | 4 June 2026</p>
            <p>The port authority raised berth fees by <b>6%</b> on Monday,
            its third rise since 2022.</p>
            <p>&quot;Ships are bigger and stay longer,&quot; said harbour master Tom Reyes.</p>
            <div class="share"><a>Share on Facebook</a></div>
            <p>Fees now bring in &euro;12 million a year, according to the authority.</p>
            <footer>&copy; 2026 Ledger</footer><script>track(99)</script></body></html>
            """
        let md = """
            # Harbour fees rise again

            _By Ann Poe | 4 June 2026_

            The port authority raised berth fees by **6%** on Monday,
            its third rise since 2022.

            > "Ships are bigger and stay longer," said harbour master [Tom Reyes](https://x.example).

            Fees now bring in €12 million a year, according to the [authority][a].

            [a]: https://port.example
            """
        func summary(_ text: String) -> [String] {
            ClaimAnalyzer().analyze(text).claims.map { claim in
                claim.sentence + " → " + claim.quantities.map { "\($0)" }.joined(separator: "; ")
            }
        }
        let expected = summary(Self.plainArticle)
        #expect(expected.count == 2)
        let fromHTML = ArticleText.plain(page, format: .html)
        let fromMarkdown = ArticleText.plain(md, format: .markdown)
        #expect(summary(fromHTML) == expected)
        #expect(summary(fromMarkdown) == expected)
        #expect(Document(parsing: fromHTML).title == "Harbour fees rise again")
        #expect(Document(parsing: fromMarkdown).title == "Harbour fees rise again")
        #expect(Document(parsing: fromHTML).paragraphs == Document(parsing: Self.plainArticle).paragraphs)
        #expect(Document(parsing: fromMarkdown).paragraphs.count == Document(parsing: Self.plainArticle).paragraphs.count)
    }
}

@Suite("Article formats: page furniture")
struct InputFurnitureTests {
    /// Each furniture line, and a real sentence with a figure that starts the same way.
    static let pairs: [(furniture: String, sentence: String)] = [
        ("Home » Port » Dredging", "Home sales in the port district rose 5% in 2024."),
        ("By Jane Doe | March 3, 2024", "By March 3, 2024, the harbour had handled 1.2 million containers."),
        ("By Jane Doe and John Roe, Reuters", "By Tuesday, 40% of the council had voted"),
        ("BY PETRA LINDQVIST · 12 May 2026 · 4 min read", "By 2030 the port will handle 2 million containers"),
        ("By J. R. Okafor, Lindenport Ledger", "By Council vote the budget rose to $48.5 million"),
        ("Jane Doe, Staff Writer", "Jane Doe, a staff writer, counted 300 ships in 2024."),
        ("Tom Reyes, Business Correspondent, Lindenport Ledger", "Tom Reyes, Business Correspondent, said 12 berths were idle."),
        ("You may also like", "You may also like to know that 62% of freight arrives by sea."),
        ("Leave a Comment", "Leave a comment rate of 3% is typical, the study found."),
        ("Share on Facebook", "Share on the Lindenport exchange rose 5% in 2024."),
        ("Share this:", "Share this year's budget of $48.5 million fairly, the mayor said."),
        ("Share via Email", "Share via the new fund rose to 12% in 2025."),
        ("Copy link", "Copy links between the two terminals cost $4 million."),
        ("Tweet this", "Tweet this week drew 5,000 replies, the city said."),
        ("Photo: AP", "Photos taken in 2024 show 300 ships at anchor."),
        ("(Photo: Reuters/John Smith)", "The port (photographed in 2019) handled 5% more freight."),
        ("Image credit: Lindenport Port Authority", "Image credits for the 2024 campaign cost $5,000."),
        ("© 2024 Reuters", "Copyright fees rose 12% in 2024."),
        ("Copyright © 2026 Lindenport Ledger. All rights reserved.", "Copyright claims rose 12% in 2024, the office said."),
        ("Updated 10:45 GMT", "Updated figures show 1,300 jobs were created in 2025."),
        ("Published: March 3, 2024", "Published data put the deficit at $4 million in 2024."),
        ("Last updated on Tuesday 3 March 2024 at 10:45 a.m. ET", "Last updated in 2019, the plan assumed 9% growth."),
        ("Advertisement", "Advertisement spending rose 8% in 2024."),
        ("Advertisement - Scroll to continue", "Advertisement revenue fell 3% in 2025."),
        ("Skip to content", "Skipping to content cuts saved the council $3 million."),
        ("Sign up for our newsletter", "Sign up for our newsletter rose 40% after the 2024 redesign."),
        ("Sign up for our newsletter: the port news every morning at 7am", "Sign-ups for the newsletter rose 40% in 2024."),
    ]

    @Test("Furniture is dropped and the look-alike sentence with a figure is kept", arguments: pairs.indices)
    func furnitureAndLookalike(index: Int) {
        let (furniture, sentence) = Self.pairs[index]
        let dropped = Document(parsing: "Prices rose 5% in 2023.\n\(furniture)\nWages fell 2% in 2023.")
        #expect(dropped.paragraphs == ["Prices rose 5% in 2023.", "Wages fell 2% in 2023."], "\(furniture) was kept")
        let kept = Document(parsing: "Intro sentence here.\n\(sentence)\n")
        #expect(kept.paragraphs == ["Intro sentence here.", sentence], "\(sentence) was dropped")
        #expect(!ClaimAnalyzer().analyze(sentence).claims.isEmpty, "\(sentence) has no claim")
    }

    @Test("Bylines and furniture from a converted page never reach claims")
    func convertedFurniture() {
        let page = """
            <p>By Jane Doe | March 3, 2024</p><p>Updated 10:45 GMT</p><figure><figcaption>(Photo: Reuters/John Smith)</figcaption></figure>
            <p>Wages fell 2% in 2023, Jane Doe said.</p><p>© 2024 Reuters</p>
            """
        let claims = ClaimAnalyzer().analyze(ArticleText.plain(page, format: .html)).claims
        #expect(claims.map(\.sentence) == ["Wages fell 2% in 2023, Jane Doe said."])
    }
}

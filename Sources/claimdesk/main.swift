import Foundation
import ClaimAnalysis
let text = try! String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8)
let a = ClaimAnalyzer().analyze(text)
print("TITLE:", a.document.title ?? "-")
for c in a.byWorthiness {
    print("[\(c.worthiness)] \(c.kind) p\(c.paragraph): \(c.sentence)")
    print("   who: \(c.attribution)")
    for q in c.quantities { print("   Q \(q.text) \(q.value) \(q.normalizedUnit ?? "-") \(q.change.rawValue) \(q.concept)") }
    for f in c.flags { print("   F \(f.kind.rawValue): \(f.message)") }
}

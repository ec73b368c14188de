import Quantities
while let line = readLine() {
    let e = QuantityExtractor().extract(from: line)
    print("> " + line)
    for q in e.quantities { print("   \(q.text) | \(q.value) | \(q.unit ?? "-") | \(q.normalizedUnit ?? "-") | \(q.change.rawValue) | \(q.concept) | \(q.kind)") }
    for g in e.gaps { print("   GAP \(g.text) | \(g.reason)") }
}

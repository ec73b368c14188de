/// A vocabulary of written forms ("km/h", "per cent", "us dollars") with, for each token a
/// form can start with, the length of its longest form in tokens.
///
/// Unit look-ups run after every number; knowing that "mph" starts only a one-token form
/// and that most words start none lets them build one candidate phrase instead of four.
struct PhraseIndex<Value: Sendable>: Sendable {
    let forms: [String: Value]
    private let longest: [TokenKey: Int]

    init(_ forms: [String: Value]) {
        self.forms = forms
        var longest: [TokenKey: Int] = [:]
        for form in forms.keys {
            let tokens = Reader(form).tokens
            guard let first = tokens.first else { continue }
            longest[first.lower] = max(longest[first.lower] ?? 0, tokens.count)
        }
        self.longest = longest
    }

    /// The token count of the longest form that starts with `key`, or nil if none does.
    func longestForm(startingWith key: TokenKey) -> Int? {
        longest[key]
    }
}

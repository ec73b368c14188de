/// A named person in a sentence, speaker or not: "Lady Carrow opened the new wing", "Mark
/// Delaney, the county's chief fire officer, visited the site". These are what "she said" and
/// "the minister said" may point back to (see `Antecedents`).
struct PersonMention: Equatable {
    /// The name as written, titles dropped: "Carrow", "Mark Delaney".
    var name: String
    /// The surname in lowercase, which identifies the person across the article.
    var key: String
    var gender: Gender
    /// Role nouns the text gives the person, lowercase: "minister", "chief", "officer".
    var roles: [String]
}

/// Finds the people a sentence names. A run of capitals is a person only on evidence: an
/// honorific ("Mr", "Lady", "Dr"), a title before the name ("Finance Minister Aoife Brennan",
/// "Chelsea manager Enzo Marchetti"), a known first name ("Tomás Ferreira"), an age
/// ("Okonkwo, 61,") or a role in apposition ("Rachel Moss, the housing minister,"). Bodies,
/// places, venues and outlets are never people ("Dublin Airport", "the Pyramid Stage").
enum PersonMentions {
    private typealias Vocabulary = SpeakerVocabulary

    /// The people named in `words`, in order, leaving out the words marked in `skip`
    /// (quotations: a name inside a quotation is not the quotation's antecedent).
    static func find(in words: [Word], skip: [Bool]) -> [PersonMention] {
        var bodies: [String] = []
        return find(in: words, skip: skip, bodies: &bodies)
    }

    /// The people named, and into `bodies` the named bodies ("Harbour Group", "Lindenport
    /// City Council") that "the company" or "the council" may stand for later.
    static func find(in words: [Word], skip: [Bool], bodies: inout [String]) -> [PersonMention] {
        var found: [PersonMention] = []
        var run: [Int] = []
        var k = 0
        let n = words.count
        while k < n {
            guard !skip[k], words[k].startsCapitalized else {
                k += 1
                continue
            }
            run.removeAll(keepingCapacity: true)
            run.append(k)
            var e = k + 1
            while e < n, !skip[e] {
                if words[e].startsCapitalized {
                    run.append(e)
                    e += 1
                } else if e + 1 < n, !skip[e + 1],
                    words[e + 1].startsCapitalized || (e + 2 < n && Vocabulary.nameParticles.contains(words[e + 1].lower) && words[e + 2].startsCapitalized),
                    Vocabulary.nameParticles.contains(words[e].lower) || NameRun.joinsName(words[e], after: words[e - 1])
                {
                    run.append(e)
                    e += 1
                } else if words[e].text == ".", e + 1 < n, words[e + 1].startsCapitalized, PersonNames.honorifics[words[e - 1].lower] != nil {
                    // "Mr. Doyle", "Dr. Jane Smith"
                    e += 1
                } else {
                    break
                }
            }
            if let mention = person(in: words, run: run) {
                found.append(mention)
            } else if let body = body(in: words, run: run) {
                bodies.append(body)
            }
            k = e
        }
        return found
    }

    /// The body the capitals at `run` name, when a body's word is in it: "Harbour Group",
    /// "the Bank of England", "Lindenport City Council's".
    private static func body(in words: [Word], run all: [Int]) -> String? {
        var run = all[...]
        while let f = run.first, Vocabulary.openers.contains(words[f].lower), !NameRun.isAcronym(words[f]) { run = run.dropFirst() }
        guard run.count >= 2, run.contains(where: { Vocabulary.organizationWords.contains(words[$0].text) }) else { return nil }
        var parts = run.map { words[$0].text }
        if let stem = DocumentSource.possessiveStem(parts[parts.count - 1]) { parts[parts.count - 1] = stem }
        let text = parts.joined(separator: " ")
        return Outlets.isKnown(text) ? nil : text
    }

    /// The person the capitals at `run` (indices into `words`) name, if the text shows one.
    private static func person(in words: [Word], run all: [Int]) -> PersonMention? {
        var run = all[...]
        while let f = run.first, Vocabulary.openers.contains(words[f].lower), !NameRun.isAcronym(words[f]) { run = run.dropFirst() }
        guard let first = run.first, let end = run.last.map({ $0 + 1 }) else { return nil }
        // "Karen Bradley MP": letters after the name.
        while run.count > 1, let last = run.last, Vocabulary.postNominals.contains(words[last].text) { run = run.dropLast() }
        // "Sinn Féin's Mary Lou McDonald": the owner is no part of the name.
        if let owner = run.dropLast().lastIndex(where: { DocumentSource.possessiveStem(words[$0].text) != nil }) {
            run = run[(owner + 1)...]
        }
        var gender = Gender.unknown
        var roles: [String] = []
        var evidence = false
        // Everything up to the last strong title is the title: "US Secretary of State Antony Blinken".
        if let cut = run.lastIndex(where: { Vocabulary.isStrongTitle(words[$0].text) }) {
            roles += run[...cut].map { words[$0].lower }.filter(Vocabulary.isStrongTitle)
            run = run[(cut + 1)...]
            evidence = true
        }
        while run.count > 1, let f = run.first {
            let lower = words[f].lower
            if let g = PersonNames.honorifics[lower] {
                if g != .unknown { gender = g }
                evidence = true
            } else if !Vocabulary.weakTitles.contains(lower) {
                break
            }
            run = run.dropFirst()
        }
        guard let firstName = run.first, let last = run.last else { return nil }
        let lastWord = words[last]
        guard !run.contains(where: { Vocabulary.organizationWords.contains(words[$0].text) || NameRun.isAcronym(words[$0]) }),
            !Vocabulary.placeWords.contains(lastWord.text), lastWord.text.first?.isLetter == true
        else { return nil }
        var parts = run.map { words[$0].text }
        let text = parts.joined(separator: " ")
        guard !Vocabulary.knownBodies.contains(text), !Outlets.isKnown(text) else { return nil }
        let byName = PersonNames.gender(ofFirstName: words[firstName].text)
        if byName != .unknown {
            // "Tomás Ferreira"; a first name alone ("Sarah") only gives the gender.
            if run.count >= 2 { evidence = true }
            if gender == .unknown { gender = byName }
        }
        // "Chelsea manager Enzo Marchetti", "the promoter, Liam Kavanagh,": a role just before.
        if first > 0 {
            var r = first - 1
            if words[r].text == ",", r > 0 { r -= 1 }
            let before = words[r]
            // "The Health Secretary, Wes Streeting,": a capitalized title before the comma counts too.
            if !before.isPunctuation, Vocabulary.roles.contains(before.lower) && (!before.isCapitalized || r < first - 1)
                || (r < first - 1 && Vocabulary.strongTitles.contains(before.lower))
            {
                roles.append(before.lower)
                evidence = true
                if gender == .unknown, let g = PersonNames.genderedRoles[before.lower] { gender = g }
            }
        }
        // "Okonkwo, 61,", "Rachel Moss, the housing minister,": an age or a role after.
        if end + 1 < words.count, words[end].text == "," {
            if words[end + 1].isDigits, end + 2 < words.count, words[end + 2].text == "," {
                evidence = true
            } else if let appositive = appositionRoles(in: words, after: end) {
                roles += appositive
                evidence = true
                if gender == .unknown, let g = appositive.lazy.compactMap({ PersonNames.genderedRoles[$0] }).first { gender = g }
            }
        }
        guard evidence else { return nil }
        if let stem = DocumentSource.possessiveStem(parts[parts.count - 1]) { parts[parts.count - 1] = stem }
        let name = parts.joined(separator: " ")
        return PersonMention(name: name, key: AttributionFinder.surname(name), gender: gender, roles: roles)
    }

    /// Determiners that open an apposition naming a role: "the", "a", "its", "his".
    private static let appositionOpeners: Set<String> = ["the", "a", "an", "its", "his", "her", "their", "our", "who", "now", "then", "former"]

    /// The role nouns of an apposition opening at the comma `comma`: ", the council's chief
    /// executive," → ["chief", "executive"]; nil unless it opens with a determiner (or a
    /// possessive name) and holds a role noun before its closing comma.
    private static func appositionRoles(in words: [Word], after comma: Int) -> [String]? {
        let open = comma + 1
        guard open < words.count else { return nil }
        let opener = words[open]
        guard appositionOpeners.contains(opener.lower) || (opener.isCapitalized && DocumentSource.possessiveStem(opener.text) != nil) else { return nil }
        var roles: [String] = []
        var k = open
        while k < words.count, k - open < 10 {
            let w = words[k]
            if w.isPunctuation { break }
            if Vocabulary.roles.contains(w.lower) || PersonNames.genderedRoles[w.lower] != nil { roles.append(w.lower) }
            // "the mayor of Brno": the role is named before the place.
            if w.lower == "of" || w.lower == "at" || w.lower == "for", !roles.isEmpty { break }
            k += 1
        }
        return roles.isEmpty ? nil : roles
    }
}

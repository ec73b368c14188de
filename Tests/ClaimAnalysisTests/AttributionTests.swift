import ClaimAnalysis
import Testing

@Suite("Attribution")
struct AttributionTests {
    @Test("\"X said\" names the speaker before the verb")
    func speakerBeforeVerb() throws {
        let claim = try onlyClaim("Jens Stoltenberg said 30 countries joined in 2023.")
        #expect(claim.attribution.speaker == "Jens Stoltenberg")
        #expect(claim.attribution.outlet == nil)
    }

    @Test("\"said X\" names the speaker after the verb")
    func speakerAfterVerb() throws {
        let claim = try onlyClaim("Prices rose 5% in 2023, said Janet Yellen.")
        #expect(claim.attribution.speaker == "Janet Yellen")
    }

    @Test("Titles are dropped from the speaker's name")
    func titlesDropped() throws {
        let claim = try onlyClaim("US Secretary of State Antony Blinken said 90% of chips came from China in 2023.")
        #expect(claim.attribution.speaker == "Antony Blinken")
    }

    @Test("\"According to him/her\" resolves to the last named speaker", arguments: ["him", "her"])
    func accordingToPronoun(_ pronoun: String) throws {
        let claim = try onlyClaim("Janet Yellen said the economy is strong. According to \(pronoun), 13,000 workers lost jobs in 2023.")
        #expect(claim.attribution.speaker == "Janet Yellen")
    }

    @Test("\"According to him\" with no earlier speaker stays unattributed")
    func accordingToPronounWithoutSpeaker() throws {
        let claim = try onlyClaim("According to him, 13,000 workers lost jobs in 2023.")
        #expect(claim.attribution.speaker == nil)
    }

    @Test("\"According to\" a named person")
    func accordingToName() throws {
        let claim = try onlyClaim("According to Janet Yellen, 13,000 workers lost jobs in 2023.")
        #expect(claim.attribution.speaker == "Janet Yellen")
    }

    @Test("\"the official said\" and \"he said\" resolve to the last named speaker", arguments: [
        "The official said 13,000 workers lost jobs in 2023.",
        "13,000 workers lost jobs in 2023, the official said.",
        "He said 13,000 workers lost jobs in 2023.",
    ])
    func officialSaid(_ second: String) throws {
        let claim = try onlyClaim("Janet Yellen said the economy is strong. \(second)")
        #expect(claim.attribution.speaker == "Janet Yellen")
    }

    @Test("A speaker carries across paragraphs")
    func acrossParagraphs() throws {
        let claim = try onlyClaim("Janet Yellen said the economy is strong.\n\nThis must stop, the official said, adding that 13,000 workers lost jobs in 2023.")
        #expect(claim.attribution.speaker == "Janet Yellen")
    }

    @Test("A sentence-opening capital is no speaker")
    func sentenceOpenerIsNoSpeaker() throws {
        let claim = try onlyClaim("This said, 13,000 workers lost jobs in 2023.")
        #expect(claim.attribution.speaker == nil)
    }

    @Test("Outlet via \"as Reuters writes\", kept apart from the speaker")
    func asReutersWrites() throws {
        let claim = try onlyClaim("Antony Blinken said, as Reuters writes, that 90% of chips came from China in 2023.")
        #expect(claim.attribution.speaker == "Antony Blinken")
        #expect(claim.attribution.outlet == "Reuters")
    }

    @Test("Outlet via \"writes 24 Kanal\", and the name is no figure")
    func writes24Kanal() throws {
        let claim = try onlyClaim("The army lost 500 tanks in 2023, writes 24 Kanal.")
        #expect(claim.attribution.outlet == "24 Kanal")
        #expect(claim.attribution.speaker == nil)
        #expect(claim.quantities.map(\.text) == ["500 tanks"])
    }

    @Test("Outlet via \"according to\" and \"reported\"", arguments: [
        "Exports to China were $5 billion in 2023, according to Reuters.",
        "Exports to China were $5 billion in 2023, Reuters reported.",
    ])
    func outletPhrases(_ text: String) throws {
        let claim = try onlyClaim(text)
        #expect(claim.attribution.outlet == "Reuters")
        #expect(claim.attribution.speaker == nil)
    }

    @Test("A speaker keeps the outlet named with them earlier, matched by surname")
    func outletBySurname() throws {
        let found = claims("Antony Blinken said, as Reuters writes, that the visit was desperate.\n\nAnthony Blinken assured that China supplied 90% of microelectronics in 2023.")
        let claim = try #require(found.first)
        #expect(claim.attribution.speaker == "Anthony Blinken")
        #expect(claim.attribution.outlet == "Reuters")
    }

    @Test("Hedge \"reportedly\"")
    func reportedly() throws {
        let claim = try onlyClaim("The army reportedly lost 500 tanks in 2023.")
        #expect(claim.attribution.hedge == "reportedly")
    }

    @Test("No hedge without a hedging word")
    func noHedge() throws {
        let claim = try onlyClaim("The army lost 500 tanks in 2023.")
        #expect(claim.attribution.hedge == nil)
        #expect(claim.attribution.isEmpty)
    }
}

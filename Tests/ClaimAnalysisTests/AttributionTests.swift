@testable import ClaimAnalysis
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

    @Test("\"According to him/her\" resolves to the last named speaker when the text gives no gender", arguments: ["him", "her"])
    func accordingToPronoun(_ pronoun: String) throws {
        let claim = try onlyClaim("Yellen said the economy is strong. According to \(pronoun), 13,000 workers lost jobs in 2023.")
        #expect(claim.attribution.speaker == "Yellen")
    }

    @Test("\"According to him/her\" must agree with the gender a first name gives", arguments: [
        ("her", "Janet Yellen" as String?), ("him", nil),
    ])
    func accordingToPronounGender(_ pronoun: String, _ speaker: String?) throws {
        let claim = try onlyClaim("Janet Yellen said the economy is strong. According to \(pronoun), 13,000 workers lost jobs in 2023.")
        #expect(claim.attribution.speaker == speaker)
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
        // A surname alone gives no gender, so "he" may mean them.
        let claim = try onlyClaim("Yellen said the economy is strong. \(second)")
        #expect(claim.attribution.speaker == "Yellen")
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

    // MARK: - Generic speakers

    @Test("A generic speaker is the noun phrase, in lowercase", arguments: [
        ("Officials said 13,000 workers lost jobs in 2023.", "officials"),
        ("13,000 workers lost jobs in 2023, the official said.", "the official"),
        ("A spokesperson for the ministry said 40% of the budget went to roads in 2024.", "a spokesperson for the ministry"),
        ("Police said 12 people were arrested on Saturday.", "police"),
        ("Twelve people were arrested on Saturday, police said.", "police"),
        ("Analysts said the bank lost $2 billion in 2023.", "analysts"),
        ("Economists estimate inflation will reach 3% in 2026.", "economists"),
        ("The company said revenue rose 8% to $4.2 billion in 2024.", "the company"),
        ("The ministry said in a statement that 1,200 homes were damaged.", "the ministry"),
        ("The ministry said Monday that 1,200 homes were damaged.", "the ministry"),
        ("A senior U.S. official told reporters that 90% of the chips came from Taiwan in 2023.", "a senior U.S. official"),
        ("Ukrainian officials said 500 drones were launched in May.", "Ukrainian officials"),
        ("Some 40% of shipments were delayed in 2024, according to officials.", "officials"),
        ("Some 40% of shipments were delayed in 2024, according to the ministry.", "the ministry"),
        ("Prices rose 4% in March, said a spokesperson for the central bank.", "a spokesperson for the central bank"),
        ("Analysts at Lindenport Bank said the port lost $2 million in 2024.", "analysts at Lindenport Bank"),
        ("Two police officers were injured on Friday, officials in Lindenport said.", "officials in Lindenport"),
        ("Prices rose 5%, the statistics office said on Thursday.", "the statistics office"),
        ("Three people were killed, Ukraine's emergency service said.", "Ukraine's emergency service"),
        ("A spokesperson for the Ministry of Defence said 20,000 troops would be deployed by 2025.", "a spokesperson for the Ministry of Defence"),
        ("Officials, speaking on condition of anonymity, said 300 troops were deployed.", "officials"),
        ("The company, which is led by Elon Musk, said it delivered 386,810 vehicles.", "the company"),
        ("Officials in Kyiv and Lviv said 40 drones were downed.", "officials in Kyiv and Lviv"),
        ("Okafor and Reyes said the port handled 5 million tonnes in 2024.", "Okafor and Reyes"),
        ("Most of the 1,200 victims were civilians, officials told the Lindenport Ledger.", "officials"),
    ])
    func genericSpeaker(_ text: String, _ speaker: String) throws {
        let claim = try onlyClaim(text)
        #expect(claim.attribution.speaker == speaker)
        #expect(claim.attribution.outlet == (text.contains("Ledger") ? "Lindenport Ledger" : nil))
    }

    @Test("A body with a proper name keeps it", arguments: [
        ("Imports fell 6% in 2024, the Lindenport City Council said.", "Lindenport City Council"),
        ("The Justice Department said 40 people were charged in 2023.", "Justice Department"),
        ("The Kremlin said 300 prisoners were exchanged on Friday.", "Kremlin"),
    ])
    func bodySpeaker(_ text: String, _ speaker: String) throws {
        #expect(try onlyClaim(text).attribution.speaker == speaker)
    }

    @Test("Generic speakers are no named person: pronouns skip them")
    func genericSpeakersDoNotCarryAsPersons() throws {
        let found = claims("Janet Yellen said the economy is strong. Officials said 13,000 workers lost jobs in 2023. She said 40% of them were women.")
        try #require(found.count == 2)
        #expect(found[0].attribution.speaker == "officials")
        #expect(found[1].attribution.speaker == "Janet Yellen")
    }

    @Test("With only generic speakers before, \"he said\" stays unattributed and \"the official\" is itself", arguments: [
        ("He said 40% of them were women.", nil as String?),
        ("The official said 40% of them were women.", "the official"),
    ])
    func genericSpeakersGiveNoAntecedent(_ second: String, _ speaker: String?) throws {
        let found = claims("Officials said 13,000 workers lost jobs in 2023. \(second)")
        try #require(found.count == 2)
        #expect(found[1].attribution.speaker == speaker)
    }

    @Test("A generic speaker keeps no outlet by surname")
    func genericSpeakersKeepNoOutlet() throws {
        let found = claims("Police said, as Reuters writes, that 12 people were arrested.\n\nPolice said 3 officers were hurt in 2024.")
        try #require(found.count == 2)
        #expect(found[0].attribution.outlet == "Reuters")
        #expect(found[1].attribution.speaker == "police")
        #expect(found[1].attribution.outlet == nil)
    }

    // MARK: - Named speakers

    @Test("Named speakers lose their titles and appositions", arguments: [
        ("Treasury Secretary Janet Yellen said inflation fell to 3% in 2024.", "Janet Yellen"),
        ("The harbour handled 1.2 million containers in 2025, said Maria Okafor, the council treasurer.", "Maria Okafor"),
        ("Okafor, 52, said the port employs 1,300 people.", "Okafor"),
        ("Maria Okafor, the council treasurer, said the port employs 1,300 people.", "Maria Okafor"),
        ("Blinken told reporters that 90% of the chips came from China in 2023.", "Blinken"),
        ("In March Okafor said the port employs 1,300 people.", "Okafor"),
        ("Okafor said Tuesday that the port employs 1,300 people.", "Okafor"),
        ("Harbour Master Tom Reyes said the breakwater is 40 years past its design life.", "Tom Reyes"),
        ("German Chancellor Olaf Scholz said 1 million refugees arrived in 2015.", "Olaf Scholz"),
        ("Okafor also said the port employs 1,300 people.", "Okafor"),
        ("Emily Sun said exports rose 8% in 2024.", "Emily Sun"),
        ("Jan Novak, the mayor of Brno, said the city spent 1.2 billion crowns.", "Jan Novak"),
        ("The company's chief executive, Jane Doe, said revenue doubled to $4 billion.", "Jane Doe"),
        ("Revenue doubled to $4 billion, chief executive Jane Doe said.", "Jane Doe"),
        ("Revenue doubled to $4 billion, said chief executive Jane Doe.", "Jane Doe"),
        ("Dr. Jane Smith, a professor at Lindenport University, said 30% of students dropped out.", "Jane Smith"),
    ])
    func namedSpeaker(_ text: String, _ speaker: String) throws {
        let claim = try onlyClaim(text)
        #expect(claim.attribution.speaker == speaker)
        #expect(claim.attribution.outlet == nil)
    }

    @Test("A named speaker with an apposition carries over")
    func appositionCarriesOver() throws {
        let found = claims("Okafor, 52, said the port employs 1,300 people. According to her, 40% of them live in the city.")
        try #require(found.count == 2)
        #expect(found.map(\.attribution.speaker) == ["Okafor", "Okafor"])
    }

    // MARK: - Pronouns

    @Test("Pronouns resolve to the last named speaker; \"they\" and \"it\" to the last speaker", arguments: [
        ("Janet Yellen said the economy is strong. Inflation fell to 3% in 2024, she added.", "Janet Yellen"),
        ("Okafor said the port is busy. He said 1.2 million containers passed in 2025.", "Okafor"),
        ("Okafor said the port is busy. 1.2 million containers passed in 2025, said he.", "Okafor"),
        ("Analysts said the bank is weak. They estimate it lost $2 billion in 2023.", "analysts"),
        ("The company said revenue rose. It said profit reached $40 million in 2024.", "the company"),
        ("Okafor said the port is busy. Officials disagreed. According to him, 1.2 million containers passed in 2025.", "Okafor"),
        ("Rishi Sunak said he would cut taxes. The prime minister added that it would cost £9 billion.", "Rishi Sunak"),
    ])
    func pronouns(_ text: String, _ speaker: String) throws {
        #expect(try onlyClaim(text).attribution.speaker == speaker)
    }

    @Test("\"it\" points to a body, never to a plural group or a person")
    func itIsNoGroup() throws {
        let found = claims("Investors said the fund is weak. Okafor said so too. It said 40% of the shares were sold.")
        try #require(found.count == 1)
        #expect(found[0].attribution.speaker == nil)
    }

    // MARK: - Outlets

    @Test("Outlets by their phrases", arguments: [
        ("Exports rose 8% in 2024, as Reuters writes.", "Reuters", nil as String?),
        ("Reuters reported that exports rose 8% in 2024.", "Reuters", nil),
        ("Exports rose 8% in 2024, according to the BBC.", "BBC", nil),
        ("Okafor told the Lindenport Ledger that 62% of costs are covered.", "Lindenport Ledger", "Okafor"),
        ("In an interview with CNN, Okafor said exports rose 8% in 2024.", "CNN", "Okafor"),
        ("Okafor said in an interview with the Lindenport Ledger that exports rose 8% in 2024.", "Lindenport Ledger", "Okafor"),
        ("Exports rose 8% in 2024, the New York Times reported.", "New York Times", nil),
        ("The New York Times reported that exports rose 8% in 2024.", "New York Times", nil),
        ("Exports rose 8% in 2024, the Kyiv Post reported.", "Kyiv Post", nil),
        ("Exports rose 8% in 2024, The Guardian reported.", "The Guardian", nil),
        ("A senior official told Reuters that 90% of the chips came from Taiwan in 2023.", "Reuters", "a senior official"),
    ])
    func outlets(_ text: String, _ outlet: String, _ speaker: String?) throws {
        let claim = try onlyClaim(text)
        #expect(claim.attribution.outlet == outlet)
        #expect(claim.attribution.speaker == speaker)
    }

    // MARK: - Hedges

    @Test("Hedges", arguments: [
        ("The mayor allegedly took $20,000 in bribes in 2022.", "allegedly"),
        ("An estimated 5,000 people attended the rally on Sunday.", "an estimated"),
        ("The ship is said to carry 3,000 tonnes of grain.", "is said to"),
        ("The fund is believed to hold $2 billion.", "is believed to"),
        ("According to unconfirmed reports, 40 soldiers died in the attack.", "according to unconfirmed reports"),
        ("Sources say the deal is worth $3 billion.", "sources say"),
        ("It is thought that 300 homes were flooded in 2024.", "it is thought"),
        ("Lindenport, said to be the busiest port in the region, handled 1.2 million containers in 2025.", "said to be"),
    ])
    func hedges(_ text: String, _ hedge: String) throws {
        #expect(try onlyClaim(text).attribution.hedge == hedge)
    }

    @Test("A hedge is no speaker, except anonymous sources", arguments: [
        ("The ship is said to carry 3,000 tonnes of grain.", nil as String?),
        ("According to unconfirmed reports, 40 soldiers died in the attack.", nil),
        ("Lindenport, said to be the busiest port in the region, handled 1.2 million containers in 2025.", nil),
        ("Sources say the deal is worth $3 billion.", "sources"),
    ])
    func hedgeSpeakers(_ text: String, _ speaker: String?) throws {
        #expect(try onlyClaim(text).attribution.speaker == speaker)
    }

    // MARK: - Quotations

    @Test("A quotation belongs to the person it is attributed to", arguments: [
        "\"Prices rose 5% last year,\" Okafor said.",
        "Okafor said: \"Prices rose 5% last year.\"",
        "“Prices rose 5% last year,” Okafor said.",
        "«Prices rose 5% last year», Okafor said.",
        "„Prices rose 5% last year“, Okafor said.",
        "\"Prices,\" Okafor said, \"rose 5% last year.\"",
        "\"Prices rose 5% last year,\" said Okafor.",
        "\"Analysts said prices would fall, but they rose 5% last year,\" Okafor said.",
        "“Officials told us prices would fall, but they rose 5% last year,” Okafor said.",
        "Okafor said the 6\" pipes cost 5% more last year.",
    ])
    func quotation(_ text: String) throws {
        #expect(try onlyClaim(text).attribution.speaker == "Okafor")
    }

    @Test("A new quotation right after an attributed one has the same speaker", arguments: [
        "\"Freight pays for 62% of costs,\" Okafor said. \"It will reach 70% by 2028.\"",
        "“Freight pays for 62% of costs,” Okafor said. “It will reach 70% by 2028.”",
        "\"Freight pays for 62% of costs,\" Okafor said.\n\n\"It will reach 70% by 2028.\"",
        "Okafor said: \"Freight pays for 62% of costs. It will reach 70% by 2028.\"",
        "Okafor said: «Freight pays for 62% of costs. It will reach 70% by 2028».",
        "\"Freight pays for 62% of costs,\" Okafor said, \"and it will reach 70%. That is 8% above our goal.\"",
    ])
    func quotationContinues(_ text: String) throws {
        let found = claims(text)
        try #require(found.count == 2)
        #expect(found.map(\.attribution.speaker) == ["Okafor", "Okafor"])
    }

    @Test("A sentence outside quotation marks ends the quotation's speaker")
    func quotationEnds() throws {
        let found = claims("\"Freight pays for 62% of costs,\" Okafor said. The port handled 5 million tonnes in 2024.")
        try #require(found.count == 2)
        #expect(found[1].attribution.speaker == nil)
    }

    @Test("A quotation carries the outlet of its attribution")
    func quotationOutlet() throws {
        let found = claims("\"Freight pays for 62% of costs,\" a port official told the Lindenport Ledger. \"It will reach 70% by 2028.\"")
        try #require(found.count == 2)
        #expect(found.map(\.attribution.speaker) == ["a port official", "a port official"])
        #expect(found.map(\.attribution.outlet) == ["Lindenport Ledger", "Lindenport Ledger"])
    }

    @Test("A quotation attributed at the end of its last sentence is the speaker's throughout (paragraph API)", arguments: [
        ("\"Exports rose 8%. Imports fell 2%,\" the minister said.", ["the minister", "the minister"]),
        ("“Exports rose 8%. Imports fell 2%. The deficit shrank by $1 billion,” Okafor told Reuters.", ["Okafor", "Okafor", "Okafor"]),
        ("\"Officials said exports rose 8%. Imports fell 2%,\" Okafor said.", ["Okafor", "Okafor"]),
        ("\"Exports rose 8%. Imports fell 2%.\" Prices rose 3% in 2024.", [nil, nil, nil]),
        ("\"Officials said exports rose 8%.", ["officials"]),
    ])
    func quotationAttributedAtTheEnd(_ paragraph: String, _ speakers: [String?]) {
        var finder = AttributionFinder()
        let found = finder.attribute(paragraph: sentences(paragraph))
        #expect(found.map(\.speaker) == speakers)
    }

    @Test("The paragraph API carries the outlet of the attribution to the earlier sentences")
    func quotationAttributedAtTheEndKeepsOutlet() {
        var finder = AttributionFinder()
        let found = finder.attribute(paragraph: sentences("“Exports rose 8%. Imports fell 2%,” Okafor told Reuters."))
        #expect(found.map(\.outlet) == ["Reuters", "Reuters"])
    }

    @Test("The paragraph API keeps speakers across paragraphs")
    func paragraphAPICarriesSpeakers() {
        var finder = AttributionFinder()
        let first = finder.attribute(paragraph: sentences("Antony Blinken said, as Reuters writes, that the visit was desperate."))
        let second = finder.attribute(paragraph: sentences("According to him, China supplied 90% of microelectronics. \"It must stop.\""))
        #expect(first.map(\.speaker) == ["Antony Blinken"])
        #expect(second.map(\.speaker) == ["Antony Blinken", nil])
        #expect(second[0].outlet == "Reuters")
    }

    @Test("The paragraph API agrees with the sentence API where no look-ahead is needed", arguments: [
        "Janet Yellen said the economy is strong.\n\nThis must stop, the official said, adding that 13,000 workers lost jobs in 2023.",
        "Officials said 13,000 workers lost jobs in 2023. He said 40% of them were women. The official said so.",
        "\"Freight pays for 62% of costs,\" Okafor said. \"It will reach 70% by 2028.\" The port handled 5 million tonnes.\n\n\"We are done,\" she said.",
        "Okafor said: \"Freight pays for 62% of costs. It will reach 70% by 2028.\" According to her, 1,300 jobs will follow.",
        "Antony Blinken said, as Reuters writes, that the visit was desperate.\n\nAnthony Blinken assured that China supplied 90% of microelectronics in 2023.",
    ])
    func paragraphAPIAgrees(_ text: String) {
        var bySentence = AttributionFinder()
        var byParagraph = AttributionFinder()
        for paragraph in Document(parsing: text).paragraphs {
            let split = sentences(paragraph)
            #expect(split.map { bySentence.attribute($0) } == byParagraph.attribute(paragraph: split))
        }
    }

    // MARK: - No false speakers

    @Test("Sentence openers, places, dates and document nouns are no speakers", arguments: [
        "In 2019, prices rose 5%, the report said.",
        "Here 1 in 4 adults said they smoke daily.",
        "In March, the port handled 5% more ships than it said it would.",
        "The United States exported $5 billion of chips in 2023.",
        "Lindenport is said to handle 5% of the region's trade.",
        "Last year, 40% of the harbour's income came from freight.",
        "On Monday, officials' estimates put the damage at $3 million.",
        "According to estimates, 40 soldiers died in the attack.",
        "The figure was 20% higher than the government had said.",
        "Putin's visit to North Korea confirms ties with Iran, which supplies 40% of its drones.",
        "In 2019, the city had 12,000 vacant homes, according to census data.",
    ])
    func noFalseSpeaker(_ text: String) throws {
        #expect(try onlyClaim(text).attribution.speaker == nil)
    }
}

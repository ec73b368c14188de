/// The bench's news text: sentences with figures, sentences without, and paragraphs of them.

let figureSentences = [
    "The city council approved a port budget of $48.5 million on Tuesday, the largest in its history.",
    "Council treasurer Maria Okafor said the harbour handled 1.2 million containers in 2025, up 8% from the year before.",
    "\"Freight now pays for 62% of the port's running costs,\" Okafor told the Lindenport Ledger.",
    "According to her, the new terminal will create about 1,300 jobs by 2028.",
    "The vote passed 9 to 2, the first time in 17 years that the council has backed an expansion.",
    "Opponents said dredging would cost $ million more than planned and that dozens of families would lose moorings.",
    "Unemployment fell 0.3 percentage points to 4.1 per cent in March, the statistics office said.",
    "Brent crude rose to US $58.24 per barrel while the central bank cut rates by 25 basis points.",
    "The storm brought winds of 87 mph (140 km/h) and left more than 13,000 homes without power.",
    "Between 5 and 10% of voters remain undecided, and one in five said they might not vote at all.",
    "Shares of the firm, which employs twenty-four thousand people, gained 3.5% in early trading.",
    "A 52-year-old man was arrested at 10:30 am on June 18 near the F-16 hangar at Section 427.",
    "Exports to the region reached €1.2bn, roughly two-thirds of the total, according to customs data.",
    "The new line runs 252 to 287 miles and trains will reach 3000 rpm in under 12 minutes.",
]

/// Sentences of the kind that fill most of a news story: no figure in them.
let plainSentences = [
    "The mayor defended the plan at a crowded meeting in the old town hall on Tuesday evening.",
    "Residents who live near the harbour say the noise from the cranes keeps them awake at night.",
    "\"We were never asked what we wanted,\" said Ellen Marsh, who has run a bakery on the quay for decades.",
    "The opposition accused the council of rushing the vote before the summer recess.",
    "Officials insisted that the environmental review had been thorough and independent.",
    "Dockworkers' unions have welcomed the expansion but want guarantees about shift patterns.",
    "The ministry declined to comment on whether it would fund the new rail link.",
    "Critics point out that similar projects elsewhere have run late and over budget.",
    "Shipping companies are watching the decision closely as they redraw their northern routes.",
    "The harbour master said the dredging would be carried out in stages to protect the seabed.",
    "Local fishermen fear that the work will drive fish away from their traditional grounds.",
    "A spokesperson for the port authority said talks with the unions were continuing.",
    "The plan still needs approval from the regional government before construction can begin.",
    "Several councillors said they had received letters from worried parents at the nearby school.",
    "Economists are divided over how much the region will gain from the extra traffic.",
    "The company behind the terminal is owned by a consortium of pension funds and a shipping line.",
    "Protesters gathered outside the building with banners calling for a public inquiry.",
    "The chair of the planning committee said she expected a legal challenge.",
]

/// Six-sentence paragraphs cycling through `sentences`.
func paragraphs(of sentences: [String]) -> [String] {
    (0..<sentences.count).map { start in
        (0..<6).map { sentences[(start + $0 * 5) % sentences.count] }.joined(separator: " ")
    }
}

/// Paragraphs mixing one figure sentence for every two plain ones: 6.2 figures per KB.
func newsMix() -> [String] {
    var mixed: [String] = []
    for (k, plain) in (plainSentences + plainSentences).enumerated() {
        mixed.append(plain)
        if k % 2 == 1 { mixed.append(figureSentences[(k / 2) % figureSentences.count]) }
    }
    return paragraphs(of: mixed)
}

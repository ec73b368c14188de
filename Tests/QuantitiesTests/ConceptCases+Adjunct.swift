/// Cases for the rules of the calibration set's third reading: margin verbs listed nowhere
/// else, "as much as" between a verb and its figure, complex prepositions ("on top of",
/// "in excess of"), a time adjunct between a subject and its verb, and a figure in
/// apposition. News sentences of our own; each rule has cases where it must not fire.
let adjunctConcepts: [ConceptCase] = [
    // A margin verb is a verb: the figure is its subject's.
    ConceptCase("The independent candidate trailed by 1,212 votes after a recount.", "1,212", "independent candidate"),
    ConceptCase("Annual inflation edged up to 2.3% in October.", "2.3%", "Annual inflation"),
    ConceptCase("The ruling party edged ahead by two seats.", "two seats", "ruling party"),
    ConceptCase("The mayor now trails her challenger by 11 points.", "11 points", "mayor"),
    // ...and its noun stays a noun.
    ConceptCase("The trail of 40 kilometres winds through the forest.", "40 kilometres", "trail"),
    // "as much as", "as many as", "as little as" bridge a verb and its figure.
    ConceptCase("Memory prices could fall by as much as 15% next quarter.", "15%", "Memory prices"),
    ConceptCase("The index rose as many as 40 points in early trade.", "40 points", "index"),
    ConceptCase("Fares start at as little as £9 on the new route.", "£9", "Fares"),
    ConceptCase("Shares jumped by as much as 12% in early trade.", "12%", "Shares"),
    // A complex preposition bridges like "by": no "top", "excess" or "region" as a concept.
    ConceptCase("The EU pledged €50 billion in aid, on top of €18 billion already disbursed.", "€18 billion", "aid"),
    ConceptCase("The club paid in excess of £80m for the striker.", "£80m", "club"),
    ConceptCase("The scheme will cost in the region of £3bn.", "£3bn", "scheme"),
    ConceptCase("Upwards of 40,000 fans are expected at the final.", "40,000", "fans"),
    // ...but "the top of" and "the region of" a place are nouns.
    ConceptCase("The region of 4 million people depends on tourism.", "4 million", "region"),
    // A time adjunct between the subject and its verb is passed over.
    ConceptCase("Global temperatures in 2023 were 1.48C above pre-industrial levels.", "1.48C", "Global temperatures"),
    ConceptCase("Sales in the first quarter rose 4% to $2.1bn.", "4%", "Sales"),
    ConceptCase("Exports during March fell 2.3%.", "2.3%", "Exports"),
    // ...and a place is no time.
    ConceptCase("Prices in London rose 3.1% in the year.", "3.1%", "Prices in London"),
    // A figure alone between commas is its noun's.
    ConceptCase("The asteroid, about 140 metres across, will pass within 1.8 million km of Earth.", "140 metres", "asteroid"),
    ConceptCase("The new bridge, 1.2km long, opened on Monday.", "1.2km", "new bridge"),
    ConceptCase("The volcano, 3,300 metres high, erupted overnight.", "3,300 metres", "volcano"),
    // ...but not a figure that opens its own clause.
    ConceptCase("Within a week, 300 people had signed the petition.", "300", "people"),
    // A price paid "in cash" or "in shares" is about what is bought, not the cash.
    ConceptCase("Vantage Telecom agreed to buy rival Northlink for €4.8bn in cash and shares.", "€4.8bn", "rival Northlink"),
    ConceptCase("The insurer will buy the broker for $2bn in stock.", "$2bn", "broker"),
    // ...while money "in" what it counts still names it.
    ConceptCase("The app brought in $5bn in revenue.", "$5bn", "revenue"),
    // A compound ending on a particle is a noun: "start-up", "sell-off".
    ConceptCase("Alphabet will acquire the cybersecurity start-up for $23 billion.", "$23 billion", "cybersecurity start-up"),
    ConceptCase("The club sold the striker for a club-record £90m.", "£90m", "striker"),
    // A count inside a subject sizes the noun it is "of", and that noun is the subject.
    ConceptCase("The marathon field of 50,000 runners raised an estimated £66m for charity.", "£66m", "marathon field"),
    ConceptCase("A fleet of 40 ships carried 2 million tonnes of grain.", "40", "fleet"),
    ConceptCase("A crowd of 60,000 fans watched the final.", "60,000", "crowd"),
    // "a range of" is the owner's figure, as "a total of" is...
    ConceptCase("The Fed raised interest rates by 25 basis points to a range of 5.25% to 5.5%.", "5.25% to 5.5%", "interest rates"),
    ConceptCase("Analysts put the deal at a range of $4bn to $5bn.", "$4bn to $5bn", "deal"),
    // ...while a counted range keeps its noun.
    ConceptCase("The shop stocks a range of 40 products.", "40", "products"),
    // ...but "a total of" names no group.
    ConceptCase("A total of 300 people died in the floods.", "300", "people"),
]

/// Cases for the rules added after the calibration set's second reading: who "it" stands
/// for, margins, predicates after "was" and "will", figures paired by a preposition,
/// a ratio's group, bare movements, a ratio to revenue under an object, and "minus".
/// Written as news sentences of our own; each rule has cases where it must not fire.
let referenceConcepts: [ConceptCase] = [
    // "it" and "they" stand for the subject the sentence opens on...
    ConceptCase("Lindqvist Audio said it has sold 40m of its speakers since 2004.", "40m", "Lindqvist Audio"),
    ConceptCase("The defence ministry said it would buy 24 F-16 jets.", "24", "defence ministry"),
    ConceptCase("Tesco said it would open 40 new stores next year.", "40", "Tesco"),
    ConceptCase("Kestrel Air will cut 13,000 jobs as it closes three plants in Ohio.", "three", "Kestrel Air"),
    ConceptCase("The carmaker expects it will build 500,000 vehicles in Mexico.", "500,000", "carmaker"),
    ConceptCase("BP said it had hired 1,200 engineers for the project.", "1,200", "BP"),
    ConceptCase("Most councils say they will raise council tax by 5%.", "5%", "council tax"),
    // ...and no one when the sentence opens on something else.
    ConceptCase("On Tuesday it said 400 jobs would go.", "400", "jobs"),
    ConceptCase("After the vote, it emerged that 12 MPs had rebelled.", "12", "MPs"),
    // A margin is the winner's, not the race's.
    ConceptCase("Kiprono won the race by 38 seconds.", "38 seconds", "Kiprono"),
    ConceptCase("Spain beat Italy by two goals in the final.", "two goals", "Spain"),
    ConceptCase("The incumbent lost the election by 1,200 votes.", "1,200", "incumbent"),
    ConceptCase("Labour leads the Conservatives by 18 points in the latest poll.", "18 points", "Labour"),
    // A change verb's object is still what changes.
    ConceptCase("The EU cut emissions by 55%.", "55%", "emissions"),
    ConceptCase("The update extends the battery life by 4 hours.", "4 hours", "battery life"),
    // After "was" or "will" the figure is the subject's.
    ConceptCase("Sterling rose 0.4%, while the euro was flat at 86.1 pence.", "86.1 pence", "euro"),
    ConceptCase("The cooperative said turnover was broadly flat at £11.3bn.", "£11.3bn", "turnover"),
    ConceptCase("The World Cup will feature 48 teams for the first time.", "48", "World Cup"),
    ConceptCase("The new stadium will seat 62,000 fans.", "62,000", "new stadium"),
    ConceptCase("Oil was steady at $82 a barrel.", "$82 a barrel", "Oil"),
    // A second figure after a preposition shares the first's owner.
    ConceptCase("Haller has scored 14 goals in 19 league games this season.", "19", "Haller"),
    ConceptCase("The goalkeeper kept 16 clean sheets in 30 appearances.", "30", "goalkeeper"),
    ConceptCase("The World Cup will feature 104 matches across 16 host cities.", "16", "World Cup"),
    ConceptCase("The fund raised $2bn from 40 investors.", "40", "fund"),
    // ...but not when a preposition opens a figure of its own.
    ConceptCase("Exports rose 5% in 2023.", "5%", "Exports"),
    ConceptCase("Haller scored in 19 league games.", "19", "league games"),
    // A ratio is about the group named after it.
    ConceptCase("Roughly one in eight small firms said they had cut staff.", "one in eight", "small firms"),
    ConceptCase("One in five adults in the region lives below the poverty line.", "One in five", "adults"),
    ConceptCase("Nearly one in three nurses plans to leave the profession.", "one in three", "nurses"),
    // A bare movement names nothing: whose movement it is does.
    ConceptCase("Schools will receive an extra $340 per pupil, an increase of about 4%.", "4%", "Schools"),
    ConceptCase("Shoppers spent 2.5 billion euros online, a 9% increase on last year.", "9%", "Shoppers"),
    ConceptCase("Analysts expect growth of 1.5% this year.", "1.5%", "growth"),
    ConceptCase("The bank reported a loss of $5m.", "$5m", "loss"),
    // A fee or a cost is named with its owner; a total only by its owner.
    ConceptCase("The club have agreed a fee of £45m for the midfielder.", "£45m", "fee"),
    ConceptCase("The state will hire 1,200 officers at a cost of $96 million.", "$96 million", "cost"),
    ConceptCase("The appeal raised a total of £2.1m.", "£2.1m", "appeal"),
    // A ratio to revenue under a verb's object belongs to the object.
    ConceptCase("The league will cap squad costs at 70% of revenue.", "70%", "squad costs"),
    // "minus" is the sign, not a word standing between a verb and its figure.
    ConceptCase("Consumer confidence fell to minus 21 in May.", "minus 21", "Consumer confidence"),
    ConceptCase("The index of house prices stood at minus 12.", "minus 12", "index of house prices"),
]

/// An amount of a material names its subject and the material; a share names only its whole.
let materialConcepts: [ConceptCase] = [
    ConceptCase("The company's data centres used 5.6 billion gallons of water last year.", "5.6 billion gallons", "data centres water"),
    ConceptCase("The mine produced 2.3 million tonnes of copper in 2023.", "2.3 million tonnes", "mine copper"),
    ConceptCase("The firm has repaid $4bn of debt since March.", "$4bn", "firm debt"),
    ConceptCase("Investigators recovered 40 hours of footage from the car.", "40 hours", "Investigators footage"),
    ConceptCase("China supplies 90% of microelectronics.", "90%", "microelectronics"),
    ConceptCase("The council sold a fifth of its housing stock.", "a fifth", "housing stock"),
    ConceptCase("Police said 300 kilograms of cocaine were seized.", "300 kilograms", "cocaine"),
    // Past "could" or "will" the subject still owns the amount; "used" and "stores" are verbs.
    ConceptCase("Data centres could consume 945 terawatt-hours of electricity by 2030.", "945 terawatt-hours", "Data centres"),
    ConceptCase("The plant will burn 400,000 tonnes of waste a year.", "400,000 tonnes", "plant"),
    ConceptCase("The data centres used 5.6 billion gallons of water last year.", "5.6 billion gallons", "data centres"),
    ConceptCase("The new cell stores 300 watt-hours per kilogram.", "300 watt-hours per kilogram", "new cell"),
]

/// A time between a verb and its figure is an adverbial; a participle after a comma has
/// the sentence's subject.
let adverbialConcepts: [ConceptCase] = [
    ConceptCase("Global smartphone shipments fell 11% year on year to 268 million units.", "268 million", "Global smartphone shipments"),
    ConceptCase("Exports rose 4% last month to $21bn.", "$21bn", "Exports"),
    ConceptCase("Car sales fell 3% in March to 1.2 million vehicles.", "1.2 million", "Car sales"),
    ConceptCase("The network now has 6,000 satellites in orbit, serving 3 million users.", "3 million", "network"),
    ConceptCase("The storm hit the coast on Sunday, killing at least 37 people.", "37", "storm"),
    ConceptCase("Shares in the chip designer climbed 9%, adding some $180bn to its market value.", "$180bn", "Shares in chip designer"),
    // A participle with no subject to borrow, or a reported clause, keeps its own reading.
    ConceptCase("On Sunday, killing at least 37 people, the storm moved inland.", "37", "people"),
    ConceptCase("Officials said 300 people died.", "300", "people"),
]

/// A count joined by "to" or "with" belongs to the clause's subject, back to its verb only.
let prepositionalConcepts: [ConceptCase] = [
    ConceptCase("The scheme will bring speeds of 1,000 megabits to 2 million homes.", "2 million", "scheme"),
    ConceptCase("The bill passed the Senate with 68 votes in favour.", "68", "bill"),
    ConceptCase("The airline flies to 120 destinations in Europe.", "120", "airline"),
    ConceptCase("The club sold out with 60,000 fans inside.", "60,000", "club"),
    // A level reached through "to" after an object stays the object's.
    ConceptCase("The government cut the workforce to 9,000 staff.", "9,000", "workforce"),
    // Past a comma, a verb of saying or a conjunction, the count keeps its own noun.
    ConceptCase("Officials said that with 300 staff the unit could cope.", "300", "staff"),
    ConceptCase("It rained, and with 12,000 fans inside the match went ahead.", "12,000", "fans"),
]

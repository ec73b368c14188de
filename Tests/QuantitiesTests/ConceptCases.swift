/// One sentence, one of its figures, and what the figure is about (Issue 10's Concept
/// convention): written for these tests in news style, never copied from a benchmark.
struct ConceptCase: Sendable, CustomTestStringConvertible {
    var input: String
    /// Text inside the figure as the extractor reports it ("5%", "$1,904").
    var figure: String
    /// The expected concept words, space-separated; empty when the figure is about nothing named.
    var concept: String

    init(_ input: String, _ figure: String, _ concept: String) {
        self.input = input
        self.figure = figure
        self.concept = concept
    }

    var testDescription: String { "\(figure) in \(input)" }
}

import Testing

/// Business and markets: subjects before verbs, objects before "by", prices, relative clauses.
let businessConcepts: [ConceptCase] = [
    ConceptCase("Exports rose 5% in March.", "5%", "exports"),
    ConceptCase("Unilever, which employs 9,000 people in Britain, said profits rose.", "9,000", "Unilever"),
    ConceptCase("The March gold contract was down $12 at $1,904 an ounce.", "$12", "March gold contract"),
    ConceptCase("The March gold contract was down $12 at $1,904 an ounce.", "$1,904", "March gold contract"),
    ConceptCase("The company earns 70% of its income from subscriptions.", "70%", "company income"),
    ConceptCase("The S&P 500 fell 2.1% on Tuesday.", "2.1%", "S&P 500"),
    ConceptCase("Shares of Apple fell 3% to $150.", "3%", "Shares of Apple"),
    ConceptCase("Shares of Apple fell 3% to $150.", "$150", "Shares of Apple"),
    ConceptCase("Inflation rose to 5%, the ONS said.", "5%", "inflation"),
    ConceptCase("2,000 jobs were cut by Ford.", "2,000", "Ford"),
    ConceptCase("Ford cut 2,000 jobs in Germany.", "2,000", "Ford"),
    ConceptCase("Tesco, the UK's biggest retailer, said like-for-like sales rose 3.1%.", "3.1%", "like-for-like sales"),
    ConceptCase("Brent crude rose to $58.24 a barrel.", "$58.24", "Brent crude"),
    ConceptCase("The central bank cut interest rates by 25 basis points.", "25 basis points", "interest rates"),
    ConceptCase("Unemployment fell 0.3 percentage points to 4.1 per cent in March.", "0.3", "unemployment"),
    ConceptCase("Unemployment fell 0.3 percentage points to 4.1 per cent in March.", "4.1", "unemployment"),
    ConceptCase("Apple reported revenue of $94.8 billion for the quarter.", "$94.8", "revenue"),
    ConceptCase("The deal is worth $5bn.", "$5bn", "deal"),
    ConceptCase("Nvidia's market value topped $3 trillion.", "$3 trillion", "Nvidia's market value"),
    ConceptCase("The FTSE 100 closed 0.4% higher at 8,150 points.", "0.4%", "FTSE 100"),
    ConceptCase("Sales at Burberry slumped 20% in the quarter.", "20%", "sales at Burberry"),
    ConceptCase("Alphabet's revenue grew 14% to $80.5 billion.", "14%", "Alphabet's revenue"),
    ConceptCase("Alphabet's revenue grew 14% to $80.5 billion.", "$80.5", "Alphabet's revenue"),
    ConceptCase("Toyota sold 10.5 million vehicles last year.", "10.5 million", "Toyota"),
    ConceptCase("Amazon employs more than 1.5 million people worldwide.", "1.5 million", "Amazon"),
    ConceptCase("The airline carried 5.2 million passengers in July.", "5.2 million", "airline"),
    ConceptCase("Oil prices have fallen by almost 40% since June.", "40%", "oil prices"),
    ConceptCase("The pound was down 0.5% against the dollar at $1.27.", "0.5%", "pound"),
    ConceptCase("Microsoft agreed a $69bn takeover of Activision.", "$69bn", "takeover of Activision"),
    ConceptCase("BP reported a 40% drop in profits.", "40%", "profits"),
    ConceptCase("The firm's pre-tax profit jumped 23% to £1.2bn.", "23%", "firm's pre-tax profit"),
    ConceptCase("Germany's economy shrank 0.3% in the second quarter.", "0.3%", "Germany's economy"),
    ConceptCase("The average house price reached £285,000 in June, Halifax said.", "£285,000", "average house price"),
    ConceptCase("Rolls-Royce will cut up to 2,500 jobs.", "2,500", "Rolls-Royce"),
    ConceptCase("The bank set aside $1.4bn for bad loans.", "$1.4bn", "bank"),
    ConceptCase("Barclays shares closed 4% lower at 150p.", "4%", "Barclays shares"),
    ConceptCase("Revenue at the division rose 8% to $2.1bn.", "8%", "revenue at division"),
    ConceptCase("The Bank of England raised rates to 5.25%.", "5.25%", "rates"),
    ConceptCase("Analysts expect growth of 1.5% this year.", "1.5%", "growth"),
    ConceptCase("The company, based in Leeds, employs 1,200 staff.", "1,200", "company"),
    ConceptCase("Vodafone plans to cut 11,000 jobs over three years.", "11,000", "Vodafone"),
    ConceptCase("The index of consumer confidence dropped 3 points to -17.", "3 points", "index of consumer confidence"),
    ConceptCase("House prices in London fell 1.2% in the year to March.", "1.2%", "house prices in London"),
    ConceptCase("The euro rose 0.3% to $1.09.", "$1.09", "euro"),
    ConceptCase("Gold hit an all-time high of $2,450 an ounce.", "$2,450", "gold all-time high"),
    ConceptCase("The average salary in the sector is £45,000.", "£45,000", "average salary in sector"),
    ConceptCase("A barrel of Brent cost $82 on Friday.", "$82", "barrel of Brent"),
    ConceptCase("About 60% of the workforce is employed in services.", "60%", "workforce"),
    ConceptCase("China's exports grew 8.5% in May.", "8.5%", "China's exports"),
    ConceptCase("Retail sales volumes rose by 0.5% in April, the ONS said.", "0.5%", "retail sales volumes"),
    ConceptCase("Uber's losses narrowed to $1.2bn.", "$1.2bn", "Uber's losses"),
    ConceptCase("Prices for new cars have climbed 20% since 2020.", "20%", "prices for new cars"),
    ConceptCase("Mortgage approvals fell to 43,300 in July.", "43,300", "mortgage approvals"),
    ConceptCase("The UK economy is forecast to grow by 0.5% next year.", "0.5%", "UK economy"),
    ConceptCase("A Tesla Model 3 costs $38,990 in the US.", "$38,990", "Tesla Model 3"),
    ConceptCase("Shares in Rivian, which makes electric trucks, fell 9%.", "9%", "shares in Rivian"),
    ConceptCase("Its operating profit rose 12% to $4.3bn.", "12%", "operating profit"),
    ConceptCase("Google will invest $25bn in data centres.", "$25bn", "data centres"),
    ConceptCase("Debt at the utility stands at £18bn.", "£18bn", "debt at utility"),
    ConceptCase("Lloyds set aside £1.1bn to cover car loan claims.", "£1.1bn", "Lloyds"),
]

/// Politics and public finance.
let politicsConcepts: [ConceptCase] = [
    ConceptCase("Turnout was 67.3%, the Electoral Commission said.", "67.3%", "turnout"),
    ConceptCase("The Conservatives' share of the vote fell to 23.7%.", "23.7%", "Conservatives' share of vote"),
    ConceptCase("Government borrowing rose to £16.6bn in May.", "£16.6bn", "government borrowing"),
    ConceptCase("Support for the Greens rose 4 points to 12%.", "12%", "support for Greens"),
    ConceptCase("Trump's approval rating slipped to 38%.", "38%", "Trump's approval rating"),
    ConceptCase("Around 1.2 million people signed the petition.", "1.2 million", "people"),
    ConceptCase("The minimum wage will rise to £11.44 an hour in April.", "£11.44", "minimum wage"),
    ConceptCase("NHS waiting lists reached 7.7 million in September.", "7.7 million", "NHS waiting lists"),
    ConceptCase("Net migration hit a record 745,000 in 2022.", "745,000", "net migration"),
    ConceptCase("The President's approval rating stands at 41%, according to Gallup.", "41%", "President's approval rating"),
    ConceptCase("The government will spend £20bn on the scheme.", "£20bn", "government"),
    ConceptCase("Public sector net debt was 98.8% of GDP.", "98.8%", "public sector net debt GDP"),
    ConceptCase("The defence budget will rise to 2.5% of GDP by 2027.", "2.5%", "defence budget GDP"),
    ConceptCase("Some 38% said they expected prices to rise.", "38%", ""),
    ConceptCase("Officials said 300 people had died.", "300", "people"),
    ConceptCase("There were 300 complaints last year.", "300", "complaints"),
    ConceptCase("Some 61 councillors gave their answers.", "61", "councillors"),
    ConceptCase("The council tax will rise by 4.99% in April.", "4.99%", "council tax"),
    ConceptCase("Labour's lead in the polls has narrowed to 8 points.", "8 points", "Labour's lead in polls"),
    ConceptCase("About 40% of voters backed the plan.", "40%", "voters"),
    ConceptCase("The city council approved a port budget of $48.5 million on Tuesday.", "$48.5", "port budget"),
    ConceptCase("Defence spending, which fell after 2010, will reach £64bn.", "£64bn", "defence spending"),
    ConceptCase("The state pension will increase by 8.5% next April.", "8.5%", "state pension"),
    ConceptCase("Food inflation eased to 9.6% in July.", "9.6%", "food inflation"),
    ConceptCase("The number of rough sleepers rose 27% last year.", "27%", "number of rough sleepers"),
    ConceptCase("The party's membership has fallen to 172,000.", "172,000", "party's membership"),
    ConceptCase("It rose 5% last year.", "5%", ""),
    ConceptCase("They paid $5m for the site.", "$5m", ""),
    // Pronouns, number words and variables name nothing.
    ConceptCase("All 70 of us signed the letter.", "70", ""),
    ConceptCase("There are 20 apples in the box.", "20", "apples"),
    ConceptCase("x is equal to 170.", "170", ""),
    ConceptCase("Two of the 12 board members voted against.", "12", "board members"),
]

/// Sport.
let sportConcepts: [ConceptCase] = [
    ConceptCase("Haaland has scored 27 goals this season.", "27", "Haaland"),
    ConceptCase("The 17-year-old striker joined in January.", "17", "striker"),
    ConceptCase("Verstappen won by 12 seconds.", "12 seconds", "Verstappen"),
    ConceptCase("Wembley's capacity is 90,000.", "90,000", "Wembley's capacity"),
    ConceptCase("The club's revenue climbed 12% to €714m.", "€714m", "club's revenue"),
    ConceptCase("Ticket prices will rise by 5% next season.", "5%", "ticket prices"),
    ConceptCase("Djokovic, who is 36, has won 24 majors.", "36", "Djokovic"),
    ConceptCase("The race attracted 40,000 runners.", "40,000", "race"),
    ConceptCase("Leicester were fined £880,000 by the league.", "£880,000", "Leicester"),
    ConceptCase("Manchester City's wage bill rose to £423m.", "£423m", "Manchester City's wage bill"),
    ConceptCase("England were bowled out for 183.", "183", "England"),
    ConceptCase("The stadium holds 62,000 fans.", "62,000", "stadium"),
    ConceptCase("Sky paid £6.7bn for the rights to show Premier League games.", "£6.7bn", "Sky"),
    ConceptCase("The Olympic flame travelled 12,000 km across France.", "12,000", "Olympic flame"),
    ConceptCase("Attendance at the final was 84,000.", "84,000", "attendance at final"),
    ConceptCase("Ohtani signed a $700m contract with the Dodgers.", "$700m", "contract"),
]

/// Technology and science.
let scienceConcepts: [ConceptCase] = [
    ConceptCase("The update extends the battery life by 4 hours.", "4 hours", "battery life"),
    ConceptCase("The EU pledged to cut emissions by 55% by 2030.", "55%", "emissions"),
    ConceptCase("The new chip is 40% faster than its predecessor.", "40%", "new chip"),
    ConceptCase("The phone's battery lasts 20 hours.", "20 hours", "phone's battery"),
    ConceptCase("Samsung's profit fell 56% in the third quarter.", "56%", "Samsung's profit"),
    ConceptCase("TikTok has more than 1 billion users.", "1 billion", "TikTok"),
    ConceptCase("The data centre will use 100 megawatts of power.", "100 megawatts", "power"),
    ConceptCase("Broadband bills average £35 a month.", "£35", "broadband bills"),
    ConceptCase("Nvidia's shares have risen 200% this year.", "200%", "Nvidia's shares"),
    ConceptCase("The update cuts loading times by 30%.", "30%", "loading times"),
    ConceptCase("Global smartphone shipments fell 12% to 1.17 billion units.", "12%", "global smartphone shipments"),
    ConceptCase("The satellite orbits at an altitude of 550km.", "550km", "altitude"),
    ConceptCase("Global temperatures have risen by 1.1C since pre-industrial times.", "1.1", "global temperatures"),
    ConceptCase("The vaccine was 95% effective in trials.", "95%", "vaccine"),
    ConceptCase("Arctic sea ice shrank to 4.2 million square kilometres.", "4.2 million", "Arctic sea ice"),
    ConceptCase("The virus has killed more than 6.9 million people worldwide.", "6.9 million", "virus"),
    ConceptCase("Sea levels could rise by up to 1 metre by 2100.", "1 metre", "sea levels"),
    ConceptCase("The telescope's mirror measures 6.5 metres across.", "6.5 metres", "telescope's mirror"),
    ConceptCase("Life expectancy fell to 76.4 years in 2021.", "76.4", "life expectancy"),
    ConceptCase("The drug cut the risk of death by 25%.", "25%", "risk of death"),
    ConceptCase("Carbon dioxide emissions rose 2.4% last year.", "2.4%", "carbon dioxide emissions"),
    ConceptCase("The comet is travelling at 41 miles per second.", "41", "comet"),
    ConceptCase("Obesity rates among children have doubled to 20%.", "20%", "obesity rates among children"),
    ConceptCase("The study followed 12,000 women for 10 years.", "12,000", "study"),
    ConceptCase("The battery can store 13.5 kWh of energy.", "13.5", "energy"),
    ConceptCase("Intel is cutting 15% of its workforce.", "15%", "Intel workforce"),
    ConceptCase("Meta's headcount fell 22% to 67,317.", "67,317", "Meta's headcount"),
    ConceptCase("Starlink now has more than 3 million customers.", "3 million", "Starlink"),
    ConceptCase("Apple sold 231 million iPhones in 2015.", "231 million", "Apple"),
    ConceptCase("The rover travelled 28 miles on Mars.", "28 miles", "rover"),
    ConceptCase("Wind power generated 29% of Britain's electricity last year.", "29%", "Britain's electricity"),
    ConceptCase("The probe, launched in 2006, flew 3 billion miles to reach Pluto.", "3 billion", "probe"),
    ConceptCase("Average download speeds rose 18% to 75Mbps, Ofcom said.", "18%", "average download speeds"),
    ConceptCase("A 7.8-magnitude earthquake struck southern Turkey.", "7.8", "earthquake"),
    ConceptCase("The quake killed more than 50,000 people.", "50,000", "quake"),
    ConceptCase("The glacier has lost 30% of its mass since 1990.", "30%", "glacier mass"),
    ConceptCase("Storage costs fell by half to $50 per terabyte.", "$50", "storage costs"),
]

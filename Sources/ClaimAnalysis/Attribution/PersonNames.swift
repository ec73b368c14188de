/// Whether a named person is a man or a woman, as far as the text tells: a title ("Mr",
/// "Lady"), a common first name ("Sarah", "Declan"), or a pronoun that could only have meant
/// them. Used to resolve "he said" and "she said" (see `Antecedents`).
enum Gender: Equatable {
    case male, female, unknown

    /// The gender of a pronoun: "he", "him" → male; "she", "her" → female.
    init(pronoun lower: String) {
        switch lower {
        case "he", "him", "his", "himself": self = .male
        case "she", "her", "hers", "herself": self = .female
        default: self = .unknown
        }
    }

    /// Whether a person of this gender may be meant by a pronoun of `pronoun`'s.
    func isCompatible(with pronoun: Gender) -> Bool {
        self == .unknown || pronoun == .unknown || self == pronoun
    }
}

/// Titles, honorifics and first names that tell a person apart from a body and tell their
/// gender. Data only: the one place to extend when a name is missing.
enum PersonNames {
    /// Honorifics standing before a name, lowercase, with the gender they give. A title here
    /// makes the name after it a person ("Lady Carrow opened the wing"), speaker or not.
    static let honorifics: [String: Gender] = [
        "mr": .male, "sir": .male, "lord": .male, "mister": .male, "king": .male, "prince": .male,
        "duke": .male, "earl": .male, "baron": .male, "viscount": .male, "father": .male, "fr": .male,
        "mrs": .female, "ms": .female, "miss": .female, "lady": .female, "dame": .female, "madam": .female,
        "queen": .female, "princess": .female, "duchess": .female, "baroness": .female, "countess": .female,
        "sister": .female,
        "dr": .unknown, "prof": .unknown, "professor": .unknown, "rev": .unknown, "reverend": .unknown,
        "judge": .unknown, "justice": .unknown, "sen": .unknown, "rep": .unknown, "gov": .unknown,
        "cllr": .unknown, "councillor": .unknown, "det": .unknown,
    ]

    /// Role nouns that give a gender: "the spokeswoman, Jane Doe".
    static let genderedRoles: [String: Gender] = [
        "spokeswoman": .female, "chairwoman": .female, "congresswoman": .female, "businesswoman": .female,
        "councilwoman": .female, "policewoman": .female, "headmistress": .female, "actress": .female,
        "spokesman": .male, "congressman": .male, "businessman": .male, "councilman": .male,
        "policeman": .male, "headmaster": .male, "actor": .male,
    ]

    /// Common first names by gender: English ones, and the Irish and international ones news
    /// in English names most. Names that are as often a man's as a woman's ("Alex", "Jordan",
    /// "Sam", "Jean", "Andrea", "Nicola", "Jan") and ones that are mostly words or places
    /// ("Will", "May", "June", "April", "Georgia", "Victoria") are left out: their gender stays
    /// unknown.
    static let male: Set<String> = [
        "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
        "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Antony", "Mark", "Donald", "Steven",
        "Stephen", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy",
        "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan",
        "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Frank", "Alexander",
        "Raymond", "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Henry", "Adam", "Douglas",
        "Nathan", "Peter", "Zachary", "Kyle", "Walter", "Harold", "Jeremy", "Ethan", "Carl", "Keith",
        "Roger", "Gerald", "Christian", "Terry", "Sean", "Seán", "Arthur", "Noah", "Lawrence", "Joe",
        "Bryan", "Billy", "Bruce", "Albert", "Gabriel", "Alan", "Wayne", "Roy", "Ralph", "Eugene",
        "Vincent", "Russell", "Louis", "Philip", "Phillip", "Bobby", "Johnny", "Bradley", "Tom", "Tomás",
        "Tomas", "Jim", "Jimmy", "Bob", "Bill", "Mike", "Dave", "Steve", "Tony", "Rob", "Ben", "Dan",
        "Harry", "Oliver", "Liam", "Declan", "Ciaran", "Ciarán", "Cian", "Conor", "Connor", "Niall",
        "Padraig", "Pádraig", "Seamus", "Séamus", "Eamon", "Eamonn", "Éamon", "Dermot", "Fergal", "Colm",
        "Ronan", "Oisin", "Oisín", "Kieran", "Hugh", "Ian", "Graham", "Neil", "Nigel", "Simon", "Stuart",
        "Martin", "Colin", "Derek", "Barry", "Trevor", "Keir", "Rishi", "Boris", "Gordon", "Nick",
        "Vladimir", "Volodymyr", "Olaf", "Emmanuel", "Jens", "Elon", "Kwame", "Kofi", "Sergei", "Sergey",
        "Dmitry", "Dmitri", "Luis", "Carlos", "José", "Jose", "Pedro", "Miguel", "Javier", "Pablo",
        "Diego", "Marco", "Luca", "Giovanni", "Giuseppe", "Enzo", "Hans", "Klaus", "Jürgen", "Wolfgang",
        "Friedrich", "Lars", "Erik", "Sven", "Pierre", "Jacques", "François", "Mohammed", "Muhammad",
        "Mohamed", "Ahmed", "Omar", "Hassan", "Ravi", "Rahul", "Sanjay", "Vikram", "Arjun", "Hiroshi",
        "Kenji", "Ivan", "Viktor", "Pavel", "Andrzej", "Tomasz", "Piotr", "Matteo", "Lorenzo", "Antonio",
        "Francisco", "Manuel", "Rafael", "Fernando", "Ricardo", "Eduardo", "Alessandro", "Stefan",
        "Andreas", "Markus", "Thorsten", "Henrik", "Magnus", "Mateo", "Joaquín", "Barack", "Mitt",
        "Ed", "Ted", "Fred", "Frederick", "Gerard", "Gerry", "Leo", "Leon", "Max", "Sebastian",
        "Hamish", "Callum", "Euan", "Angus", "Rhys", "Gareth", "Dafydd", "Owen", "Dylan", "Jamal",
        "Malik", "Tariq", "Imran", "Sadiq", "Nadhim", "Wes", "Mikel", "Pep", "Erling",
    ]
    static let female: Set<String> = [
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah",
        "Karen", "Lisa", "Nancy", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna",
        "Michelle", "Carol", "Amanda", "Dorothy", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon",
        "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna", "Brenda", "Pamela", "Emma",
        "Nicole", "Helen", "Samantha", "Katherine", "Catherine", "Kathryn", "Christine", "Debra",
        "Rachel", "Carolyn", "Janet", "Maria", "María", "Heather", "Diane", "Julie", "Joyce", "Kelly",
        "Christina", "Lauren", "Joan", "Evelyn", "Olivia", "Judith", "Megan", "Cheryl", "Martha",
        "Hannah", "Jacqueline", "Ann", "Anne", "Gloria", "Alice", "Teresa", "Theresa", "Sara", "Janice",
        "Doris", "Julia", "Grace", "Judy", "Abigail", "Marie", "Denise", "Beverly", "Amber", "Marilyn",
        "Danielle", "Diana", "Natalie", "Sophia", "Sophie", "Isabella", "Charlotte", "Lucy", "Chloe",
        "Ella", "Amelia", "Mia", "Ava", "Ruby", "Holly", "Jane", "Joanna", "Priya", "Aoife", "Siobhan",
        "Siobhán", "Sinead", "Sinéad", "Niamh", "Orla", "Ciara", "Roisin", "Róisín", "Caoimhe", "Aisling",
        "Maeve", "Mairead", "Máiréad", "Bridget", "Fiona", "Kirsty", "Gillian", "Elaine", "Lorraine",
        "Tracey", "Tracy", "Yvette", "Harriet", "Liz", "Kate", "Katie", "Penny", "Priti", "Ursula",
        "Kamala", "Hillary", "Giorgia", "Ségolène", "Annalena", "Kristalina", "Ngozi", "Jacinda", "Elin",
        "Ingrid", "Astrid", "Greta", "Anita", "Aisha", "Fatima", "Yasmin", "Leila", "Layla", "Mariam",
        "Meera", "Sunita", "Anjali", "Deepa", "Elena", "Olga", "Natalia", "Svetlana", "Irina", "Yulia",
        "Ana", "Lucia", "Lucía", "Carmen", "Isabel", "Sofia", "Giulia", "Francesca", "Monika", "Katarzyna",
        "Agnieszka", "Magdalena", "Claire", "Clare", "Louise", "Caroline", "Alison", "Allison", "Jill",
        "Wendy", "Ruth", "Esther", "Miriam", "Eleanor", "Eilidh", "Morag", "Mhairi", "Sian", "Siân",
        "Bethan", "Cerys", "Rhiannon", "Nadia", "Sana", "Shabana", "Rosie", "Ellie", "Georgina",
        "Jessie", "Beth", "Bethany", "Lindsey", "Emer", "Aine", "Áine", "Deirdre", "Nuala", "Grainne",
        "Gráinne", "Una", "Úna", "Eimear", "Sorcha", "Clodagh", "Edel", "Marian", "Marion", "Rita",
        "Jenny", "Jennie", "Kerry", "Nina", "Vanessa", "Veronica", "Yolanda", "Zoe", "Zoë", "Kemi",
        "Suella", "Rosa", "Ines", "Inès", "Camille", "Mette", "Sanna",
    ]

    static func gender(ofFirstName name: String) -> Gender {
        if male.contains(name) { return .male }
        if female.contains(name) { return .female }
        return .unknown
    }
}

/// Units the extractor knows, keyed by their written forms (lowercased, one or more tokens
/// joined by single spaces), with their normalized names.
///
/// A normalized name is the unit's full name in lowercase, never a symbol, as the CQE
/// extractor names units (issue 10's convention): any US dollar is `dollar` and other
/// dollars name their country (`australian dollar`); `celsius`, `fahrenheit`, `kelvin`, and
/// `degree` for angles and degrees on no scale; symbols are spelled out (`milliampere-hour`
/// for mAh, `parts-per-million` for ppm, `micrometre` for µm); a rate is "X per Y"
/// (`barrel per day`, `dollar per month`). Counted nouns are named by
/// `Reader.countedNounName(from:to:)`.
struct UnitEntry: Sendable {
    var normalized: String
    var kind: QuantityKind
}

enum UnitVocabulary {
    /// Currency signs written before the amount.
    static let currencySigns: [String: String] = [
        "$": "dollar", "us$": "dollar", "us $": "dollar",
        "c$": "canadian dollar", "a$": "australian dollar", "nz$": "new zealand dollar",
        "hk$": "hong kong dollar", "€": "euro", "£": "pound sterling", "¥": "japanese yen",
        "₹": "indian rupee", "₽": "russian ruble", "₩": "south korean won", "rs": "indian rupee",
        "rs.": "indian rupee", "usd": "dollar", "eur": "euro", "gbp": "pound sterling",
        "jpy": "japanese yen", "cny": "chinese yuan", "rmb": "chinese yuan", "inr": "indian rupee",
        "chf": "swiss franc", "cad": "canadian dollar", "aud": "australian dollar",
        "r$": "brazilian real", "uah": "ukrainian hryvnia", "s$": "singapore dollar",
        "mex$": "mexican peso", "aud$": "australian dollar", "cad$": "canadian dollar",
        "au$": "australian dollar", "ca$": "canadian dollar", "nt$": "new taiwan dollar",
        "sek": "swedish krona", "nok": "norwegian krone", "dkk": "danish krone", "krw": "south korean won",
        "brl": "brazilian real", "mxn": "mexican peso", "zar": "south african rand", "hkd": "hong kong dollar",
        "sgd": "singapore dollar", "nzd": "new zealand dollar", "rub": "russian ruble", "pln": "polish zloty",
        "usd$": "dollar", "nzd$": "new zealand dollar", "mxn$": "mexican peso",
        "₿": "bitcoin", "₺": "turkish lira", "₴": "ukrainian hryvnia", "₪": "israeli new shekel",
        "₦": "nigerian naira", "₡": "costa rican colón", "₾": "georgian lari", "₭": "lao kip",
        "฿": "thai baht",
    ]

    /// Letters before "$" that name a country's dollar: "C$", "HK $", "NZD$".
    static let dollarPrefixes: [String: String] = [
        "us": "dollar", "usd": "dollar", "c": "canadian dollar",
        "ca": "canadian dollar", "cad": "canadian dollar", "a": "australian dollar",
        "au": "australian dollar", "aud": "australian dollar", "nz": "new zealand dollar",
        "nzd": "new zealand dollar", "hk": "hong kong dollar", "hkd": "hong kong dollar",
        "s": "singapore dollar", "sgd": "singapore dollar", "mex": "mexican peso",
        "mxn": "mexican peso", "r": "brazilian real", "nt": "new taiwan dollar",
    ]

    /// Currency names written after the amount.
    static let currencyWords: [String: String] = [
        "dollar": "dollar", "dollars": "dollar", "us dollars": "dollar",
        "u.s. dollars": "dollar", "euro": "euro", "euros": "euro",
        "pounds sterling": "pound sterling", "sterling": "pound sterling", "yen": "japanese yen",
        "yuan": "chinese yuan", "renminbi": "chinese yuan", "rupee": "indian rupee",
        "rupees": "indian rupee", "ruble": "russian ruble", "rubles": "russian ruble",
        "rouble": "russian ruble", "roubles": "russian ruble", "francs": "swiss franc",
        "swiss francs": "swiss franc", "pesos": "mexican peso", "peso": "mexican peso",
        "mexican pesos": "mexican peso", "lira": "turkish lira", "turkish lira": "turkish lira",
        "australian dollars": "australian dollar", "australian dollar": "australian dollar",
        "canadian dollars": "canadian dollar", "canadian dollar": "canadian dollar",
        "new zealand dollars": "new zealand dollar", "hong kong dollars": "hong kong dollar",
        "singapore dollars": "singapore dollar", "us dollar": "dollar",
        "u.s. dollar": "dollar", "american dollars": "dollar",
        "japanese yen": "japanese yen", "chinese yuan": "chinese yuan", "indian rupees": "indian rupee",
        "pakistani rupees": "pakistani rupee", "british pounds": "pound sterling",
        "rmb": "chinese yuan", "franc": "swiss franc", "swiss franc": "swiss franc",
        "guilders": "netherlands guilder", "dutch guilders": "netherlands guilder", "bitcoin": "bitcoin",
        "bitcoins": "bitcoin", "btc": "bitcoin", "元": "chinese yuan", "sek": "swedish krona", "nok": "norwegian krone",
        "dkk": "danish krone", "krw": "south korean won", "brl": "brazilian real", "mxn": "mexican peso",
        "zar": "south african rand", "hkd": "hong kong dollar", "sgd": "singapore dollar",
        "nzd": "new zealand dollar", "pln": "polish zloty", "jpy": "japanese yen", "cny": "chinese yuan",
        "chf": "swiss franc", "cad": "canadian dollar", "aud": "australian dollar", "inr": "indian rupee",
        "krona": "swedish krona", "kronor": "swedish krona", "krone": "norwegian krone", "kroner": "norwegian krone",
        "zloty": "polish zloty", "zlotys": "polish zloty", "shekels": "israeli new shekel", "naira": "nigerian naira",
        "baht": "thai baht", "ringgit": "malaysian ringgit", "dirhams": "united arab emirates dirham", "円": "japanese yen", "rand": "south african rand",
        "reais": "brazilian real", "hryvnia": "ukrainian hryvnia", "hryvnias": "ukrainian hryvnia",
        "cent": "cent", "cents": "cent", "pence": "penny", "p": "penny",
        "usd": "dollar", "eur": "euro", "gbp": "pound sterling",
        "finnish markka": "finnish markka", "markka": "finnish markka", "markkaa": "finnish markka",
        "satoshi": "satoshi", "satoshis": "satoshi", "ரூ": "sri lankan rupee", "රු": "sri lankan rupee",
    ]

    /// Measures, durations and other units written after the number.
    static let units: [String: UnitEntry] = {
        var table: [String: UnitEntry] = [:]
        func add(_ normalized: String, _ kind: QuantityKind, _ forms: String...) {
            for form in forms { table[form] = UnitEntry(normalized: normalized, kind: kind) }
        }
        add("percentage", .percentage, "%", "٪", "percent", "per cent", "pct", "percentage")
        add("percentage point", .percentage, "percentage point", "percentage points", "pp", "points of percentage")
        add("basis point", .percentage, "basis point", "basis points", "bp", "bps")
        add("point", .number, "point", "points", "pts")
        add("count", .multiple, "times", "fold")
        add("parts-per-million", .number, "ppm", "parts per million", "parts-per-million")
        add("parts-per-billion", .number, "ppb", "parts per billion", "parts-per-billion")
        add("parts-per-trillion", .number, "parts per trillion", "parts-per-trillion")
        add("year", .duration, "year", "years", "yr", "yrs")
        add("month", .duration, "month", "months")
        add("week", .duration, "week", "weeks")
        add("day", .duration, "day", "days")
        add("hour", .duration, "hour", "hours", "hr", "hrs")
        add("minute", .duration, "minute", "minutes", "min", "mins")
        add("second", .duration, "second", "seconds", "sec", "secs")
        add("millisecond", .duration, "millisecond", "milliseconds", "ms")
        add("microsecond", .duration, "microsecond", "microseconds")
        add("nanosecond", .duration, "nanosecond", "nanoseconds")
        add("decade", .duration, "decade", "decades")
        add("century", .duration, "century", "centuries")
        add("millennium", .duration, "millennium", "millennia")
        add("mile", .measure, "mile", "miles", "mi")
        add("kilometre", .measure, "kilometre", "kilometres", "kilometer", "kilometers", "km")
        add("metre", .measure, "metre", "metres", "meter", "meters", "m")
        add("centimetre", .measure, "centimetre", "centimetres", "centimeter", "centimeters", "cm")
        add("millimetre", .measure, "millimetre", "millimetres", "millimeter", "millimeters", "mm")
        add("foot", .measure, "foot", "feet", "ft")
        add("inch", .measure, "inch", "inches")
        add("yard", .measure, "yard", "yards", "yd")
        add("nautical mile", .measure, "nautical mile", "nautical miles")
        add("kilogram", .measure, "kilogram", "kilograms", "kg", "kilo", "kilos", "kilogramme", "kilogrammes")
        add("gram", .measure, "gram", "grams", "g", "gramme", "grammes")
        add("milligram", .measure, "milligram", "milligrams", "mg", "milligramme", "milligrammes")
        add("pound-mass", .measure, "lb", "lbs")
        add("ounce", .measure, "ounce", "ounces", "oz")
        add("tonne", .measure, "tonne", "tonnes", "metric ton", "metric tons", "t")
        add("ton", .measure, "ton", "tons")
        add("ton per day", .measure, "tpd", "tons per day", "ton per day")
        add("kiloton", .measure, "kiloton", "kilotons", "kilotonne", "kilotonnes")
        add("megaton", .measure, "megaton", "megatons", "megatonne", "megatonnes")
        add("gigaton", .measure, "gigaton", "gigatons", "gigatonne", "gigatonnes")
        add("litre", .measure, "litre", "litres", "liter", "liters", "l")
        add("gallon", .measure, "gallon", "gallons", "gal")
        add("pint", .measure, "pint", "pints")
        add("mile per gallon", .measure, "mpg", "miles per gallon", "mile per gallon")
        add("barrel", .measure, "barrel", "barrels", "bbl")
        add("barrel per day", .measure, "bpd", "b/d", "bbl/d", "barrels per day", "barrel per day", "barrels a day")
        add("cubic metre", .measure, "cubic metre", "cubic metres", "cubic meter", "cubic meters", "m3", "m³")
        add("square metre", .measure, "square metre", "square metres", "square meter", "square meters", "sq m", "sqm", "m2", "m²")
        add("square kilometre", .measure, "square kilometre", "square kilometres", "square kilometer", "square kilometers", "sq km", "km2", "km²")
        add("square mile", .measure, "square mile", "square miles", "sq mi")
        add("square foot", .measure, "square foot", "square feet", "sq ft")
        add("acre", .measure, "acre", "acres")
        add("hectare", .measure, "hectare", "hectares", "ha")
        add("mile per hour", .measure, "mph", "miles per hour", "mile per hour", "miles an hour")
        add("kilometre per hour", .measure, "km/h", "kmh", "kph", "kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour")
        add("metre per second", .measure, "m/s", "metres per second", "meters per second")
        add("knot", .measure, "knot", "knots")
        add("revolutions per minute", .measure, "rpm", "revolutions per minute")
        add("pound-foot", .measure, "pound-feet", "pound-foot", "lb-ft", "lb ft")
        add("newton metre", .measure, "newton metres", "newton meters", "newton-metres", "newton metre", "newton-metre")
        add("horsepower", .measure, "horsepower", "hp", "bhp")
        add("pound per square inch", .measure, "psi", "pounds per square inch", "pound per square inch")
        add("kilopound per square inch", .measure, "ksi", "kilopounds per square inch", "kilopound per square inch")
        add("millimetre of mercury", .measure, "mmhg", "millimetres of mercury", "millimeters of mercury", "millimetre of mercury", "millimeter of mercury")
        add("pascal", .measure, "pascal", "pascals")
        add("kilopascal", .measure, "kilopascal", "kilopascals", "kpa")
        add("hectopascal", .measure, "hectopascal", "hectopascals", "hpa")
        add("megapascal", .measure, "megapascal", "megapascals", "mpa")
        add("millibar", .measure, "millibar", "millibars", "mbar")
        add("decibel", .measure, "decibel", "decibels", "db")
        add("joule", .measure, "joule", "joules")
        add("kilojoule", .measure, "kilojoule", "kilojoules", "kj")
        add("megajoule", .measure, "megajoule", "megajoules", "mj")
        add("gigajoule", .measure, "gigajoule", "gigajoules", "gj")
        add("ampere", .measure, "ampere", "amperes", "amp", "amps")
        add("ampere-hour", .measure, "ampere-hour", "ampere-hours", "ampere hour", "ampere hours", "amp-hour", "amp-hours")
        add("milliampere-hour", .measure, "mah", "milliampere-hour", "milliampere-hours", "milliampere hour", "milliampere hours", "milliamp-hour", "milliamp-hours")
        add("megapixel", .measure, "megapixel", "megapixels", "mp")
        add("carat", .measure, "carat", "carats")
        add("radian", .measure, "radian", "radians", "rad")
        add("watt", .measure, "watt", "watts", "w")
        add("kilowatt", .measure, "kilowatt", "kilowatts", "kw")
        add("megawatt", .measure, "megawatt", "megawatts", "mw")
        add("gigawatt", .measure, "gigawatt", "gigawatts", "gw")
        add("kilowatt hour", .measure, "kilowatt hour", "kilowatt hours", "kilowatt-hour", "kilowatt-hours", "kwh")
        add("terawatt", .measure, "terawatt", "terawatts", "tw")
        add("megawatt hour", .measure, "megawatt hour", "megawatt hours", "megawatt-hour", "megawatt-hours", "mwh")
        add("celsius", .measure, "°c", "degrees celsius", "degree celsius", "celsius", "degrees centigrade", "centigrate")
        add("fahrenheit", .measure, "°f", "degrees fahrenheit", "degree fahrenheit", "fahrenheit")
        add("byte", .measure, "byte", "bytes")
        add("kilobyte", .measure, "kilobyte", "kilobytes")
        add("megabyte", .measure, "megabyte", "megabytes")
        add("gigabyte", .measure, "gigabyte", "gigabytes")
        add("terabyte", .measure, "terabyte", "terabytes")
        add("petabyte", .measure, "petabyte", "petabytes")
        add("exabyte", .measure, "exabyte", "exabytes")
        // Bits are a lowercase "b" ("Mb", "100 mb"), bytes a capital ("MB"): see `caseSensitiveUnits`.
        add("bit", .measure, "bit", "bits")
        add("kilobit", .measure, "kilobit", "kilobits", "kb", "kbit")
        add("megabit", .measure, "megabit", "megabits", "mb", "mbit")
        add("gigabit", .measure, "gigabit", "gigabits", "gb", "gbit")
        add("terabit", .measure, "terabit", "terabits", "tb", "tbit")
        add("kilobit per second", .measure, "kbps", "kb/s", "kilobits per second", "kilobit per second")
        add("megabit per second", .measure, "mbps", "mb/s", "mbit/s", "megabits per second", "megabit per second")
        add("gigabit per second", .measure, "gbps", "gb/s", "gbit/s", "gigabits per second", "gigabit per second")
        add("volt", .measure, "volt", "volts", "v")
        add("kilovolt", .measure, "kilovolt", "kilovolts", "kv")
        add("calorie", .measure, "calorie", "calories")
        add("kilocalorie", .measure, "kilocalorie", "kilocalories", "kcal", "kcals")
        add("millilitre", .measure, "millilitre", "millilitres", "milliliter", "milliliters", "ml")
        add("centilitre", .measure, "centilitre", "centilitres", "centiliter", "centiliters", "cl")
        add("decilitre", .measure, "decilitre", "decilitres", "deciliter", "deciliters", "dl")
        add("decimetre", .measure, "decimetre", "decimetres", "decimeter", "decimeters", "dm")
        add("microgram", .measure, "microgram", "micrograms", "μg", "µg", "mcg", "microgramme", "microgrammes")
        add("nanometre", .measure, "nanometre", "nanometres", "nanometer", "nanometers", "nm")
        add("micrometre", .measure, "micrometre", "micrometres", "micrometer", "micrometers", "micron", "microns", "µm", "μm")
        add("picometre", .measure, "picometre", "picometres", "picometer", "picometers")
        add("light-year", .measure, "light-year", "light-years", "light year", "light years")
        add("cubic kilometre", .measure, "cubic kilometre", "cubic kilometres", "cubic kilometer", "cubic kilometers", "km3", "km³")
        add("cubic centimetre", .measure, "cubic centimetre", "cubic centimetres", "cubic centimeter", "cubic centimeters", "cc", "cm3", "cm³")
        add("cubic foot", .measure, "cubic foot", "cubic feet", "cu ft", "cu foot")
        add("tablespoon", .measure, "tablespoon", "tablespoons", "tbsp")
        add("teaspoon", .measure, "teaspoon", "teaspoons", "tsp")
        add("cup", .measure, "cup", "cups")
        add("hertz", .measure, "hertz", "hz")
        add("kilohertz", .measure, "kilohertz", "khz")
        add("megahertz", .measure, "megahertz", "mhz")
        add("gigahertz", .measure, "gigahertz", "ghz")
        add("watt hour", .measure, "watt hour", "watt hours", "watt-hour", "watt-hours", "wh")
        add("gigawatt hour", .measure, "gigawatt hour", "gigawatt hours", "gigawatt-hour", "gigawatt-hours", "gwh")
        add("terawatt hour", .measure, "terawatt hour", "terawatt hours", "terawatt-hour", "terawatt-hours", "twh")
        add("electronvolt", .measure, "electronvolt", "electronvolts", "electron volt", "electron volts", "ev")
        add("kelvin", .measure, "kelvin", "kelvins")
        add("degree", .measure, "degree", "degrees", "°", "deg")
        add("kilometre per hour", .measure, "kmph")
        add("celsius", .measure, "deg c", "deg celsius", "degrees c", "degree c", "celcius", "degrees celcius", "centigrade")
        add("fahrenheit", .measure, "deg f", "deg fahrenheit", "degrees f", "degree f", "farenheit", "degrees farenheit")
        add("pound-mass", .measure, "pound", "pounds")
        // Only as a capital glued to the number ("40C", "104F"); see `Reader.readUnit`.
        add("celsius", .measure, "c")
        add("fahrenheit", .measure, "f")
        return table
    }()

    /// Symbols whose case tells two units apart, matched on the token as written before
    /// `units` is consulted: a capital "B" is a byte and a lowercase "b" a bit ("64GB",
    /// "100Mb"), "Nm" is a newton metre where "nm" is a nanometre.
    static let caseSensitiveUnits: [String: UnitEntry] = {
        var table: [String: UnitEntry] = [:]
        func add(_ normalized: String, _ forms: String...) {
            for form in forms { table[form] = UnitEntry(normalized: normalized, kind: .measure) }
        }
        add("kilobyte", "KB", "kB")
        add("megabyte", "MB")
        add("gigabyte", "GB")
        add("terabyte", "TB")
        add("kilobit", "Kb")
        add("megabit", "Mb")
        add("gigabit", "Gb")
        add("terabit", "Tb")
        add("newton metre", "Nm")
        return table
    }()

    /// Short symbols that are also words or initials, units only when glued to the number:
    /// "48MP" is megapixels, "one MP" a member of parliament; "1.5rad", "50cc".
    static let gluedOnlyForms: Set<String> = ["cc", "mp", "rad"]

    /// Short symbols that in capitals are initials, not units: "100,000 MS patients" (not
    /// milliseconds), "300 DB trains" (not decibels); "12 ms", "85 dB" stay units.
    static let notInCapitals: Set<String> = ["ms", "db", "mj", "tw"]

    /// `units` indexed by first token.
    static let unitIndex = PhraseIndex(units)

    /// `currencyWords` indexed by first token.
    static let currencyWordIndex = PhraseIndex(currencyWords)

    /// Nouns that make "a"/"an" after a figure a rate's "per": "$500 a month", "50,000
    /// barrels a day", "$1,904 an ounce". Any noun after "per" or "/" does.
    static let rateNounsAfterA: TokenSet = [
        "share", "barrel", "month", "year", "week", "day", "hour", "head", "person", "ton",
        "tonne", "gallon", "litre", "liter", "kilogram", "kilo", "pound", "ounce", "night", "unit",
        "piece", "kilowatt-hour", "minute", "game", "match", "season", "trip", "visit", "flight",
        "meal", "ticket", "seat", "pupil", "student", "patient", "household", "mile", "kilometre",
    ]

    /// Words after "a year", "a month" that make it a point in time, not a rate: "$6.1 billion
    /// a year earlier", "a month ago", "a week after the vote".
    static let notRatesAfterPeriod: TokenSet = [
        "earlier", "ago", "before", "later", "previously", "on", "prior", "after", "since",
        "back", "hence", "beforehand", "apart", "old",
    ]

    /// Words after a number that name when, not how much: "June 18", "10 am".
    static let clockWords: TokenSet = ["am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "o'clock", "h"]
}

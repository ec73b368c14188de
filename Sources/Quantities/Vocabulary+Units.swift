/// Units the extractor knows, keyed by their written forms (lowercased, one or more tokens
/// joined by single spaces), with quantulum3's canonical names.
struct UnitEntry: Sendable {
    var normalized: String
    var kind: QuantityKind
}

enum UnitVocabulary {
    /// Currency signs written before the amount.
    static let currencySigns: [String: String] = [
        "$": "dollar", "us$": "united states dollar", "us $": "united states dollar",
        "c$": "canadian dollar", "a$": "australian dollar", "nz$": "new zealand dollar",
        "hk$": "hong kong dollar", "€": "euro", "£": "pound sterling", "¥": "japanese yen",
        "₹": "indian rupee", "₽": "russian ruble", "₩": "south korean won", "rs": "indian rupee",
        "rs.": "indian rupee", "usd": "united states dollar", "eur": "euro", "gbp": "pound sterling",
        "jpy": "japanese yen", "cny": "chinese yuan", "rmb": "chinese yuan", "inr": "indian rupee",
        "chf": "swiss franc", "cad": "canadian dollar", "aud": "australian dollar",
        "r$": "brazilian real", "uah": "ukrainian hryvnia", "s$": "singapore dollar",
        "mex$": "mexican peso", "aud$": "australian dollar", "cad$": "canadian dollar",
        "au$": "australian dollar", "ca$": "canadian dollar", "nt$": "new taiwan dollar",
        "sek": "swedish krona", "nok": "norwegian krone", "dkk": "danish krone", "krw": "south korean won",
        "brl": "brazilian real", "mxn": "mexican peso", "zar": "south african rand", "hkd": "hong kong dollar",
        "sgd": "singapore dollar", "nzd": "new zealand dollar", "rub": "russian ruble", "pln": "polish zloty",
        "usd$": "united states dollar", "nzd$": "new zealand dollar", "mxn$": "mexican peso",
        "₿": "bitcoin", "₺": "turkish lira", "₴": "ukrainian hryvnia", "₪": "israeli new shekel",
        "₦": "nigerian naira", "₡": "costa rican colón", "₾": "georgian lari", "₭": "lao kip",
        "฿": "thai baht",
    ]

    /// Letters before "$" that name a country's dollar: "C$", "HK $", "NZD$".
    static let dollarPrefixes: [String: String] = [
        "us": "united states dollar", "usd": "united states dollar", "c": "canadian dollar",
        "ca": "canadian dollar", "cad": "canadian dollar", "a": "australian dollar",
        "au": "australian dollar", "aud": "australian dollar", "nz": "new zealand dollar",
        "nzd": "new zealand dollar", "hk": "hong kong dollar", "hkd": "hong kong dollar",
        "s": "singapore dollar", "sgd": "singapore dollar", "mex": "mexican peso",
        "mxn": "mexican peso", "r": "brazilian real", "nt": "new taiwan dollar",
    ]

    /// Currency names written after the amount.
    static let currencyWords: [String: String] = [
        "dollar": "dollar", "dollars": "dollar", "us dollars": "united states dollar",
        "u.s. dollars": "united states dollar", "euro": "euro", "euros": "euro",
        "pounds sterling": "pound sterling", "sterling": "pound sterling", "yen": "japanese yen",
        "yuan": "chinese yuan", "renminbi": "chinese yuan", "rupee": "indian rupee",
        "rupees": "indian rupee", "ruble": "russian ruble", "rubles": "russian ruble",
        "rouble": "russian ruble", "roubles": "russian ruble", "francs": "swiss franc",
        "swiss francs": "swiss franc", "pesos": "mexican peso", "peso": "mexican peso",
        "mexican pesos": "mexican peso", "lira": "turkish lira", "turkish lira": "turkish lira",
        "australian dollars": "australian dollar", "australian dollar": "australian dollar",
        "canadian dollars": "canadian dollar", "canadian dollar": "canadian dollar",
        "new zealand dollars": "new zealand dollar", "hong kong dollars": "hong kong dollar",
        "singapore dollars": "singapore dollar", "us dollar": "united states dollar",
        "u.s. dollar": "united states dollar", "american dollars": "united states dollar",
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
        "usd": "united states dollar", "eur": "euro", "gbp": "pound sterling",
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
        add("year", .duration, "year", "years", "yr", "yrs")
        add("month", .duration, "month", "months")
        add("week", .duration, "week", "weeks")
        add("day", .duration, "day", "days")
        add("hour", .duration, "hour", "hours", "hr", "hrs")
        add("minute", .duration, "minute", "minutes", "min", "mins")
        add("second", .duration, "second", "seconds", "sec", "secs")
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
        add("kilogram", .measure, "kilogram", "kilograms", "kg", "kilo", "kilos")
        add("gram", .measure, "gram", "grams", "g")
        add("milligram", .measure, "milligram", "milligrams", "mg")
        add("pound-mass", .measure, "lb", "lbs")
        add("ounce", .measure, "ounce", "ounces", "oz")
        add("tonne", .measure, "tonne", "tonnes", "metric ton", "metric tons", "t")
        add("ton", .measure, "ton", "tons")
        add("litre", .measure, "litre", "litres", "liter", "liters", "l")
        add("gallon", .measure, "gallon", "gallons", "gal")
        add("barrel", .measure, "barrel", "barrels", "bbl")
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
        add("newton metre", .measure, "nm", "newton metres", "newton meters", "newton-metres")
        add("horsepower", .measure, "horsepower", "hp", "bhp")
        add("watt", .measure, "watt", "watts", "w")
        add("kilowatt", .measure, "kilowatt", "kilowatts", "kw")
        add("megawatt", .measure, "megawatt", "megawatts", "mw")
        add("gigawatt", .measure, "gigawatt", "gigawatts", "gw")
        add("kilowatt hour", .measure, "kilowatt hour", "kilowatt hours", "kilowatt-hour", "kilowatt-hours", "kwh")
        add("megawatt hour", .measure, "megawatt hour", "megawatt hours", "mwh")
        add("degree Celsius", .measure, "°c", "degrees celsius", "degree celsius", "celsius", "degrees centigrade")
        add("degree fahrenheit", .measure, "°f", "degrees fahrenheit", "degree fahrenheit", "fahrenheit")
        add("byte", .measure, "byte", "bytes")
        add("kilobyte", .measure, "kilobyte", "kilobytes", "kb")
        add("megabyte", .measure, "megabyte", "megabytes", "mb")
        add("gigabyte", .measure, "gigabyte", "gigabytes", "gb")
        add("terabyte", .measure, "terabyte", "terabytes", "tb")
        add("volt", .measure, "volt", "volts", "v")
        add("kilovolt", .measure, "kilovolt", "kilovolts", "kv")
        add("calorie", .measure, "calorie", "calories", "kcal")
        add("millilitre", .measure, "millilitre", "millilitres", "milliliter", "milliliters", "ml")
        add("centilitre", .measure, "centilitre", "centilitres", "centiliter", "centiliters", "cl")
        add("decilitre", .measure, "decilitre", "decilitres", "deciliter", "deciliters", "dl")
        add("decimetre", .measure, "decimetre", "decimetres", "decimeter", "decimeters", "dm")
        add("microgram", .measure, "microgram", "micrograms", "μg", "µg", "mcg")
        add("nanometre", .measure, "nanometre", "nanometres", "nanometer", "nanometers")
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
        add("gigawatt hour", .measure, "gigawatt hour", "gigawatt hours", "gwh")
        add("terawatt hour", .measure, "terawatt hour", "terawatt hours", "twh")
        add("electronvolt", .measure, "electronvolt", "electronvolts", "electron volt", "electron volts", "ev")
        add("kelvin", .measure, "kelvin", "kelvins")
        add("degree angle", .measure, "degree", "degrees", "°", "deg")
        add("kilometre per hour", .measure, "kmph")
        add("degree Celsius", .measure, "deg c", "deg celsius", "degrees c", "degree c", "celcius", "degrees celcius", "centigrade")
        add("degree fahrenheit", .measure, "deg f", "deg fahrenheit", "degrees f", "degree f", "farenheit", "degrees farenheit")
        add("pound-mass", .measure, "pound", "pounds")
        // Only as a capital glued to the number ("40C", "104F"); see `Reader.readUnit`.
        add("degree Celsius", .measure, "c")
        add("degree fahrenheit", .measure, "f")
        return table
    }()

    /// `units` indexed by first token.
    static let unitIndex = PhraseIndex(units)

    /// `currencyWords` indexed by first token.
    static let currencyWordIndex = PhraseIndex(currencyWords)

    /// Words after a number that name when, not how much: "June 18", "10 am".
    static let clockWords: Set<TokenKey> = ["am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "o'clock", "h"]
}

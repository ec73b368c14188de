/// The names of months and weekdays, lowercased: a closed word class, defined once for every
/// rule that reads dates (the recognizers here, and the sentence splitter, furniture,
/// attribution, claim classes and flag cues of the analysis).
public enum CalendarWords {
    /// "january" … "december".
    public static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]
    /// "jan" … "dec", with "sept" beside "sep" ("may" is its own abbreviation).
    public static let monthAbbreviations = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    /// Every month word: names and abbreviations.
    public static let months: Set<String> = Set(monthNames + monthAbbreviations)
    /// "monday" … "sunday".
    public static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// "mon", "tue", "tues" … "sun".
    public static let weekdayAbbreviations = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
}

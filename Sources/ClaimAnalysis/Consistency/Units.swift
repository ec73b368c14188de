/// Unit arithmetic the checks need: a rate's unit without its period, durations in seconds.
enum Units {
    /// "pound sterling per year" → "pound sterling": an amount and the same amount a year
    /// are one quantity for a change's endpoints.
    static func base(_ unit: String?) -> String? {
        guard let unit else { return nil }
        for period in [" per year", " per month", " per week", " per day"] where unit.hasSuffix(period) {
            return String(unit.dropLast(period.count))
        }
        return unit
    }

    /// Seconds in one of a duration unit, or nil for anything else.
    static func seconds(_ unit: String?) -> Double? {
        switch unit {
        case "second": 1
        case "minute": 60
        case "hour": 3600
        case "day": 86_400
        case "week": 604_800
        default: nil
        }
    }
}

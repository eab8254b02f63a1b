import NewsGraphRDF

/// The fields of an xsd:dateTime or xsd:date lexical form, for YEAR, MONTH, DAY, HOURS,
/// MINUTES, SECONDS, TIMEZONE and TZ.
struct DateTimeParts {
    var year: Int
    var month: Int
    var day: Int
    var hour = 0
    var minute = 0
    /// Seconds with their fraction, as written ("05.5").
    var seconds = "0"
    /// The timezone as written ("Z", "-08:00"), nil when absent.
    var zone: String?

    init?(_ text: String) {
        let s = Substring(text)
        let negative = s.hasPrefix("-")
        let body = negative ? s.dropFirst() : s
        let dateAndTime = body.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        var date = dateAndTime[0]
        var time: Substring? = dateAndTime.count > 1 ? dateAndTime[1] : nil
        func takeZone(_ part: inout Substring) -> String? {
            if part.hasSuffix("Z") { part = part.dropLast(); return "Z" }
            if part.count >= 6, let sign = part.dropLast(5).last, sign == "+" || sign == "-", part.suffix(6).dropFirst().contains(":") {
                let zone = String(part.suffix(6))
                part = part.dropLast(6)
                return zone
            }
            return nil
        }
        if time != nil { zone = takeZone(&time!) } else { zone = takeZone(&date) }
        let fields = date.split(separator: "-")
        guard fields.count == 3, let y = Int(fields[0]), let m = Int(fields[1]), let d = Int(fields[2]) else { return nil }
        year = negative ? -y : y
        month = m
        day = d
        if let time {
            let t = time.split(separator: ":")
            guard t.count == 3, let h = Int(t[0]), let mi = Int(t[1]), NumericValue.isDecimalLexical(String(t[2])) else { return nil }
            hour = h
            minute = mi
            seconds = String(t[2])
        }
    }

    func component(_ f: Expression.Function) -> Term? {
        let integer = Vocabulary.xsd + "integer"
        switch f {
        case .year: return .typed(String(year), integer)
        case .month: return .typed(String(month), integer)
        case .day: return .typed(String(day), integer)
        case .hours: return .typed(String(hour), integer)
        case .minutes: return .typed(String(minute), integer)
        case .seconds:
            guard let n = NumericValue(Literal(seconds, datatype: Vocabulary.xsd + "decimal")) else { return nil }
            return n.term
        case .tz: return .string(zone ?? "")
        case .timezone:
            guard let zone else { return nil }
            return .typed(Self.duration(zone), Vocabulary.xsd + "dayTimeDuration")
        default: return nil
        }
    }

    /// "Z" -> "PT0S", "-08:00" -> "-PT8H", "+05:30" -> "PT5H30M".
    static func duration(_ zone: String) -> String {
        if zone == "Z" { return "PT0S" }
        let sign = zone.hasPrefix("-") ? "-" : ""
        let parts = zone.dropFirst().split(separator: ":")
        let h = Int(parts[0]) ?? 0, m = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        if h == 0 && m == 0 { return "PT0S" }
        return sign + "PT" + (h > 0 ? "\(h)H" : "") + (m > 0 ? "\(m)M" : "")
    }
}

/// Splits one CSV record (RFC 4180 quoting, no line breaks inside fields).
enum CSVRecord {
    static func fields(of record: Substring) throws(CSVProblem) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false, wasQuoted = false
        var characters = record.makeIterator()
        while let character = characters.next() {
            if quoted {
                if character != "\"" {
                    field.append(character)
                    continue
                }
                // A quote ends the field unless another quote follows.
                guard let next = characters.next() else {
                    quoted = false
                    break
                }
                if next == "\"" {
                    field.append("\"")
                } else if next == "," {
                    quoted = false
                    fields.append(field)
                    field = ""
                    wasQuoted = false
                } else {
                    throw CSVProblem(description: "a closing quote is not followed by a comma")
                }
                continue
            }
            switch character {
            case ",":
                fields.append(field)
                field = ""
                wasQuoted = false
            case "\"" where field.isEmpty && !wasQuoted:
                quoted = true
                wasQuoted = true
            case "\"":
                throw CSVProblem(description: "a quote inside an unquoted field")
            default:
                field.append(character)
            }
        }
        if quoted { throw CSVProblem(description: "a quoted field is not closed") }
        fields.append(field)
        return fields
    }
}

/// Why a CSV record could not be split.
struct CSVProblem: Error, CustomStringConvertible {
    let description: String
}

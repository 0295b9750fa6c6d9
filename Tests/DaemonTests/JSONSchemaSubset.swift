import Foundation

/// A JSON value as decoded from text, with integers kept apart from other numbers (JSON
/// Schema's "integer") and booleans never confused with numbers.
indirect enum JSONValue: Decodable, Equatable {
    case null, bool(Bool), integer(Int64), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let v = try? c.decode(Bool.self) { self = .bool(v) }
        else if let v = try? c.decode(Int64.self) { self = .integer(v) }
        else if let v = try? c.decode(Double.self) { self = .number(v) }
        else if let v = try? c.decode(String.self) { self = .string(v) }
        else if let v = try? c.decode([JSONValue].self) { self = .array(v) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    static func parse(_ text: String) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) }

    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// A validator for the part of JSON Schema (draft 2020-12) that docs/result.schema.json uses:
/// type, enum, properties, required, additionalProperties, propertyNames, items,
/// minItems/maxItems, minimum/maximum, pattern, maxLength and local $ref into $defs. Any other
/// keyword is reported rather than ignored, so the schema cannot state a rule no test checks.
struct JSONSchemaSubset {
    static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs"]
    static let assertions: Set<String> = ["type", "enum", "properties", "required", "additionalProperties", "propertyNames",
                                          "items", "minItems", "maxItems", "minimum", "maximum", "pattern", "maxLength", "$ref"]
    let root: [String: JSONValue]

    init(_ schema: JSONValue) throws {
        guard case let .object(root) = schema else { throw CocoaError(.propertyListReadCorrupt) }
        self.root = root
    }

    /// Keywords anywhere in the schema that this validator does not implement.
    func unsupportedKeywords() -> [String] {
        var found: [String] = []
        func walk(_ schema: JSONValue, _ path: String) {
            guard case let .object(keywords) = schema else { return }
            for (key, value) in keywords {
                if !Self.annotations.contains(key) && !Self.assertions.contains(key) { found.append(path + "/" + key) }
                switch key {
                case "properties", "$defs":
                    if case let .object(members) = value { for (name, sub) in members { walk(sub, "\(path)/\(key)/\(name)") } }
                case "items", "additionalProperties", "propertyNames": walk(value, "\(path)/\(key)")
                default: break
                }
            }
        }
        walk(.object(root), "#")
        return found.sorted()
    }

    /// Every violation, each as "instance path: what is wrong".
    func errors(_ value: JSONValue) -> [String] {
        var errors: [String] = []
        check(value, .object(root), "$", &errors)
        return errors
    }

    private func check(_ value: JSONValue, _ schema: JSONValue, _ path: String, _ errors: inout [String]) {
        guard case let .object(s) = schema else {
            if schema == .bool(false) { errors.append("\(path): not allowed") }
            return
        }
        if case let .string(ref)? = s["$ref"] {
            let name = ref.hasPrefix("#/$defs/") ? String(ref.dropFirst(8)) : ""
            if case let .object(defs)? = root["$defs"], let target = defs[name] {
                check(value, target, path, &errors)
            } else {
                errors.append("\(path): unresolvable $ref \(ref)")
            }
        }
        if let type = s["type"] {
            let allowed: [String]
            switch type {
            case let .string(one): allowed = [one]
            case let .array(many): allowed = many.compactMap { if case let .string(t) = $0 { t } else { nil } }
            default: allowed = []
            }
            let actual = value.typeName
            let matches = allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))
                || (actual == "number" && allowed.contains("integer") && { if case let .number(d) = value { d == d.rounded() } else { false } }())
            if !matches { errors.append("\(path): \(actual), expected \(allowed.joined(separator: " or "))") }
        }
        if case let .array(options)? = s["enum"], !options.contains(value) {
            errors.append("\(path): \(value) is not one of the allowed values")
        }
        switch value {
        case let .object(members):
            if case let .array(required)? = s["required"] {
                for case let .string(key) in required where members[key] == nil { errors.append("\(path): missing key \(key)") }
            }
            let properties: [String: JSONValue]
            if case let .object(p)? = s["properties"] { properties = p } else { properties = [:] }
            for (key, member) in members.sorted(by: { $0.key < $1.key }) {
                if let names = s["propertyNames"] { check(.string(key), names, "\(path) key \(key)", &errors) }
                if let sub = properties[key] {
                    check(member, sub, "\(path).\(key)", &errors)
                } else if let extra = s["additionalProperties"] {
                    check(member, extra, "\(path).\(key)", &errors)
                }
            }
        case let .array(items):
            if case let .integer(most)? = s["maxItems"], items.count > most { errors.append("\(path): \(items.count) items, at most \(most)") }
            if case let .integer(least)? = s["minItems"], items.count < least { errors.append("\(path): \(items.count) items, at least \(least)") }
            if let sub = s["items"] { for (index, item) in items.enumerated() { check(item, sub, "\(path)[\(index)]", &errors) } }
        case let .string(text):
            if case let .integer(most)? = s["maxLength"], text.unicodeScalars.count > most {
                errors.append("\(path): \(text.unicodeScalars.count) characters, at most \(most)")
            }
            if case let .string(pattern)? = s["pattern"] {
                let regex = try? NSRegularExpression(pattern: pattern)
                if regex?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                    errors.append("\(path): \"\(text.prefix(80))\" does not match \(pattern)")
                }
            }
        case .integer, .number:
            let number: Double = if case let .integer(i) = value { Double(i) } else if case let .number(d) = value { d } else { 0 }
            if let minimum = s["minimum"].flatMap(Self.double), number < minimum { errors.append("\(path): \(number) < \(minimum)") }
            if let maximum = s["maximum"].flatMap(Self.double), number > maximum { errors.append("\(path): \(number) > \(maximum)") }
        default: break
        }
    }

    private static func double(_ value: JSONValue) -> Double? {
        switch value {
        case let .integer(i): Double(i)
        case let .number(d): d
        default: nil
        }
    }
}

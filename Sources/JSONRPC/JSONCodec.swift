import CJSONC

/// Why a JSON text did not parse. `offset` is the byte offset (into the input) where the
/// problem was found, when known.
public struct JSONParseError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public let offset: Int?

    public init(message: String, offset: Int? = nil) {
        self.message = message
        self.offset = offset
    }

    public var description: String {
        if let offset { return "invalid JSON at byte \(offset): \(message)" }
        return "invalid JSON: \(message)"
    }
}

/// Parses JSON with libjson-c and writes it in Swift.
public enum JSONCodec {
    /// Deepest nesting of arrays and objects `parse` accepts.
    public static let maximumDepth: Int32 = 128

    /// Parses one JSON text (RFC 8259) with libjson-c's `json_tokener` in strict mode.
    ///
    /// On top of json-c's strict mode (no comments, single quotes, trailing commas, leading
    /// zeros or trailing garbage), this rejects what json-c still lets through: `NaN`,
    /// `Infinity`, numbers that overflow `Double`, `1.` (a fraction without digits), raw control
    /// characters in strings and invalid UTF-8 (overlong forms, surrogates). Only whitespace may
    /// surround the value. Nesting deeper than `maximumDepth` is an error. An integer that does
    /// not fit `Int64` becomes `.double`. An escaped lone surrogate (`"\ud800"`) becomes U+FFFD,
    /// as json-c decodes it. A member name containing `\u0000` is cut there (json-c keeps
    /// names as C strings); repeated member names keep the last value at the first position.
    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        guard bytes.count < Int(Int32.max) else {
            throw JSONParseError(message: "input of \(bytes.count) bytes is too large")
        }
        let insertions = try bytes.withUnsafeBufferPointer { buffer throws(JSONParseError) in
            try LexicalCheck.run(buffer)
        }
        if insertions.isEmpty {
            return try bytes.withUnsafeBufferPointer { buffer throws(JSONParseError) in
                try parseWithJSONC(buffer, insertions: [])
            }
        }
        // Integers beyond Int64 get a ".0" so json-c reads them as doubles instead of clamping.
        var rewritten: [UInt8] = []
        rewritten.reserveCapacity(bytes.count + 2 * insertions.count)
        var from = 0
        for position in insertions {
            rewritten.append(contentsOf: bytes[from..<position])
            rewritten.append(UInt8(ascii: "."))
            rewritten.append(UInt8(ascii: "0"))
            from = position
        }
        rewritten.append(contentsOf: bytes[from...])
        return try rewritten.withUnsafeBufferPointer { buffer throws(JSONParseError) in
            try parseWithJSONC(buffer, insertions: insertions)
        }
    }

    /// Compact JSON text (RFC 8259) in UTF-8: members in order, no insignificant whitespace.
    /// Escapes `"`, `\` and control characters (`\n \r \t \b \f`, others as `\u00XX`); keeps
    /// every other character, `/` and non-ASCII included, as is. Doubles use Swift's shortest
    /// representation that round-trips; NaN and infinities become `null`.
    public static func serialize(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        JSONWriter.write(value, into: &out)
        return out
    }

    /// Appends `string` as a JSON string, escaped as `serialize` does: for writers that
    /// build `.raw` text.
    public static func writeString(_ string: String, into out: inout [UInt8]) {
        JSONWriter.writeString(string, into: &out)
    }

    /// Appends `number` as JSON, as `serialize` does.
    public static func writeInteger(_ number: Int64, into out: inout [UInt8]) {
        JSONWriter.writeInteger(number, into: &out)
    }

    // MARK: - json-c

    private static func parseWithJSONC(_ buffer: UnsafeBufferPointer<UInt8>, insertions: [Int]) throws(JSONParseError) -> JSONValue {
        /// An offset in `buffer` as an offset in the caller's input.
        func original(_ offset: Int) -> Int {
            var shift = 0
            for (k, position) in insertions.enumerated() where position + 2 * k + 2 <= offset { shift = 2 * (k + 1) }
            return offset - shift
        }
        guard let tokener = json_tokener_new_ex(maximumDepth) else {
            throw JSONParseError(message: "json-c could not allocate a tokener")
        }
        defer { json_tokener_free(tokener) }
        json_tokener_set_flags(tokener, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8)

        // json-c reads empty input as null; JSON has no empty text.
        guard buffer.contains(where: { !isWhitespace($0) }) else {
            throw JSONParseError(message: "no JSON value", offset: original(buffer.count))
        }
        var root: OpaquePointer? = nil  // nil is also how json-c returns a JSON null
        var end = 0  // how far into `buffer` json-c read
        if let base = buffer.baseAddress {
            root = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                json_tokener_parse_ex(tokener, $0, Int32(buffer.count))
            }
            end = json_tokener_get_parse_end(tokener)
        }
        var status = json_tokener_get_error(tokener)
        if status == json_tokener_continue {
            // End of input: a NUL lets json-c finish a value with no end of its own (a number).
            var nul: CChar = 0
            root = json_tokener_parse_ex(tokener, &nul, 1)
            status = json_tokener_get_error(tokener)
            end = buffer.count
            if status == json_tokener_continue {
                throw JSONParseError(message: "unexpected end of input", offset: original(buffer.count))
            }
        }
        guard status == json_tokener_success else {
            let description = String(cString: json_tokener_error_desc(status))
            throw JSONParseError(message: description, offset: original(end))
        }
        defer { if let root { json_object_put(root) } }
        var index = end
        while index < buffer.count {
            guard isWhitespace(buffer[index]) else {
                throw JSONParseError(message: "unexpected data after the JSON value", offset: original(index))
            }
            index += 1
        }
        return try convert(root)
    }

    @inline(__always) private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The json-c tree as a `JSONValue`. Depth is bounded by the tokener's limit.
    private static func convert(_ object: OpaquePointer?) throws(JSONParseError) -> JSONValue {
        guard let object else { return .null }
        switch json_object_get_type(object) {
        case json_type_null:
            return .null
        case json_type_boolean:
            return .bool(json_object_get_boolean(object) != 0)
        case json_type_int:
            return .int(json_object_get_int64(object))
        case json_type_double:
            let value = json_object_get_double(object)
            guard value.isFinite else {
                throw JSONParseError(message: "number is NaN, infinite or out of range")
            }
            return .double(value)
        case json_type_string:
            let length = Int(json_object_get_string_len(object))
            guard let pointer = json_object_get_string(object) else { return .string("") }
            let bytes = UnsafeBufferPointer(
                start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: length)
            guard let string = String(validating: bytes, as: UTF8.self) else {
                throw JSONParseError(message: "invalid UTF-8 in a string")
            }
            return .string(string)
        case json_type_array:
            let count = json_object_array_length(object)
            var elements: [JSONValue] = []
            elements.reserveCapacity(count)
            for position in 0..<count {
                elements.append(try convert(json_object_array_get_idx(object, position)))
            }
            return .array(elements)
        case json_type_object:
            var keys: [String] = []
            var values: [JSONValue] = []
            let count = Int(json_object_object_length(object))
            keys.reserveCapacity(count)
            values.reserveCapacity(count)
            var iterator = json_object_iter_begin(object)
            var end = json_object_iter_end(object)
            while json_object_iter_equal(&iterator, &end) == 0 {
                guard let name = json_object_iter_peek_name(&iterator),
                    let key = String(validatingCString: name)
                else {
                    throw JSONParseError(message: "invalid UTF-8 in a member name")
                }
                keys.append(key)
                values.append(try convert(json_object_iter_peek_value(&iterator)))
                json_object_iter_next(&iterator)
            }
            return .object(JSONObject(uniqueKeys: keys, values: values))
        default:
            throw JSONParseError(message: "json-c returned an unknown value type")
        }
    }
}

/// What json-c's strict mode does not check, in one pass over the bytes: number syntax,
/// control characters in strings. Returns where integers too large for `Int64` end.
private enum LexicalCheck {
    static func run(_ p: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> [Int] {
        var bigIntegerEnds: [Int] = []
        let n = p.count
        var i = 0
        scan: while i < n {
            let c = p[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                while true {
                    // An unterminated string is json-c's to report.
                    guard i < n else { break scan }
                    let d = p[i]
                    if d == UInt8(ascii: "\"") {
                        i += 1
                        break
                    } else if d == UInt8(ascii: "\\") {
                        i += 2
                    } else if d < 0x20 {
                        throw JSONParseError(
                            message: "unescaped control character U+00\(hex2(d)) in a string", offset: i)
                    } else {
                        i += 1
                    }
                }
            } else if c == UInt8(ascii: "-") || isDigit(c) {
                let start = i
                i += 1
                while i < n, isNumberByte(p[i]) { i += 1 }
                if try integerOverflows(p, start, i) { bigIntegerEnds.append(i) }
            } else {
                i += 1
            }
        }
        return bigIntegerEnds
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }

    @inline(__always) static func isNumberByte(_ c: UInt8) -> Bool {
        isDigit(c) || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
            || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
    }

    static func hex2(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }

    /// Checks `p[start..<end]` against RFC 8259's number grammar; true for an integer that
    /// does not fit `Int64`.
    static func integerOverflows(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) throws(JSONParseError) -> Bool {
        func invalid() -> JSONParseError {
            let text = String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)
            return JSONParseError(message: "invalid number '\(text)'", offset: start)
        }
        var j = start
        let negative = p[j] == UInt8(ascii: "-")
        if negative { j += 1 }
        guard j < end, isDigit(p[j]) else { throw invalid() }
        let integerStart = j
        if p[j] == UInt8(ascii: "0") {
            j += 1
        } else {
            while j < end, isDigit(p[j]) { j += 1 }
        }
        let integerEnd = j
        var isInteger = true
        if j < end, p[j] == UInt8(ascii: ".") {
            isInteger = false
            j += 1
            guard j < end, isDigit(p[j]) else { throw invalid() }
            while j < end, isDigit(p[j]) { j += 1 }
        }
        if j < end, p[j] == UInt8(ascii: "e") || p[j] == UInt8(ascii: "E") {
            isInteger = false
            j += 1
            if j < end, p[j] == UInt8(ascii: "+") || p[j] == UInt8(ascii: "-") { j += 1 }
            guard j < end, isDigit(p[j]) else { throw invalid() }
            while j < end, isDigit(p[j]) { j += 1 }
        }
        guard j == end else { throw invalid() }
        guard isInteger, integerEnd - integerStart >= 19 else { return false }
        // Accumulate negatively so that Int64.min fits.
        var value: Int64 = 0
        for k in integerStart..<integerEnd {
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = times10.subtractingReportingOverflow(Int64(p[k] &- 0x30))
            if o1 || o2 { return true }
            value = next
        }
        return !negative && value == Int64.min
    }
}

private enum JSONWriter {
    static func write(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null:
            out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])  // null
        case .bool(true):
            out.append(contentsOf: [0x74, 0x72, 0x75, 0x65])  // true
        case .bool(false):
            out.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])  // false
        case .int(let number):
            writeInteger(number, into: &out)
        case .double(let number):
            if number.isFinite {
                out.append(contentsOf: number.description.utf8)
            } else {
                out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
            }
        case .string(let string):
            writeString(string, into: &out)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                write(element, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .raw(let text):
            out.append(contentsOf: text)
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            for (position, member) in object.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                writeString(member.key, into: &out)
                out.append(UInt8(ascii: ":"))
                write(member.value, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    static func writeInteger(_ number: Int64, into out: inout [UInt8]) {
        if number == 0 {
            out.append(UInt8(ascii: "0"))
            return
        }
        var magnitude = number.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes of scratch, enough for 20 digits
        var count = 0
        withUnsafeMutableBytes(of: &digits) { scratch in
            while magnitude > 0 {
                scratch[23 - count] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
                count += 1
            }
            if number < 0 { out.append(UInt8(ascii: "-")) }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[(24 - count)...]))
        }
    }

    static func writeString(_ string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            var runStart = 0
            for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                runStart = i + 1
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case 0x22: out.append(0x22)
                case 0x5C: out.append(0x5C)
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
            }
            if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        }
        out.append(UInt8(ascii: "\""))
    }
}

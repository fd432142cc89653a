import Testing
import JSONRPC

@Suite struct JSONCodecTests {
    func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try JSONCodec.parse(Array(text.utf8))
    }

    func text(_ value: JSONValue) -> String {
        String(decoding: JSONCodec.serialize(value), as: UTF8.self)
    }

    /// The error `text` gives (fails the test when it parses).
    func failure(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> JSONParseError? {
        failure(bytes: Array(text.utf8), sourceLocation: sourceLocation)
    }

    func failure(bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> JSONParseError? {
        do {
            let value = try JSONCodec.parse(bytes)
            Issue.record("parsed as \(value)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Values

    @Test func scalars() throws {
        #expect(try parse("null") == .null)
        #expect(try parse(" null ") == .null)
        #expect(try parse("[null]") == [nil])
        #expect(try parse(#"{"a":null}"#)["a"] == .null)
        #expect(try parse("true") == .bool(true))
        #expect(try parse("false") == .bool(false))
        #expect(try parse("0") == .int(0))
        #expect(try parse("-0") == .int(0))
        #expect(try parse("42") == .int(42))
        #expect(try parse("-17") == .int(-17))
        #expect(try parse("1.5") == .double(1.5))
        #expect(try parse("-2.5e3") == .double(-2500))
        #expect(try parse("1E-2") == .double(0.01))
        #expect(try parse("1e+2") == .double(100))
        #expect(try parse("1.0") == .double(1))
        #expect(try parse("\"hi\"") == .string("hi"))
        #expect(try parse("  \r\n\t[ ]\n ") == .array([]))
        #expect(try parse("{}") == .object(JSONObject()))
    }

    @Test func nestedStructure() throws {
        let value = try parse(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":null,"capabilities":{"textDocument":{"sync":[1,2.5,true]}}}}"#)
        #expect(value["jsonrpc"]?.stringValue == "2.0")
        #expect(value["id"]?.intValue == 1)
        #expect(value["params"]?["rootUri"]?.isNull == true)
        #expect(value["params"]?["capabilities"]?["textDocument"]?["sync"]?[1]?.doubleValue == 2.5)
        #expect(value["params"]?["capabilities"]?["textDocument"]?["sync"]?[2]?.boolValue == true)
        #expect(value["params"]?["capabilities"]?["textDocument"]?["sync"]?[3] == nil)
        #expect(value["missing"] == nil)
        #expect(value[0] == nil)
        #expect(value.objectValue?.keys == ["jsonrpc", "id", "method", "params"])
    }

    @Test func rawTextIsWrittenVerbatim() throws {
        var inner: [UInt8] = []
        JSONCodec.writeString("α \"q\"\n", into: &inner)
        let value: JSONValue = ["a": .raw(Array("[1,{\"b\":2}]".utf8)), "s": .raw(inner)]
        #expect(String(decoding: JSONCodec.serialize(value), as: UTF8.self) == #"{"a":[1,{"b":2}],"s":"α \"q\"\n"}"#)
        #expect(try JSONCodec.parse(JSONCodec.serialize(value))["s"]?.stringValue == "α \"q\"\n")
    }

    @Test func accessors() {
        let value: JSONValue = ["s": "x", "i": 3, "d": 3.0, "f": 3.5, "b": false, "n": nil, "a": [1, "two"]]
        #expect(value["s"]?.stringValue == "x")
        #expect(value["i"]?.intValue == 3)
        #expect(value["d"]?.intValue == 3)  // a double with an integral value
        #expect(value["f"]?.intValue == nil)
        #expect(value["i"]?.doubleValue == 3)
        #expect(value["b"]?.boolValue == false)
        #expect(value["n"]?.isNull == true)
        #expect(value["a"]?.arrayValue?.count == 2)
        #expect(value["a"]?[1]?.stringValue == "two")
        #expect(value["s"]?.intValue == nil)
        #expect(value["i"]?.stringValue == nil)
        #expect(JSONValue.double(1e300).intValue == nil)
        #expect(JSONValue.double(.nan).intValue == nil)
    }

    @Test func roundTripsEveryKind() throws {
        let values: [JSONValue] = [
            .null, true, false, 0, 1, -1, .int(Int64.max), .int(Int64.min),
            0.5, -0.0, 1e-7, 1e21, 123456.789, 0.1, .double(.leastNonzeroMagnitude), .double(Double.greatestFiniteMagnitude),
            "", "plain", "quote \" backslash \\ slash / tab \t newline \n return \r",
            "\u{0} \u{1} \u{8} \u{C} \u{1F} \u{7F}",
            [], [[], [[]]], [1, "a", nil, true, 2.5, ["x": []]],
            [:], ["a": 1, "b": ["c": [true, nil]], "": "empty key"],
        ]
        for value in values {
            let bytes = JSONCodec.serialize(value)
            let back = try JSONCodec.parse(bytes)
            #expect(back == value, "\(String(decoding: bytes, as: UTF8.self))")
        }
    }

    @Test func serializedText() {
        #expect(text(["b": 1, "a": [true, nil, "x"]]) == #"{"b":1,"a":[true,null,"x"]}"#)
        #expect(text("a\"b\\c/d") == #""a\"b\\c/d""#)
        #expect(text("\n\r\t\u{8}\u{C}\u{0}\u{1F}") == #""\n\r\t\b\f\u0000\u001f""#)
        #expect(text(.int(Int64.min)) == "-9223372036854775808")
        #expect(text(.int(Int64.max)) == "9223372036854775807")
        #expect(text(0) == "0")
        #expect(text(-5) == "-5")
        #expect(text(1.5) == "1.5")
        #expect(text(.double(.nan)) == "null")
        #expect(text(.double(.infinity)) == "null")
        #expect(text(.double(-.infinity)) == "null")
        #expect(text("Ωμέγα – 😀") == "\"Ωμέγα – 😀\"")
        #expect(JSONValue.string("x").description == "\"x\"")
    }

    @Test func doublesRoundTripExactly() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let value = Double(bitPattern: generator.next() as UInt64)
            guard value.isFinite else { continue }
            let back = try JSONCodec.parse(JSONCodec.serialize(.double(value)))
            #expect(back.doubleValue?.bitPattern == value.bitPattern, "\(value)")
        }
    }

    // MARK: Unicode

    @Test func unicode() throws {
        #expect(try parse("\"Ωμέγα\"") == .string("Ωμέγα"))
        #expect(try parse("\"TNF–α\"") == .string("TNF–α"))
        #expect(try parse("\"😀\"") == .string("😀"))
        #expect(try parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try parse(#""\u03A9\u2013\u00e9""#) == .string("Ω–é"))
        #expect(try parse(#""\u0000""#) == .string("\u{0}"))
        #expect(try parse(#""a\/b\"\\\b\f\n\r\t""#) == .string("a/b\"\\\u{8}\u{C}\n\r\t"))
        #expect(try parse(#"{"Ωμέγα–😀":"ok"}"#)["Ωμέγα–😀"] == "ok")
        let mixed: JSONValue = ["text": "Ωμέγα – 😀 e\u{301}", "keys": ["κλειδί": "–"]]
        #expect(try JSONCodec.parse(JSONCodec.serialize(mixed)) == mixed)
        // A lone surrogate escape is decoded as U+FFFD (json-c's choice).
        #expect(try parse(#""\ud800""#) == .string("\u{FFFD}"))
    }

    @Test func invalidUTF8() {
        #expect(failure(bytes: [0x22, 0xFF, 0x22]) != nil)
        #expect(failure(bytes: [0x22, 0xC0, 0xAF, 0x22]) != nil)  // overlong "/"
        #expect(failure(bytes: [0x22, 0xED, 0xA0, 0x80, 0x22]) != nil)  // encoded surrogate
        #expect(failure(bytes: [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22]) != nil)  // above U+10FFFF
        #expect(failure(bytes: [0x22, 0xCE, 0x22]) != nil)  // truncated sequence
        #expect(failure(bytes: Array(#"{""#.utf8) + [0xFF] + Array(#"":1}"#.utf8)) != nil)
    }

    // MARK: Errors

    @Test func invalidJSON() {
        let cases = [
            "", "   ", "[1,]", #"{"a":1,}"#, #""unterminated"#, #"["unterminated]"#,
            "[1] x", "{} {}", "1 2", "NaN", "[NaN]", "Infinity", "-Infinity", "[1e400]",
            "'single'", "[01]", "[1.]", "[.5]", "[+1]", "[-]", "[1e]", "tru", "True", "nul",
            "[1,2", #"{"a"}"#, #"{"a" 1}"#, "{1:2}", "/* c */ [1]", "[1] // c", #"["\x"]"#,
            "\"tab\there\"", "\"new\nline\"", "[1]\u{C}", "\u{FEFF}[1]", "undefined", "[,]", ",",
        ]
        for text in cases {
            let error = failure(text)
            #expect(error != nil, "\(text)")
            #expect(error?.description.isEmpty == false)
        }
        #expect(failure(bytes: Array("[1,2]".utf8) + [0] + Array("[3]".utf8)) != nil)
        #expect(failure(bytes: Array("[1,".utf8) + [0] + Array("2]".utf8)) != nil)
        #expect(failure(bytes: [0]) != nil)
    }

    @Test func errorMessagesSayWhere() {
        #expect(failure("[1] x")?.offset == 4)
        #expect(failure("[1.]")?.message.contains("1.") == true)
        #expect(failure("[\"a\u{1}\"]")?.offset == 3)
        #expect(failure("[1,]")?.offset == 3)
    }

    @Test func depthLimit() throws {
        let ok = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(try parse(ok).arrayValue?.count == 1)
        for depth in [129, 200, 100_000] {
            let deep = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            #expect(failure(deep) != nil)
            let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
            #expect(failure(objects) != nil)
            #expect(failure(String(repeating: "[", count: depth)) != nil)
        }
        var value: JSONValue = 1
        for _ in 0..<127 { value = [value] }
        #expect(try JSONCodec.parse(JSONCodec.serialize(value)) == value)
    }

    @Test func bigIntegers() throws {
        #expect(try parse("9223372036854775807") == .int(Int64.max))
        #expect(try parse("-9223372036854775808") == .int(Int64.min))
        #expect(try parse("9223372036854775808") == .double(9223372036854775808))
        #expect(try parse("-9223372036854775809") == .double(-9223372036854775808.0))
        #expect(try parse("18446744073709551615") == .double(18446744073709551616.0))
        #expect(try parse("99999999999999999999") == .double(1e20))
        #expect(try parse("-123456789012345678901234567890") == .double(-1.2345678901234568e29))
        #expect(try parse("1000000000000000000") == .int(1_000_000_000_000_000_000))
        #expect(try parse(#"[1,99999999999999999999,{"a":-99999999999999999999},"99999999999999999999"]"#)
            == [1, 1e20, ["a": -1e20], "99999999999999999999"])
        // Offsets are reported against the input, not the rewritten text.
        #expect(failure("[99999999999999999999] x")?.offset == 23)
        #expect(JSONValue.double(1e20).intValue == nil)
    }

    @Test func largeDocument() throws {
        var members: [(String, JSONValue)] = []
        for i in 0..<5000 { members.append(("key\(i)", ["n": .int(Int64(i)), "s": .string("line \(i) – Ω\n")])) }
        let value = JSONValue.object(JSONObject(members))
        let bytes = JSONCodec.serialize(value)
        let back = try JSONCodec.parse(bytes)
        #expect(back == value)
        #expect(back["key4999"]?["n"]?.intValue == 4999)
        #expect(back.objectValue?.keys.first == "key0")
        let text = String(repeating: "x", count: 2_000_000)
        #expect(try JSONCodec.parse(JSONCodec.serialize(["text": .string(text)]))["text"]?.stringValue == text)
    }

    // MARK: Objects

    @Test func objectOrderAndReplacement() throws {
        var object = JSONObject([("z", 1), ("a", 2), ("m", 3)])
        #expect(object.keys == ["z", "a", "m"])
        object["a"] = "two"
        #expect(object.keys == ["z", "a", "m"])
        #expect(object["a"] == "two")
        object["b"] = 4
        #expect(object.keys == ["z", "a", "m", "b"])
        object["z"] = nil
        #expect(object.keys == ["a", "m", "b"])
        #expect(object.count == 3)
        #expect(object.map(\.key) == ["a", "m", "b"])
        #expect(object.removeValue(forKey: "m") == 3)
        #expect(object.keys == ["a", "b"])
        #expect(JSONObject([("a", 1), ("a", 2)]).keys == ["a"])
        #expect(JSONObject([("a", 1), ("a", 2)])["a"] == 2)
        #expect(text(.object(JSONObject([("x", 1), ("y", 2), ("x", 3)]))) == #"{"x":3,"y":2}"#)
        // Parsed repeated names: the last value, at the first position.
        #expect(text(try parse(#"{"a":1,"b":2,"a":3}"#)) == #"{"a":3,"b":2}"#)
    }

    @Test func largeObjectIndex() {
        var object = JSONObject()
        for i in 0..<100 { object["k\(i)"] = .int(Int64(i)) }
        #expect(object["k57"] == 57)
        object["k57"] = nil
        #expect(object["k57"] == nil)
        #expect(object["k58"] == 58)
        #expect(object.count == 99)
        object["k57"] = "back"
        #expect(object.keys.last == "k57")
        #expect(object["k57"] == "back")
    }

    @Test func equalityIgnoresMemberOrder() {
        let a: JSONValue = ["x": 1, "y": [true]]
        let b: JSONValue = ["y": [true], "x": 1]
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(Set([a, b]).count == 1)
        #expect(a != ["x": 1, "y": [false]])
        #expect(a != ["x": 1])
        #expect(JSONValue.int(1) != JSONValue.double(1))
    }
}

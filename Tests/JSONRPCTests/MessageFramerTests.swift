import Testing
import JSONRPC

@Suite struct MessageFramerTests {
    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Every message the framer yields now, failing the test on a framing error.
    func drain(_ framer: inout MessageFramer, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        var messages: [String] = []
        do {
            while let body = try framer.nextMessage() { messages.append(String(decoding: body, as: UTF8.self)) }
        } catch {
            Issue.record("\(error)", sourceLocation: sourceLocation)
        }
        return messages
    }

    @Test func frameAndRead() throws {
        let body = bytes(#"{"jsonrpc":"2.0","id":1,"result":"Ω"}"#)
        let framed = MessageFramer.frame(body)
        #expect(framed == bytes("Content-Length: \(body.count)\r\n\r\n") + body)
        var framer = MessageFramer()
        framer.append(framed)
        #expect(try framer.nextMessage() == body)
        #expect(try framer.nextMessage() == nil)
        #expect(framer.bufferedByteCount == 0)
    }

    @Test func oneMessageSplitAcrossManyAppends() throws {
        let body = bytes(#"{"text":"Ωμέγα – 😀"}"#)
        let framed = MessageFramer.frame(body)
        var framer = MessageFramer()
        for (i, byte) in framed.enumerated() {
            #expect(try framer.nextMessage() == nil, "returned a message after \(i) bytes")
            framer.append([byte])
        }
        #expect(try framer.nextMessage() == body)
        #expect(try framer.nextMessage() == nil)
        // Chunks of other sizes, splitting the header terminator too.
        for size in [2, 3, 5, 7, 19] {
            var framer = MessageFramer()
            var received: [[UInt8]] = []
            let stream = framed + framed + framed
            var offset = 0
            while offset < stream.count {
                framer.append(stream[offset..<min(offset + size, stream.count)])
                offset += size
                while let message = try framer.nextMessage() { received.append(message) }
            }
            #expect(received == [body, body, body], "chunks of \(size)")
        }
    }

    @Test func twoMessagesInOneAppend() {
        var framer = MessageFramer()
        framer.append(MessageFramer.frame(bytes("[1]")) + MessageFramer.frame(bytes(#"{"a":2}"#)) + bytes("Content-Len"))
        #expect(drain(&framer) == ["[1]", #"{"a":2}"#])
        framer.append(bytes("gth: 1\r\n\r\n3"))
        #expect(drain(&framer) == ["3"])
    }

    @Test func contentTypeHeader() {
        var framer = MessageFramer()
        framer.append(bytes("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n\r\n{}"))
        framer.append(bytes("Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[]"))
        #expect(drain(&framer) == ["{}", "[]"])
    }

    @Test func headerNamesAreCaseInsensitive() {
        var framer = MessageFramer()
        framer.append(bytes("content-length: 2\r\n\r\n{}CONTENT-LENGTH:3\r\n\r\n[1]Content-length:   1 \r\n\r\n7"))
        #expect(drain(&framer) == ["{}", "[1]", "7"])
    }

    @Test func missingContentLengthThenRecovery() throws {
        var framer = MessageFramer()
        framer.append(bytes("Content-Type: application/json\r\n\r\n") + MessageFramer.frame(bytes("{}")))
        #expect(throws: FramingError.self) { try framer.nextMessage() }
        #expect(try framer.nextMessage() == bytes("{}"))
        #expect(try framer.nextMessage() == nil)
    }

    @Test func malformedHeadersThrowAndRecover() throws {
        let bad = [
            "Content-Length: abc\r\n\r\n",
            "Content-Length: -1\r\n\r\n",
            "Content-Length: \r\n\r\n",
            "Content-Length: 1.5\r\n\r\n",
            "Content-Length: 2\r\nContent-Length: 3\r\n\r\n",
            "garbage without a colon\r\n\r\n",
        ]
        for header in bad {
            var framer = MessageFramer()
            framer.append(bytes(header) + MessageFramer.frame(bytes("[]")))
            do {
                let message = try framer.nextMessage()
                Issue.record("\(header.debugDescription) gave \(String(describing: message))")
            } catch {
                #expect(!error.message.isEmpty)
            }
            #expect(try framer.nextMessage() == bytes("[]"), "\(header.debugDescription)")
        }
        var framer = MessageFramer()
        framer.append(bytes("Content-Length: \(64 << 20)\r\n\r\n"))
        #expect(try framer.nextMessage() == nil)  // the limit itself is allowed
    }

    @Test func aBodyAboveTheLimitIsDroppedAsItArrivesAndTheNextMessageIsRead() throws {
        // It was read as header text instead: an error per 64 KiB of it, and out of step.
        var framer = MessageFramer()
        let length = MessageFramer.maximumContentLength + 1
        let opening = bytes("{\"a\": \"")
        framer.append(bytes("Content-Length: \(length)\r\n\r\n") + opening)
        #expect(throws: FramingError.self) { try framer.nextMessage() }
        let chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
        var sent = opening.count
        while sent + chunk.count <= length {
            framer.append(chunk)
            sent += chunk.count
            #expect(try framer.nextMessage() == nil)
            #expect(framer.bufferedByteCount == 0)  // never held
        }
        framer.append([UInt8](repeating: UInt8(ascii: "x"), count: length - sent - 2) + bytes("\"}")
                      + MessageFramer.frame(bytes("[1]")))
        #expect(try framer.nextMessage() == bytes("[1]"))
        #expect(try framer.nextMessage() == nil)
    }

    @Test func aLengthPastAnyIntegerIsAFatalError() throws {
        // It skipped the rest of the stream without a word: a server that answered nothing.
        var endless = MessageFramer()
        endless.append(bytes("Content-Length: 99999999999999999999999999\r\n\r\n") + MessageFramer.frame(bytes("[]")))
        do {
            _ = try endless.nextMessage()
            Issue.record("no error")
        } catch {
            #expect(error.isFatal)
            #expect(error.message.contains("larger than any integer"))
        }
        // The largest Int itself is not past the limit of an integer: skipped, not fatal.
        var large = MessageFramer()
        large.append(bytes("Content-Length: \(Int.max - 1)\r\n\r\n"))
        do {
            _ = try large.nextMessage()
            Issue.record("no error")
        } catch {
            #expect(!error.isFatal)
        }
    }

    /// Reads everything `framer` yields, counting errors (at most `limit` calls).
    func readAll(_ framer: inout MessageFramer, limit: Int = 20) -> (messages: [String], errors: Int) {
        var messages: [String] = []
        var errors = 0
        for _ in 0..<limit {
            do {
                guard let body = try framer.nextMessage() else { break }
                messages.append(String(decoding: body, as: UTF8.self))
            } catch {
                #expect(!error.isFatal)
                errors += 1
            }
        }
        return (messages, errors)
    }

    @Test func aStrayLineBeforeAMessageIsSkippedAndEveryMessageRead() {
        // A wrapper script's echo or a proxy's banner before the first message: the body
        // after it was read as the next header block, and so was every message after it.
        for stray in ["starting pathlint-lsp\n", "proxy connected\r\n", "#!banner", "Content-Type: text/plain\nnoise "] {
            var framer = MessageFramer()
            framer.append(bytes(stray) + MessageFramer.frame(bytes("[1]")) + MessageFramer.frame(bytes("[2]"))
                          + MessageFramer.frame(bytes("[3]")))
            let read = readAll(&framer)
            #expect(read.messages == ["[1]", "[2]", "[3]"], "\(stray.debugDescription)")
            #expect(read.errors == 1, "\(stray.debugDescription)")
        }
    }

    @Test func aBadContentLengthFollowedByABodyLosesOnlyThatMessage() {
        let cases = [
            "Content-Length: abc\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1}",   // not a number, body follows
            "Content-Length: 3\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1}",     // too short: the rest is junk
            "Content-Length: -5\r\n\r\n{}",
            "X-Proxy: hello\r\n\r\n{\"id\": 2}",                      // no Content-Length at all
        ]
        for bad in cases {
            var framer = MessageFramer()
            framer.append(bytes(bad) + MessageFramer.frame(bytes("[1]")) + MessageFramer.frame(bytes("[2]")))
            let read = readAll(&framer)
            #expect(read.messages.suffix(2) == ["[1]", "[2]"], "\(bad.debugDescription)")
            #expect(read.messages.count <= 3, "\(bad.debugDescription)")  // at most the short body itself
            #expect(read.errors >= 1, "\(bad.debugDescription)")
        }
    }

    @Test func overlongHeaderBlock() throws {
        var framer = MessageFramer()
        framer.append([UInt8](repeating: UInt8(ascii: "x"), count: MessageFramer.maximumHeaderLength + 10))
        #expect(throws: FramingError.self) { try framer.nextMessage() }
        framer.append(bytes("\r\n\r\n"))
        #expect(throws: FramingError.self) { try framer.nextMessage() }  // the tail of the garbage
        framer.append(MessageFramer.frame(bytes("{}")))
        #expect(try framer.nextMessage() == bytes("{}"))
    }

    @Test func strayLineBreaksBetweenMessages() {
        var framer = MessageFramer()
        framer.append(bytes("\r\n") + MessageFramer.frame(bytes("1")) + bytes("\n\r\n") + MessageFramer.frame(bytes("2")))
        #expect(drain(&framer) == ["1", "2"])
    }

    @Test func emptyAndBinaryBodies() throws {
        var framer = MessageFramer()
        let binary: [UInt8] = [0, 13, 10, 13, 10, 255]
        framer.append(MessageFramer.frame([]) + MessageFramer.frame(binary))
        #expect(try framer.nextMessage() == [])
        #expect(try framer.nextMessage() == binary)
        #expect(try framer.nextMessage() == nil)
    }

    @Test func manyMessagesStayLinear() throws {
        var framer = MessageFramer()
        let message = MessageFramer.frame(JSONCodec.serialize(["jsonrpc": "2.0", "method": "textDocument/didChange", "params": ["text": .string(String(repeating: "a", count: 500))]]))
        var count = 0
        for _ in 0..<20_000 {
            framer.append(message)
            while let body = try framer.nextMessage() {
                #expect(try JSONCodec.parse(body)["method"] == "textDocument/didChange")
                count += 1
            }
        }
        #expect(count == 20_000)
        #expect(framer.bufferedByteCount == 0)
    }
}

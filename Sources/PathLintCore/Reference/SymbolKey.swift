/// The case- and punctuation-insensitive key the PFOCR lexicon matched with, and the
/// key of the snapshot's symbol and name indexes: ASCII letters upper-cased, other
/// ASCII characters except digits dropped, non-ASCII characters kept.
/// Must stay identical to `norm()` in `scripts/build-snapshot.py`.
public enum SymbolKey {
    public static func normalize(_ text: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): bytes.append(byte - 32)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
            case 0x80...: bytes.append(byte)
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether two strings are equal under `normalize`.
    public static func equivalent(_ lhs: some StringProtocol, _ rhs: some StringProtocol) -> Bool {
        // Rules ask this for every alias of every gene: compare the keys byte by byte as
        // they are made, allocating nothing. Only for ASCII, where key equality is byte
        // equality; other text keeps String's (canonical) comparison.
        var left = lhs.utf8.makeIterator(), right = rhs.utf8.makeIterator()
        while true {
            let a = nextKeyByte(&left), b = nextKeyByte(&right)
            guard let a, let b else {
                if a == nil && b == nil { return true }
                break
            }
            if a >= 0x80 || b >= 0x80 { break }
            if a != b { return false }
        }
        if lhs.utf8.allSatisfy({ $0 < 0x80 }) && rhs.utf8.allSatisfy({ $0 < 0x80 }) { return false }
        return normalize(lhs) == normalize(rhs)
    }

    /// The next byte `normalize` keeps, mapped as it maps it; nil at the end.
    @inline(__always)
    private static func nextKeyByte<I: IteratorProtocol<UInt8>>(_ iterator: inout I) -> UInt8? {
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): return byte - 32
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...: return byte
            default: continue
            }
        }
        return nil
    }
}

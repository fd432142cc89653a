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
        normalize(lhs) == normalize(rhs)
    }
}

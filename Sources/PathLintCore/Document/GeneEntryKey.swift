/// A `genes` entry's five values, as a key of the caches shared across files: every
/// `GeneEntry` has one (`contentKey`), made when the entry is read.
///
/// Hashing five Swift strings with SipHash for every entry of every lookup cost more
/// than the answers it found; the key hashes their bytes once, with FNV-1a, and the
/// dictionary hashes that one number.
struct GeneEntryKey: Hashable, Sendable {
    let word: String?, symbol: String?, source: String?, hgncSymbol: String?, entrez: String?
    private let fingerprint: UInt64

    init(word: String?, symbol: String?, source: String?, hgncSymbol: String?, entrez: String?) {
        self.word = word
        self.symbol = symbol
        self.source = source
        self.hgncSymbol = hgncSymbol
        self.entrez = entrez
        var hash = Fingerprint()
        hash.add(word)
        hash.add(symbol)
        hash.add(source)
        hash.add(hgncSymbol)
        hash.add(entrez)
        fingerprint = hash.value
    }

    static func == (lhs: GeneEntryKey, rhs: GeneEntryKey) -> Bool {
        lhs.fingerprint == rhs.fingerprint && lhs.word == rhs.word && lhs.symbol == rhs.symbol
            && lhs.source == rhs.source && lhs.hgncSymbol == rhs.hgncSymbol && lhs.entrez == rhs.entrez
    }

    func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }
}

/// FNV-1a over a few optional strings' UTF-8, each ended by a byte no UTF-8 text has,
/// so that ("ab", "c") and ("a", "bc") differ and nil differs from "". Public for the
/// CLI's GitLab report, whose fingerprints must be the same on every run and machine
/// (Swift's `Hasher` is seeded per process).
public struct Fingerprint {
    /// FNV-1a's standard offset basis.
    public static let standardBasis: UInt64 = 0xCBF2_9CE4_8422_2325

    public private(set) var value: UInt64

    /// `basis`: another start gives an independent 64 bits over the same strings.
    public init(basis: UInt64 = Fingerprint.standardBasis) { value = basis }

    public mutating func add(_ text: String?) {
        if var text {
            text.withUTF8 { add($0) }
        } else {
            value = (value ^ 0xFE) &* 0x0000_0100_0000_01B3
        }
    }

    /// Bytes not yet made a string (the parser's view of a key).
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        value = (value ^ 0xFF) &* 0x0000_0100_0000_01B3
    }
}

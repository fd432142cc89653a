import Testing
@testable import PathLintCore

/// How fixes spell scalars: quoted only when a plain scalar would read as something else.
@Suite struct YAMLTextTests {
    /// Gene symbols made of hex letters and digits are words, not numbers.
    @Test(arguments: ["CD44", "DAB2", "ABCC1", "FADD", "CD9", "E2F1", "BCL2", "ACE2", "C1QA", "F2", "DEC1", "EEF1A1", "B2M"])
    func symbolsStayPlain(_ symbol: String) {
        #expect(YAMLText.scalar(symbol, style: .plain) == symbol)
        #expect(YAMLText.isSafePlain(symbol))
    }

    /// What YAML 1.1 or 1.2 reads as a number is quoted.
    @Test(arguments: ["5604", "0", "-12", "+3", "1_000", "0x1F", "0o17", "0b101", "017", "1:30", "1.5", ".5", "1e5", "1E+5",
                      "-2.5e-3", "1.2.3", ".inf", "-.Inf", ".NaN"])
    func numbersAreQuoted(_ value: String) {
        #expect(YAMLText.scalar(value, style: .plain) == "'\(value)'")
        #expect(YAMLText.looksNumeric(value))
    }

    @Test func wordsThatOnlyLookNumericAreNot() {
        for value in ["1e", "e5", "0x", "1.2a", "12a", "x12", "1:", "-", "+", ".", "1 2"] {
            #expect(!YAMLText.looksNumeric(value), "\(value)")
        }
    }
}

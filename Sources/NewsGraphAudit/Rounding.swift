import Foundation

/// Rounding as Python's `round(x, n)` does it: to the nearest n-decimal number, ties to even,
/// decided on the double's exact binary value. glibc's `printf` rounds the same way, so
/// going through `%.nf` reproduces `score.py`'s numbers digit for digit.
enum Rounding {
    static func decimals(_ value: Double, _ digits: Int) -> Double {
        Double(String(format: "%.\(digits)f", value)) ?? value
    }

    /// `value` as text with `digits` decimals (what `f"{value:.3f}"` prints).
    static func text(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// A share as a percentage with one decimal: `78.3%`.
    static func percent(_ share: Double) -> String {
        String(format: "%.1f%%", share * 100)
    }

    static func share(_ part: Int, _ whole: Int) -> Double {
        whole > 0 ? Double(part) / Double(whole) : 0
    }
}

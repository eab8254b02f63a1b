/// FNV-1a, 64 bit: a stable, process-independent hash for ids derived from content.
/// (Swift's `Hasher` is seeded per process and must never reach an id or a file.)
public enum StableHash {
    public static func fnv1a64(_ text: String) -> UInt64 {
        fnv1a64(bytes: Array(text.utf8))
    }

    public static func fnv1a64<Bytes: Sequence>(bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// Sixteen lower-case hex digits.
    public static func hex(_ text: String) -> String {
        hex(fnv1a64(text))
    }

    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

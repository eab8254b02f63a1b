/// GraphML node and edge ids are XML NMTOKENs: no spaces, no '/', no CJK punctuation. Graph ids
/// made only of ASCII letters, digits and `.-_:` (catalog slugs, `doc:` slugs, `rel:` hashes)
/// are kept as they are; any other id has each run of other characters replaced by `_` and
/// `_` + 16 hex digits of its FNV-1a 64 hash appended, so distinct ids stay distinct. The
/// original id is always in the `graph_id` data of the node.
enum GraphMLID {
    static func make(_ id: String) -> String {
        // Every node and edge id of a large export passes here: scan the bytes in place when
        // they are contiguous (`utf8.allSatisfy` went through the generic iterator).
        if !id.isEmpty, id.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy(isKept) }) ?? id.utf8.allSatisfy(isKept) { return id }
        var out = [UInt8]()
        var replacing = false
        for byte in id.utf8 {
            if isKept(byte) {
                out.append(byte)
                replacing = false
            } else if !replacing {
                out.append(0x5F)
                replacing = true
            }
        }
        return String(decoding: out, as: UTF8.self) + "_" + hash(id)
    }

    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x3A: return true // 0-9 A-Z a-z - . _ :
        default: return false
        }
    }

    /// FNV-1a 64 over the UTF-8 bytes, as 16 lower-case hex digits.
    static func hash(_ s: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in s.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

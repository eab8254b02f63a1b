/// Turns a file's bytes into text, refusing what is not UTF-8 text.
public enum TextDecoder {
    /// Decodes UTF-8 (a leading byte-order mark is dropped). Throws with the byte offset of the
    /// first invalid sequence, or of the first NUL byte (binary data).
    public static func decode(_ bytes: [UInt8], name: String) throws -> String {
        if bytes.isEmpty { throw InputError.empty(file: name) }
        if let nul = bytes.firstIndex(of: 0) { throw InputError.binary(file: name, byteOffset: nul) }
        if let bad = firstInvalidUTF8(bytes) { throw InputError.invalidUTF8(file: name, byteOffset: bad) }
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// The byte offset of the first byte that does not start a valid UTF-8 sequence, or nil.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            if index + length > count { return index }
            let second = bytes[index + 1]
            if second < low || second > high { return index }
            for k in 2..<length where bytes[index + k] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}

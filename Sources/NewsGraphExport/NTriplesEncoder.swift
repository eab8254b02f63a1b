import NewsGraphRDF

/// Writes N-Triples lines straight into a byte buffer. The output is byte for byte
/// `NTriples.format(triple) + "\n"` (a test holds them together); this only avoids building a
/// String per term, which dominates the time of a large export. Every character N-Triples
/// escapes is ASCII, so the escaping works on UTF-8 bytes and copies all others unchanged.
enum NTriplesEncoder {
    static func append(_ triple: Triple, to out: inout [UInt8]) {
        append(triple.subject, to: &out)
        out.append(0x20)
        append(triple.predicate, to: &out)
        out.append(0x20)
        append(triple.object, to: &out)
        out.append(contentsOf: [0x20, 0x2E, 0x0A]) // " .\n"
    }

    static func append(_ term: Term, to out: inout [UInt8]) {
        switch term {
        case .iri(let iri):
            appendIRI(iri, to: &out)
        case .blank(let label):
            out.append(contentsOf: [0x5F, 0x3A]) // "_:"
            out.append(contentsOf: label.utf8)
        case .literal(let literal):
            out.append(0x22)
            appendEscaped(literal.lexical, table: literalEscapes, to: &out)
            out.append(0x22)
            if let language = literal.language {
                out.append(0x40)
                out.append(contentsOf: language.utf8)
            } else if let datatype = literal.datatype {
                out.append(contentsOf: [0x5E, 0x5E])
                appendIRI(datatype, to: &out)
            }
        }
    }

    private static func appendIRI(_ iri: String, to out: inout [UInt8]) {
        out.append(0x3C)
        appendEscaped(iri, table: iriEscapes, to: &out)
        out.append(0x3E)
    }

    /// Escape per byte: 0 = copy, 1 = `\u00XX`, other = the letter after a backslash.
    private static let literalEscapes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in 0..<0x20 { table[byte] = 1 }
        table[0x7F] = 1
        table[0x22] = 0x22 // \"
        table[0x5C] = 0x5C // \\
        table[0x0A] = 0x6E // \n
        table[0x0D] = 0x72 // \r
        table[0x09] = 0x74 // \t
        return table
    }()

    /// IRIs: controls, space and `< > " { } | ^ ` \` as `\u00XX`.
    private static let iriEscapes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in 0...0x20 { table[byte] = 1 }
        for byte: UInt8 in [0x3C, 0x3E, 0x22, 0x7B, 0x7D, 0x7C, 0x5E, 0x60, 0x5C] { table[Int(byte)] = 1 }
        return table
    }()

    /// Copies `text` whole when nothing needs escaping (the common case), else byte by byte.
    private static func appendEscaped(_ text: String, table: [UInt8], to out: inout [UInt8]) {
        let copied: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            table.withUnsafeBufferPointer { table in
                for byte in bytes where table[Int(byte)] != 0 { return false }
                out.append(contentsOf: bytes)
                return true
            }
        }
        if copied == true { return }
        for byte in text.utf8 {
            switch table[Int(byte)] {
            case 0: out.append(byte)
            case 1: appendUCHAR(byte, to: &out)
            case let letter: out.append(contentsOf: [0x5C, letter])
            }
        }
    }

    private static let hex: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// `\u00XX` for an ASCII byte.
    private static func appendUCHAR(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
    }
}

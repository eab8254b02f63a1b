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
            for byte in literal.lexical.utf8 {
                switch byte {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])      // \"
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])      // \\
                case 0x0A: out.append(contentsOf: [0x5C, 0x6E])      // \n
                case 0x0D: out.append(contentsOf: [0x5C, 0x72])      // \r
                case 0x09: out.append(contentsOf: [0x5C, 0x74])      // \t
                case 0..<0x20, 0x7F: appendUCHAR(byte, to: &out)
                default: out.append(byte)
                }
            }
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
        for byte in iri.utf8 {
            switch byte {
            case 0x3C, 0x3E, 0x22, 0x7B, 0x7D, 0x7C, 0x5E, 0x60, 0x5C, 0...0x20: // < > " { } | ^ ` \ and controls, space
                appendUCHAR(byte, to: &out)
            default:
                out.append(byte)
            }
        }
        out.append(0x3E)
    }

    private static let hex: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// `\u00XX` for an ASCII byte.
    private static func appendUCHAR(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
    }
}

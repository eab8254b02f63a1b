/// Every failure NewsGraphXML reports. Messages follow `FILE:LINE:COL: error: what. What to do.`
public enum XMLError: Error, Equatable, Sendable, CustomStringConvertible {
    /// libxml2 found the document malformed (or not namespace-well-formed).
    case malformed(path: String, line: Int, column: Int, message: String)
    /// A DOCTYPE names an external DTD (SYSTEM or PUBLIC identifier).
    case externalDTD(path: String, line: Int, column: Int, systemID: String)
    /// An entity declaration points outside the document.
    case externalEntity(path: String, line: Int, column: Int, name: String, systemID: String)
    /// Parameter entities are refused: NewsGraph documents never need them and they can hide expansions.
    case parameterEntity(path: String, line: Int, column: Int, name: String)
    /// Expanding entity references would exceed the budget (billion laughs, quadratic blowup).
    case entityExpansionLimit(path: String, line: Int, limit: Int)
    /// An entity refers to itself, or references nest and multiply beyond libxml2's own bound.
    case entityLoop(path: String, line: Int, column: Int)
    /// A reference to an entity that is not declared.
    case undeclaredEntity(path: String, line: Int, name: String)
    /// The element tree is deeper than `XMLLimits.maxDepth`.
    case tooDeep(path: String, line: Int, limit: Int)
    /// The input is larger than libxml2 parses in one piece.
    case tooLarge(path: String, bytes: Int)
    /// The writer could not create, write or rename its file.
    case io(path: String, message: String)
    /// The writer was given a name that is not an XML name.
    case invalidName(path: String, name: String)
    /// The writer was used out of order (e.g. `endElement` with no open element, or after `finish`).
    case misuse(path: String, message: String)

    public var description: String {
        switch self {
        case let .malformed(path, line, column, message):
            return "\(path):\(line):\(column): error: \(message). Fix the XML so that it is well-formed (and every prefix is declared)."
        case let .externalDTD(path, line, column, systemID):
            return "\(path):\(line):\(column): error: the DOCTYPE refers to the external DTD \"\(systemID)\", which is never read. Remove the SYSTEM/PUBLIC identifier; internal entity declarations inside [ ] are allowed."
        case let .externalEntity(path, line, column, name, systemID):
            return "\(path):\(line):\(column): error: entity '\(name)' refers to the external resource \"\(systemID)\", which is never read. Declare the entity with its text inline: <!ENTITY \(name) \"...\">."
        case let .parameterEntity(path, line, column, name):
            return "\(path):\(line):\(column): error: parameter entity '%\(name);' is not supported. Declare general entities with inline text instead."
        case let .entityExpansionLimit(path, line, limit):
            return "\(path):\(line):1: error: entity references expand to more than \(limit) bytes (a billion-laughs or quadratic-blowup pattern). Remove the repeated references, or raise XMLLimits.maxEntityExpansion if the document is trusted."
        case let .entityLoop(path, line, column):
            return "\(path):\(line):\(column): error: entity references recurse or multiply without bound (a recursive entity or a billion-laughs pattern). Remove the recursive or repeated entity references."
        case let .undeclaredEntity(path, line, name):
            return "\(path):\(line):1: error: entity '\(name)' is referenced but not declared. Declare it in the internal subset or replace the reference with its text."
        case let .tooDeep(path, line, limit):
            return "\(path):\(line):1: error: elements are nested more than \(limit) levels deep. Flatten the document or raise XMLLimits.maxDepth."
        case let .tooLarge(path, bytes):
            return "\(path):1:1: error: the document has \(bytes) bytes, more than the 2 GiB libxml2 parses at once. Split it into smaller files."
        case let .io(path, message):
            return "\(path): error: \(message). Check that the directory exists, is writable and the disk has space."
        case let .invalidName(path, name):
            return "\(path): error: \"\(name)\" is not a valid XML name. Use a name that starts with a letter or '_' and contains only letters, digits, '-', '.', '_' (and one ':' between prefix and local part)."
        case let .misuse(path, message):
            return "\(path): error: \(message). This is a bug in the caller of XMLWriter."
        }
    }
}

internal import CLibXML2

/// Parses XML into `XMLElement` values without ever touching the network or the file system.
///
/// libxml2 builds the tree with entity references left in place (no `XML_PARSE_NOENT`, which would
/// also read local files), and this reader expands internal entities itself while counting the
/// bytes produced, so billion-laughs and quadratic-blowup documents stop at `XMLLimits`. External
/// DTDs, external entities and parameter entities are refused outright, and a process-wide
/// external-entity loader that refuses everything backs that up.
public struct SafeXMLReader: Sendable {
    public var limits: XMLLimits

    public init(limits: XMLLimits = .default) {
        self.limits = limits
    }

    /// The document element of `bytes`. `path` is used in error messages only.
    public func parse(bytes: [UInt8], path: String) throws -> XMLElement {
        _ = libxmlReady
        guard bytes.count < Int(Int32.max) else {
            throw XMLError.tooLarge(path: path, bytes: bytes.count)
        }
        guard let ctxt = xmlNewParserCtxt() else { throw XMLError.io(path: path, message: "libxml2 could not allocate a parser") }
        defer { xmlFreeParserCtxt(ctxt) }
        let errors = ParseErrors()
        ctxt.pointee._private = Unmanaged.passUnretained(errors).toOpaque()
        ctxt.pointee.sax.pointee.serror = recordParseError
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                xmlCtxtReadMemory(ctxt, $0.baseAddress, Int32($0.count), nil, nil, options)
            }
        }
        defer { if let doc { xmlFreeDoc(doc) } }
        try withExtendedLifetime(errors) {
            if let first = errors.first {
                if first.code == Int32(XML_ERR_ENTITY_LOOP.rawValue) {
                    throw XMLError.entityLoop(path: path, line: first.line, column: first.column)
                }
                throw XMLError.malformed(path: path, line: first.line, column: first.column, message: first.message)
            }
        }
        guard let doc, ctxt.pointee.wellFormed != 0, ctxt.pointee.nsWellFormed != 0 else {
            throw XMLError.malformed(path: path, line: 1, column: 1, message: "libxml2 rejected the document")
        }
        try checkDTD(doc, bytes: bytes, path: path)
        guard let root = xmlDocGetRootElement(doc) else {
            throw XMLError.malformed(path: path, line: 1, column: 1, message: "the document has no root element")
        }
        var builder = TreeBuilder(doc: doc, path: path, budget: limits.entityBudget(inputSize: bytes.count),
                                  maxDepth: limits.maxDepth)
        return try builder.element(root, depth: 1)
    }

    /// Refuses an external DTD and every entity declaration that is not an internal general entity.
    private func checkDTD(_ doc: xmlDocPtr, bytes: [UInt8], path: String) throws {
        let dtds = [doc.pointee.intSubset, doc.pointee.extSubset].compactMap { $0 }
        for dtd in dtds {
            if let system = dtd.pointee.SystemID ?? dtd.pointee.ExternalID {
                let (line, column) = SourceLocator.locate("<!DOCTYPE", in: bytes)
                throw XMLError.externalDTD(path: path, line: line, column: column, systemID: String(cString: system))
            }
            var child = dtd.pointee.children
            while let node = child {
                defer { child = node.pointee.next }
                guard node.pointee.type == XML_ENTITY_DECL else { continue }
                let entity = UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlEntity.self)
                let name = String(cString: entity.pointee.name)
                switch entity.pointee.etype {
                case XML_INTERNAL_GENERAL_ENTITY, XML_INTERNAL_PREDEFINED_ENTITY:
                    continue
                case XML_INTERNAL_PARAMETER_ENTITY, XML_EXTERNAL_PARAMETER_ENTITY:
                    let (line, column) = SourceLocator.locateEntity(name, parameter: true, in: bytes)
                    throw XMLError.parameterEntity(path: path, line: line, column: column, name: name)
                default:
                    let system = (entity.pointee.SystemID ?? entity.pointee.ExternalID).map { String(cString: $0) } ?? ""
                    let (line, column) = SourceLocator.locateEntity(name, parameter: false, in: bytes)
                    throw XMLError.externalEntity(path: path, line: line, column: column, name: name, systemID: system)
                }
            }
        }
    }
}

/// `SafeXMLReader(limits:).parse(bytes:path:)`.
public func parseXML(bytes: [UInt8], path: String, limits: XMLLimits = .default) throws -> XMLElement {
    try SafeXMLReader(limits: limits).parse(bytes: bytes, path: path)
}

/// One-time process setup: initialise libxml2 and make every external load fail, whatever the
/// options, so no document can make libxml2 open a file or a URL.
private let libxmlReady: Void = {
    xmlInitParser()
    xmlSetExternalEntityLoader(refuseExternalLoad)
}()

private func refuseExternalLoad(_ url: UnsafePointer<CChar>?, _ id: UnsafePointer<CChar>?,
                                _ ctxt: xmlParserCtxtPtr?) -> xmlParserInputPtr? {
    nil
}

/// The first error libxml2 reports (later ones are usually consequences of it).
private final class ParseErrors {
    var first: (line: Int, column: Int, message: String, code: Int32)?
}

private func recordParseError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let userData, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let ctxt = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let box = ctxt.pointee._private else { return }
    let errors = Unmanaged<ParseErrors>.fromOpaque(box).takeUnretainedValue()
    guard errors.first == nil else { return }
    var message = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
    while let last = message.last, last == "\n" || last == " " || last == "." { message.removeLast() }
    errors.first = (Int(error.pointee.line), max(1, Int(error.pointee.int2)), message, error.pointee.code)
}

/// Finds declarations in the raw bytes, since libxml2 keeps no line numbers for DTD nodes.
enum SourceLocator {
    static func locate(_ needle: String, in bytes: [UInt8], from start: Int = 0) -> (line: Int, column: Int) {
        let pattern = Array(needle.utf8)
        guard let offset = find(pattern, in: bytes, from: start) else { return (1, 1) }
        return position(of: offset, in: bytes)
    }

    static func locateEntity(_ name: String, parameter: Bool, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let keyword = Array("<!ENTITY".utf8)
        var from = 0
        while let offset = find(keyword, in: bytes, from: from) {
            var i = offset + keyword.count
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            if parameter {
                guard i < bytes.count, bytes[i] == UInt8(ascii: "%") else { from = offset + 1; continue }
                i += 1
                while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            }
            let nameBytes = Array(name.utf8)
            if i + nameBytes.count <= bytes.count, Array(bytes[i..<(i + nameBytes.count)]) == nameBytes,
               i + nameBytes.count == bytes.count || isSpace(bytes[i + nameBytes.count]) {
                return position(of: offset, in: bytes)
            }
            from = offset + 1
        }
        return (1, 1)
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x9 || b == 0xA || b == 0xD }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
        var i = start
        while i <= bytes.count - pattern.count {
            if bytes[i] == pattern[0], bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }

    /// 1-based line and column (columns count Unicode scalars).
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for b in bytes[0..<offset] {
            if b == 0xA { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}

/// Places in source text, for messages about elements found after parsing.
public enum XMLSourcePosition {
    /// The 1-based column (in Unicode scalars) of the first `needle` on 1-based `line`, or 1.
    public static func column(of needle: String, line: Int, in bytes: [UInt8]) -> Int {
        var start = 0
        var current = 1
        while current < line, start < bytes.count {
            if bytes[start] == 0xA { current += 1 }
            start += 1
        }
        var end = start
        while end < bytes.count, bytes[end] != 0xA { end += 1 }
        let lineText = String(decoding: bytes[start..<end], as: UTF8.self)
        guard let range = lineText.firstRange(of: needle) else { return 1 }
        return lineText.unicodeScalars[..<range.lowerBound].count + 1
    }
}

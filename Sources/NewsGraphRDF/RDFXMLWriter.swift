import NewsGraphXML

/// Streaming RDF/XML on `XMLWriter`: one `rdf:Description` per run of triples with the same
/// subject, one property element per triple. Output is deterministic for a given triple order.
///
/// Predicates are split into a namespace and an NCName local part; a namespace no given prefix
/// covers gets `ns1`, `ns2`, ..., declared on each element that uses it (the root element is
/// already written when it is first seen). Blank nodes are written with `rdf:nodeID`, literals
/// with `xml:lang` or `rdf:datatype`.
public final class RDFXMLWriter {
    private let xml: XMLWriter
    private let ownsFile: Bool
    private let path: String
    /// Declared namespace -> prefix, for the exact-split lookup.
    private var prefixByNamespace: [String: String] = [:]
    /// Declared (prefix, namespace), longest namespace first, for the fallback lookup.
    private let declared: [(prefix: String, namespace: String)]
    private var usedPrefixes: Set<String> = []
    private var extraCount = 0
    /// Namespaces that got an `nsN` prefix after the root element was written.
    private var undeclaredOnRoot: Set<String> = []
    /// Predicate IRI -> index into `nameList`.
    private var names: [String: Int] = [:]
    /// Indexes into `nameList`, in front of `names`.
    private var recentNames = RecentIRIs()
    private var nameList: [PropertyName] = []
    /// The fixed names, checked once (a large export writes them millions of times).
    private let description, about, nodeIDName, resource, datatype, lang: XMLName
    private var subject: Term?
    /// A base that relative references can be made against by plain suffixing, or nil.
    private let relativeBase: String?
    private var closed = false

    private struct PropertyName {
        var qname: XMLName
        /// A declaration the element must carry (namespace not declared on the root), as
        /// attribute name ("xmlns:ns1") and value.
        var declaration: (attribute: String, namespace: String)?
    }

    /// Writes to `path` (atomically, through a temporary file; see `XMLWriter`).
    public convenience init(path: String, prefixes: [(prefix: String, namespace: String)], base: String? = nil, indent: Bool = true) throws {
        let xml = try XMLWriter(path: path, indent: indent)
        try self.init(xml: xml, ownsFile: true, prefixes: prefixes, base: base)
    }

    /// Writes into a fresh `XMLWriter` (e.g. inside `XMLWriter.toString`); `finish()` then closes
    /// the elements but leaves finishing the XML to the caller.
    public convenience init(writer: XMLWriter, prefixes: [(prefix: String, namespace: String)], base: String? = nil) throws {
        try self.init(xml: writer, ownsFile: false, prefixes: prefixes, base: base)
    }

    private init(xml: XMLWriter, ownsFile: Bool, prefixes: [(prefix: String, namespace: String)], base: String?) throws {
        self.xml = xml
        self.ownsFile = ownsFile
        self.path = xml.path
        description = try XMLName("rdf:Description", path: xml.path)
        about = try XMLName("rdf:about", path: xml.path)
        nodeIDName = try XMLName("rdf:nodeID", path: xml.path)
        resource = try XMLName("rdf:resource", path: xml.path)
        datatype = try XMLName("rdf:datatype", path: xml.path)
        lang = try XMLName("xml:lang", path: xml.path)
        var all: [(prefix: String, namespace: String)] = [("rdf", Vocabulary.rdf)]
        for (prefix, namespace) in prefixes {
            if prefix == "rdf" && namespace == Vocabulary.rdf { continue }
            guard XMLNames.isNCName(prefix) else {
                throw RDFWriteError.invalidPrefix(path: xml.path, prefix: prefix, reason: "is not an XML NCName")
            }
            guard !prefix.lowercased().hasPrefix("xml") else {
                throw RDFWriteError.invalidPrefix(path: xml.path, prefix: prefix, reason: "starts with 'xml', which XML reserves")
            }
            guard namespace != Self.xmlnsNamespace && namespace != Self.xmlNamespace else {
                throw RDFWriteError.invalidPrefix(path: xml.path, prefix: prefix, reason: "is bound to a namespace XML reserves (\(namespace))")
            }
            guard !all.contains(where: { $0.prefix == prefix }) else {
                throw RDFWriteError.invalidPrefix(path: xml.path, prefix: prefix, reason: "is declared twice (rdf is always \(Vocabulary.rdf))")
            }
            all.append((prefix, namespace))
        }
        declared = all.sorted { $0.namespace.utf8.count > $1.namespace.utf8.count }
        for (prefix, namespace) in all {
            usedPrefixes.insert(prefix)
            if prefixByNamespace[namespace] == nil { prefixByNamespace[namespace] = prefix }
        }
        if let base, IRIResolver.resolve("x", against: base) == base + "x", base.hasSuffix("/") {
            relativeBase = base
        } else {
            relativeBase = nil
        }
        try xml.startDocument()
        try xml.startElement("rdf:RDF")
        for (prefix, namespace) in all { try xml.namespace(prefix: prefix, uri: namespace) }
        if let base { try xml.attribute("xml:base", base) }
    }

    /// Writes every triple into an RDF/XML string (for tests and small documents).
    public static func string(_ triples: [Triple], prefixes: [(prefix: String, namespace: String)] = [], base: String? = nil) throws -> String {
        try XMLWriter.toString { xml in
            let writer = try RDFXMLWriter(writer: xml, prefixes: prefixes, base: base)
            for triple in triples { try writer.write(triple) }
            try writer.finish()
        }
    }

    public func write(_ triple: Triple) throws {
        guard case .iri(let predicate) = triple.predicate else {
            throw RDFWriteError.nonIRIPredicate(path: path, triple: triple.description)
        }
        if triple.subject != subject {
            if subject != nil { try xml.endElement() }
            try xml.startElement(description)
            switch triple.subject {
            case .iri(let iri): try xml.attribute(about, iri, fromUTF8Offset: referenceStart(iri))
            case .blank(let label): try xml.attribute(nodeIDName, Self.nodeID(label))
            case .literal: throw RDFWriteError.literalSubject(path: path, triple: triple.description)
            }
            subject = triple.subject
        }
        let name = try propertyName(predicate)
        // One call per property element; the rare element that must declare its namespace
        // goes the long way.
        if let declaration = name.declaration {
            try xml.startElement(name.qname)
            try xml.attribute(declaration.attribute, declaration.namespace)
            switch triple.object {
            case .iri(let iri):
                try xml.attribute(resource, iri, fromUTF8Offset: referenceStart(iri))
            case .blank(let label):
                try xml.attribute(nodeIDName, Self.nodeID(label))
            case .literal(let literal):
                if let language = literal.language {
                    try xml.attribute(lang, language)
                } else if let datatype = literal.datatype {
                    try xml.attribute(self.datatype, datatype, fromUTF8Offset: referenceStart(datatype))
                }
                if !literal.lexical.isEmpty { try xml.text(literal.lexical) }
            }
            try xml.endElement()
            return
        }
        switch triple.object {
        case .iri(let iri):
            try xml.element(name.qname, attribute: resource, value: iri, fromUTF8Offset: referenceStart(iri), text: nil)
        case .blank(let label):
            try xml.element(name.qname, attribute: nodeIDName, value: Self.nodeID(label), text: nil)
        case .literal(let literal):
            let text = literal.lexical.isEmpty ? nil : literal.lexical
            if let language = literal.language {
                try xml.element(name.qname, attribute: lang, value: language, text: text)
            } else if let datatype = literal.datatype {
                try xml.element(name.qname, attribute: self.datatype, value: datatype, fromUTF8Offset: referenceStart(datatype), text: text)
            } else {
                try xml.element(name.qname, attribute: nil, value: "", text: text)
            }
        }
    }

    /// Closes the open elements and, when writing a file, finishes and renames it into place.
    public func finish() throws {
        guard !closed else { return }
        closed = true
        if subject != nil { try xml.endElement() }
        try xml.endElement() // rdf:RDF
        if ownsFile { try xml.finish() }
    }

    /// Abandons the output (a file writer removes its temporary file).
    public func cancel() {
        closed = true
        xml.cancel()
    }

    // MARK: names

    private func propertyName(_ iri: String) throws -> PropertyName {
        if let recent = recentNames.value(iri) { return nameList[recent] }
        let index: Int
        if let known = names[iri] {
            index = known
        } else {
            nameList.append(try makePropertyName(iri))
            index = nameList.count - 1
            names[iri] = index
        }
        recentNames.remember(iri, index)
        return nameList[index]
    }

    private func makePropertyName(_ iri: String) throws -> PropertyName {
        if iri.utf8.starts(with: Vocabulary.rdf.utf8) {
            let local = String(iri.unicodeScalars.dropFirst(Vocabulary.rdf.unicodeScalars.count))
            if local == "li" || Self.rdfSyntaxNames.contains(local) {
                throw RDFWriteError.reservedPredicate(path: path, iri: iri)
            }
        }
        guard let split = Self.split(iri) else { throw RDFWriteError.unsplittablePredicate(path: path, iri: iri) }
        // Namespaces in XML forbids binding any prefix to the xmlns namespace.
        if split.namespace == Self.xmlnsNamespace { throw RDFWriteError.reservedPredicate(path: path, iri: iri) }
        if let prefix = prefixByNamespace[split.namespace] {
            let declaration = undeclaredOnRoot.contains(split.namespace) ? ("xmlns:" + prefix, split.namespace) : nil
            return PropertyName(qname: try XMLName(prefix + ":" + split.local, path: path), declaration: declaration)
        }
        for (prefix, namespace) in declared where iri.utf8.starts(with: namespace.utf8) {
            let local = String(iri.unicodeScalars.dropFirst(namespace.unicodeScalars.count))
            if XMLNames.isNCName(local) { return PropertyName(qname: try XMLName(prefix + ":" + local, path: path), declaration: nil) }
        }
        var prefix: String
        repeat {
            extraCount += 1
            prefix = "ns\(extraCount)"
        } while usedPrefixes.contains(prefix)
        usedPrefixes.insert(prefix)
        prefixByNamespace[split.namespace] = prefix
        // Later predicates in this namespace reuse the prefix and declare it on their element too.
        undeclaredOnRoot.insert(split.namespace)
        return PropertyName(qname: try XMLName(prefix + ":" + split.local, path: path), declaration: ("xmlns:" + prefix, split.namespace))
    }

    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    static let xmlnsNamespace = "http://www.w3.org/2000/xmlns/"

    static let rdfSyntaxNames: Set<String> = ["RDF", "ID", "about", "parseType", "resource", "nodeID", "datatype",
                                              "Description", "aboutEach", "aboutEachPrefix", "bagID"]

    /// The longest suffix of `iri` that is an NCName, and the rest as the namespace.
    static func split(_ iri: String) -> (namespace: String, local: String)? {
        let scalars = iri.unicodeScalars
        var start = scalars.endIndex
        while start > scalars.startIndex {
            let previous = scalars.index(before: start)
            guard XMLNames.isNCNameChar(scalars[previous]) else { break }
            start = previous
        }
        while start < scalars.endIndex, !XMLNames.isNCNameStartChar(scalars[start]) {
            start = scalars.index(after: start)
        }
        guard start < scalars.endIndex else { return nil }
        return (String(scalars[..<start]), String(scalars[start...]))
    }

    /// rdf:nodeID values must be NCNames: other labels are spelled in hex, behind a prefix that
    /// no kept label starts with, so distinct labels stay distinct.
    static func nodeID(_ label: String) -> String {
        if XMLNames.isNCName(label) && !label.hasPrefix("nghex") { return label }
        return "nghex" + label.utf8.map { String($0, radix: 16, uppercase: true).leftPadded(to: 2) }.joined()
    }

    /// Where the reference to write starts in `iri` (a UTF-8 offset): after the base when plain
    /// suffixing gives `iri` back exactly, else 0 (the whole IRI). The rest must be path segments
    /// of unreserved characters (no ':', '?', '#', no empty, "." or ".."). Works on bytes and
    /// makes no string: it runs for every subject and object.
    private func referenceStart(_ iri: String) -> Int {
        guard let base = relativeBase, iri.utf8.count > base.utf8.count else { return 0 }
        let start = iri.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            base.utf8.withContiguousStorageIfAvailable { prefix -> Int? in
                Self.relativePart(bytes, base: prefix)
            } ?? nil
        } ?? nil
        return start ?? 0
    }

    /// Bytes 0x00-0x3F and 0x40-0x7F allowed in a relative reference (see `relativePart`).
    private static let safeLow: UInt64 = (1 << 0x2D) | (1 << 0x2E) | (1 << 0x25) | (0x3FF << 0x30)
    private static let safeHigh: UInt64 = (0x3FF_FFFF << 0x01) | (0x3FF_FFFF << 0x21) | (1 << (0x5F - 0x40)) | (1 << (0x7E - 0x40))

    /// The offset where the relative part starts, or nil when `bytes` cannot be written relative to `base`.
    static func relativePart(_ bytes: UnsafeBufferPointer<UInt8>, base: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count > base.count else { return nil }
        for i in 0..<base.count where bytes[i] != base[i] { return nil }
        var segmentLength = 0, dots = 0
        for i in base.count..<bytes.count {
            let b = bytes[i]
            if b == 0x2F {
                if segmentLength == 0 || (segmentLength == dots && dots <= 2) { return nil }
                segmentLength = 0
                dots = 0
                continue
            }
            // a-z A-Z 0-9 - _ ~ % . and every non-ASCII byte, as a bit set over ASCII.
            let safe = b >= 0x80 || (b < 0x40 ? Self.safeLow >> b : Self.safeHigh >> (b - 0x40)) & 1 != 0
            if !safe { return nil }
            segmentLength += 1
            if b == 0x2E { dots += 1 }
        }
        if segmentLength == 0 || (segmentLength == dots && dots <= 2) { return nil }
        return base.count
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

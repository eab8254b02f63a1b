import Testing
@testable import NewsGraphXML

@Suite struct SafeXMLReaderTests {
    private func parse(_ xml: String, limits: XMLLimits = .default) throws -> XMLElement {
        try parseXML(bytes: Array(xml.utf8), path: "t.xml", limits: limits)
    }

    private func message(_ xml: String, limits: XMLLimits = .default) -> String? {
        do {
            _ = try parse(xml, limits: limits)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func namesAttributesAndLines() throws {
        let root = try parse("""
            <?xml version="1.0"?>
            <r xmlns="urn:d" xmlns:p="urn:p" p:a="1" b="2">
              <p:c xml:lang="fr">t<![CDATA[<x>]]>u</p:c>
            </r>
            """)
        #expect(root.namespaceURI == "urn:d")
        #expect(root.namespaceDeclarations == [XMLNamespaceDeclaration(prefix: nil, uri: "urn:d"), XMLNamespaceDeclaration(prefix: "p", uri: "urn:p")])
        #expect(root.attributes.map(\.qualifiedName) == ["p:a", "b"])
        #expect(root.attributes.map(\.namespaceURI) == ["urn:p", nil])
        let c = try #require(root.elementChildren.first)
        #expect(c.line == 3)
        #expect(c.prefix == "p")
        #expect(c.attribute("http://www.w3.org/XML/1998/namespace", "lang") == "fr")
        #expect(c.children == [.text("t<x>u")])
    }

    @Test func internalEntitiesAreExpanded() throws {
        let root = try parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [
              <!ENTITY owl "http://www.w3.org/2002/07/owl#" >
              <!ENTITY nested "&owl;Thing" >
            ]>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about="&owl;Class" x="&nested;">&owl;Thing &amp; &nested;</rdf:Description>
            </rdf:RDF>
            """)
        let d = try #require(root.elementChildren.first)
        #expect(d.attribute("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "about") == "http://www.w3.org/2002/07/owl#Class")
        #expect(d.attribute(nil, "x") == "http://www.w3.org/2002/07/owl#Thing")
        #expect(d.children == [.text("http://www.w3.org/2002/07/owl#Thing & http://www.w3.org/2002/07/owl#Thing")])
    }

    @Test func entitiesInNamespaceDeclarations() throws {
        // The wine-ontology style: xmlns:vin="&vin;". libxml2 leaves such references raw.
        let root = try parse("""
            <!DOCTYPE r [<!ENTITY vin "http://www.w3.org/TR/2003/PR-owl-guide-20031209/wine#"><!ENTITY v2 "&vin;x">]>
            <r xmlns="&vin;" xmlns:a="http://a/?x=1&amp;y=&#50;" xmlns:b="&v2;"><a:c b:d="1"/></r>
            """)
        #expect(root.namespaceURI == "http://www.w3.org/TR/2003/PR-owl-guide-20031209/wine#")
        let c = try #require(root.elementChildren.first)
        #expect(c.namespaceURI == "http://a/?x=1&y=2")
        #expect(c.attributes.first?.namespaceURI == "http://www.w3.org/TR/2003/PR-owl-guide-20031209/wine#x")
    }

    @Test func refusesBillionLaughs() {
        var dtd = "<!ENTITY lol0 \"lol\">\n"
        for i in 1...9 { dtd += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">\n" }
        let text = message("<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n\(dtd)]>\n<r>&lol9;</r>\n")
        #expect(text == "t.xml:1:7: error: entity references recurse or multiply without bound (a recursive entity or a billion-laughs pattern). Remove the recursive or repeated entity references.")
    }

    @Test func refusesBillionLaughsInAttributes() {
        var dtd = "<!ENTITY lol0 \"lol\">\n"
        for i in 1...9 { dtd += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">\n" }
        let text = message("<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n\(dtd)]>\n<r a=\"&lol9;\"/>\n")
        #expect(text?.hasPrefix("t.xml:14:13: error: entity references recurse or multiply without bound") == true)
    }

    @Test func refusesQuadraticBlowup() {
        let big = String(repeating: "A", count: 50_000)
        let refs = String(repeating: "&a;", count: 50_000)
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"\(big)\">]>\n<r>\(refs)</r>\n"
        let budget = XMLLimits.default.entityBudget(inputSize: xml.utf8.count)
        #expect(message(xml) == "t.xml:3:1: error: entity references expand to more than \(budget) bytes (a billion-laughs or quadratic-blowup pattern). Remove the repeated references, or raise XMLLimits.maxEntityExpansion if the document is trusted.")
    }

    @Test func refusesQuadraticBlowupInAttributes() {
        let big = String(repeating: "A", count: 50_000)
        let refs = String(repeating: "&a;", count: 50_000)
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"\(big)\">]>\n<r v=\"\(refs)\"/>\n"
        let budget = XMLLimits.default.entityBudget(inputSize: xml.utf8.count)
        #expect(message(xml) == "t.xml:3:1: error: entity references expand to more than \(budget) bytes (a billion-laughs or quadratic-blowup pattern). Remove the repeated references, or raise XMLLimits.maxEntityExpansion if the document is trusted.")
    }

    @Test func budgetAppliesBelowLibxmlLimits() {
        // 200 references to 1000 bytes: fine by default, but above a 100 kB budget.
        let xml = "<!DOCTYPE r [<!ENTITY e \"\(String(repeating: "x", count: 1000))\">]>\n<r>\(String(repeating: "&e;", count: 200))</r>"
        #expect(throws: Never.self) { _ = try parse(xml) }
        let small = XMLLimits(maxEntityExpansion: 100_000, maxEntityExpansionRatio: 1000, minimumEntityBudget: 0)
        #expect(message(xml, limits: small) == "t.xml:2:1: error: entity references expand to more than 100000 bytes (a billion-laughs or quadratic-blowup pattern). Remove the repeated references, or raise XMLLimits.maxEntityExpansion if the document is trusted.")
    }

    @Test func entityContentWithMarkup() throws {
        let root = try parse("<!DOCTYPE r [<!ENTITY e \"<b>bold</b> t\">]><r>x&e;y</r>")
        #expect(root.children == [.text("x"), .element(XMLElement(namespaceURI: nil, localName: "b", children: [.text("bold")], line: 1)), .text(" ty")])
    }

    @Test func refusesExternalEntity() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE r [
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
            ]>
            <r>&xxe;</r>
            """
        #expect(message(xml) == "t.xml:3:3: error: entity 'xxe' refers to the external resource \"file:///etc/passwd\", which is never read. Declare the entity with its text inline: <!ENTITY xxe \"...\">.")
    }

    @Test func refusesExternalEntityInAttribute() {
        let xml = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><r a=\"&xxe;\"/>"
        #expect(message(xml) == "t.xml:1:68: error: Attribute references external entity 'xxe'. Fix the XML so that it is well-formed (and every prefix is declared).")
    }

    @Test func refusesExternalDTD() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE r SYSTEM "http://example.org/r.dtd">
            <r/>
            """
        #expect(message(xml) == "t.xml:2:1: error: the DOCTYPE refers to the external DTD \"http://example.org/r.dtd\", which is never read. Remove the SYSTEM/PUBLIC identifier; internal entity declarations inside [ ] are allowed.")
    }

    @Test func refusesParameterEntities() {
        let xml = "<!DOCTYPE r [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]><r/>"
        #expect(message(xml) == "t.xml:1:14: error: parameter entity '%p;' is not supported. Declare general entities with inline text instead.")
    }

    @Test func malformedDocumentsReportPlace() {
        #expect(message("<r>\n  <a></b>\n</r>") == "t.xml:2:10: error: Opening and ending tag mismatch: a line 2 and b. Fix the XML so that it is well-formed (and every prefix is declared).")
        #expect(message("<p:r/>") == "t.xml:1:5: error: Namespace prefix p on r is not defined. Fix the XML so that it is well-formed (and every prefix is declared).")
        #expect(message("<r>&undef;</r>") == "t.xml:1:11: error: Entity 'undef' not defined. Fix the XML so that it is well-formed (and every prefix is declared).")
    }
}

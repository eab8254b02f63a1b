import NewsGraphText
import Testing
import NewsGraphRDF
@testable import NewsGraphSPARQL

@Suite struct ResultFormatTests {
    let result = QueryResult.solutions(variables: ["e", "label", "n"], rows: [
        [.iri("https://newsgraph.example/id/entity/lee"), .text("李家超", language: "zh-Hant"), .typed("12", Vocabulary.xsd + "integer")],
        [.blank("b0"), .string("say \"hi\", then\nleave"), nil],
    ])

    @Test func json() {
        #expect(result.json() == """
            {
              "head": { "vars": ["e", "label", "n"] },
              "results": { "bindings": [
                { "e": { "type": "uri", "value": "https://newsgraph.example/id/entity/lee" }, "label": { "type": "literal", "value": "李家超", "xml:lang": "zh-Hant" }, "n": { "type": "literal", "value": "12", "datatype": "http://www.w3.org/2001/XMLSchema#integer" } },
                { "e": { "type": "bnode", "value": "b0" }, "label": { "type": "literal", "value": "say \\"hi\\", then\\nleave" } }
              ] }
            }

            """)
        #expect(QueryResult.boolean(true).json() == "{\n  \"head\": {},\n  \"boolean\": true\n}\n")
    }

    @Test func csvAndTSV() {
        #expect(result.csv() == "e,label,n\r\nhttps://newsgraph.example/id/entity/lee,李家超,12\r\n_:b0,\"say \"\"hi\"\", then\nleave\",\r\n")
        #expect(result.tsv() == "?e\t?label\t?n\n<https://newsgraph.example/id/entity/lee>\t\"李家超\"@zh-Hant\t\"12\"^^<http://www.w3.org/2001/XMLSchema#integer>\n"
            + "_:b0\t\"say \\\"hi\\\", then\\nleave\"\t\n")
    }

    @Test func tableCountsWideCharacters() {
        let table = TableRenderer.render(result, maxWidth: 80, prefixes: ["https://newsgraph.example/id/entity/": "ent"])
        #expect(table == """
            ┌─────────┬──────────────────────┬────┐
            │ ?e      │ ?label               │ ?n │
            ├─────────┼──────────────────────┼────┤
            │ ent:lee │ 李家超@zh-Hant       │ 12 │
            │ _:b0    │ say "hi", then↵leave │    │
            └─────────┴──────────────────────┴────┘
            2 rows

            """)
        for line in table.split(separator: "\n").dropLast() { #expect(DisplayWidth.of(String(line)) == 39) }
    }

    @Test func tableFitsNarrowTerminal() {
        let table = TableRenderer.render(result, maxWidth: 30)
        for line in table.split(separator: "\n").dropLast() { #expect(DisplayWidth.of(String(line)) <= 30, "\(line)") }
        #expect(table.contains("…"))
    }

    @Test func displayWidths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("李家超") == 6)
        #expect(DisplayWidth.of("ｶﾀｶﾅ") == 4)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("한국") == 4)
    }
}

@Suite struct XMLResultFormatTests {
    @Test func xmlRoundTripsThroughTheSafeReader() throws {
        let result = QueryResult.solutions(variables: ["e", "label"], rows: [
            [.iri("https://newsgraph.example/id/entity/lee"), .text("李家超 <&>", language: "zh-Hant")],
            [.blank("b0"), .typed("1.5", Vocabulary.xsd + "decimal")],
            [nil, .string("OCR \u{1}noise")],
        ])
        let xml = try result.xml()
        #expect(xml.hasPrefix("<?xml version=\"1.0\""))
        #expect(xml.contains("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">"))
        let back = try #require(try SPARQLXMLResultReader.read(bytes: Array(xml.utf8), path: "result.srx"))
        #expect(back.variables == ["e", "label"])
        #expect(back.rows.count == 3)
        #expect(back.rows[0]["label"] == .text("李家超 <&>", language: "zh-Hant"))
        #expect(back.rows[1]["e"] == .blank("b0"))
        #expect(back.rows[1]["label"] == .typed("1.5", Vocabulary.xsd + "decimal"))
        #expect(back.rows[2]["e"] == nil)
        // U+0001 cannot appear in XML 1.0: the writer drops it rather than write a broken file.
        #expect(back.rows[2]["label"]?.literalValue?.lexical.unicodeScalars.contains("\u{1}") == false)
        let ask = try QueryResult.boolean(false).xml()
        #expect(try SPARQLXMLResultReader.read(bytes: Array(ask.utf8), path: "ask.srx")?.boolean == false)
    }
}

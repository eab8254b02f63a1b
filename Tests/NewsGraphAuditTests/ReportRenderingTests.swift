import Foundation
import NewsGraphExtraction
import NewsGraphOntology
import Testing
@testable import NewsGraphAudit

@Suite("Text, JSON and HTML reports")
struct ReportRenderingTests {
    static let seedGold = AuditFixtures.shared.appendingPathComponent("eval/seed")

    /// The example corpus, plus the gold section when ../shared is there.
    static let report: AuditReport = {
        var report = AuditFixtures.corpusReport
        if let gold = try? GoldStandard.load(directory: seedGold.path) {
            let seed = try! AuditFixtures.extract(seedGold)
            report.gold = Auditor.audit(seed, catalog: AuditFixtures.pipeline.catalog, gold: gold).gold
        }
        return report
    }()

    @Test func textFitsEightyColumnsAndHasEverySection() {
        let text = TextReport.render(Self.report)
        for heading in ["1. Catalog coverage", "2. Unknown names", "3. Document coverage"] { #expect(text.contains(heading)) }
        if Self.report.gold != nil { #expect(text.contains("4. Against gold") && text.contains("core_entity_f1=")) }
        var rows = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // Suggested catalog rows are tab-separated data, copied whole: the one exception.
            if line.contains("\t") { rows += 1; continue }
            #expect(TerminalText.width(String(line)) <= 80, "too wide: \(line)")
        }
        #expect(rows > 0)
        #expect(TextReport.render(Self.report, width: 60).split(separator: "\n").allSatisfy { $0.contains("\t") || TerminalText.width(String($0)) <= 60 })
    }

    @Test func sameInputSameBytes() throws {
        let again = Auditor.audit(AuditFixtures.corpusExtractions, catalog: AuditFixtures.pipeline.catalog)
        #expect(again == AuditFixtures.corpusReport)
        #expect(try JSONReport.render(again) == JSONReport.render(AuditFixtures.corpusReport))
        #expect(try HTMLReport.render(again) == HTMLReport.render(AuditFixtures.corpusReport))
    }

    @Test(arguments: [("香港", 4), ("John", 4), ("ＡＢ", 4), ("e\u{301}", 1), ("", 0)])
    func displayWidth(_ text: String, _ width: Int) {
        #expect(TerminalText.width(text) == width)
    }

    @Test func fittingCutsWideTextOnColumns() {
        #expect(TerminalText.fit("香港特別行政區", 7) == "香港特…")
        #expect(TerminalText.pad("香港", 6, right: true) == "  香港")
        #expect(TerminalText.window("一二三四五六七八九十張三一二三四五六七八九十", start: 10, end: 12, columns: 12) == "…九十張三一…")
    }

    @Test func jsonRoundTripsAndKeepsItsShape() throws {
        let json = try JSONReport.render(Self.report)
        let decoded = try JSONDecoder().decode(AuditReport.self, from: Data(json.utf8))
        #expect(decoded == Self.report)
        // The structural check that runs everywhere: the schema's required top-level keys are there.
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: AuditFixtures.schema)) as! [String: Any]
        #expect(Set(schema["required"] as! [String]).isSubset(of: Set(object.keys)))
        #expect(Set(object.keys).isSubset(of: Set((schema["properties"] as! [String: Any]).keys)))
    }

    @Test(.enabled(if: Tools.pythonHas("jsonschema"), "needs python3 with jsonschema"))
    func jsonValidatesAgainstTheDocumentedSchema() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/report.json"
        try JSONReport.render(Self.report).write(toFile: path, atomically: true, encoding: .utf8)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))
            print("valid")
            """
        let output = try Tools.run(Tools.executable("python3")!, ["-c", script, AuditFixtures.schema.path, path])
        #expect(output.status == 0 && output.stdout == "valid\n", "\(output.stderr)")
    }

    @Test func htmlIsSelfContained() throws {
        let html = try HTMLReport.render(Self.report)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""))
        for banned in ["<script", "src=", "href=", "url(", "@import", "<link"] { #expect(!html.contains(banned), "\(banned)") }
        #expect(html.components(separatedBy: "<svg ").count - 1 == 2)
        #expect(html.contains("Mentions by type") && html.contains("unknown names by documents"))
    }

    @Test(.enabled(if: Tools.executable("xmllint") != nil, "needs xmllint (libxml2-utils)"))
    func htmlIsWellFormedEvenWithHostileText() throws {
        // A name with a control character, markup and an ampersand, as OCR and the web produce.
        var report = AuditFixtures.corpusReport
        report.unknownNames[0].name = "A\u{1}<b>&amp;\"x\"</b>"
        report.unknownNames[0].snippets[0].sentence = "<script>alert(1)</script> & \u{FFFE}"
        let directory = try TemporaryDirectory()
        for (name, value) in [("corpus.html", Self.report), ("hostile.html", report)] {
            let path = directory.path + "/" + name
            try HTMLReport.render(value).write(toFile: path, atomically: true, encoding: .utf8)
            let output = try Tools.run(Tools.executable("xmllint")!, ["--noout", path])
            #expect(output.status == 0 && output.stderr.isEmpty, "\(name): \(output.stderr)")
        }
        let hostile = try HTMLReport.render(report)
        #expect(!hostile.contains("<script>") && hostile.contains("&lt;script&gt;"))
    }
}

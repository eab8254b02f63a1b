import Foundation
import Testing
@testable import NewsGraphRDF

/// One entry of the W3C RDF/XML manifest.
struct W3CRDFXMLTest {
    enum Kind { case eval, negativeSyntax }
    var name: String
    var kind: Kind
    var action: String
    var result: String?
}

/// Reads just enough of `manifest.ttl`: each `<#id> a rdft:Type` block with its action and result.
enum W3CManifest {
    static func load(_ url: URL) throws -> (base: String, tests: [W3CRDFXMLTest]) {
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacing(#/"""[\s\S]*?"""/#, with: "\"\"")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("#") }
        text = lines.joined(separator: "\n")
        let base = text.firstMatch(of: #/mf:assumedTestBase\s*<([^>]*)>/#).map { String($0.1) } ?? ""
        var tests: [W3CRDFXMLTest] = []
        for block in text.split(separator: #/\n(?=<#)/#) {
            guard let head = block.firstMatch(of: #/^<#([^>]+)>\s+a\s+rdft:(TestXMLEval|TestXMLNegativeSyntax)/#),
                  let action = block.firstMatch(of: #/mf:action\s*<([^>]*)>/#) else { continue }
            let result = block.firstMatch(of: #/mf:result\s*<([^>]*)>/#).map { String($0.1) }
            tests.append(W3CRDFXMLTest(name: String(head.1), kind: head.2 == "TestXMLEval" ? .eval : .negativeSyntax,
                                       action: String(action.1), result: result))
        }
        return (base, tests)
    }
}

@Suite struct W3CRDFXMLSuiteTests {
    /// Tests not run, each with the reason. Empty: every test passes.
    static let skipped: [String: String] = [:]

    @Test(.enabled(if: SharedFixtures.hasRDFXMLSuite, "../shared/w3c-rdf-tests is absent"))
    func w3cRDFXMLSuite() throws {
        let suite = SharedFixtures.rdfXMLSuite
        let (base, tests) = try W3CManifest.load(suite.appendingPathComponent("manifest.ttl"))
        #expect(tests.filter { $0.kind == .eval }.count == 126)
        #expect(tests.filter { $0.kind == .negativeSyntax }.count == 40)
        var passed = 0, skippedCount = 0
        var failures: [String] = []
        for test in tests {
            if let reason = Self.skipped[test.name] {
                skippedCount += 1
                print("skipped \(test.name): \(reason)")
                continue
            }
            let bytes = Array(try Data(contentsOf: suite.appendingPathComponent(test.action)))
            let baseIRI = base + test.action
            switch test.kind {
            case .negativeSyntax:
                do {
                    let triples = try RDFXMLParser.parse(bytes: bytes, baseIRI: baseIRI, path: test.action)
                    failures.append("\(test.name): expected a syntax error, got \(triples.count) triples")
                } catch {
                    if ProcessInfo.processInfo.environment["W3C_VERBOSE"] != nil { print("\(test.name): \(error)") }
                    passed += 1
                }
            case .eval:
                do {
                    let got = try RDFXMLParser.parse(bytes: bytes, baseIRI: baseIRI, path: test.action)
                    let expectedText = try String(contentsOf: suite.appendingPathComponent(test.result ?? ""), encoding: .utf8)
                    let expected = try NTriplesParser.parse(expectedText, path: test.result ?? "")
                    if GraphIsomorphism.isIsomorphic(normalized(got), normalized(expected)) {
                        passed += 1
                    } else {
                        let missing = Set(expected).subtracting(got).sorted().map(\.description)
                        let extra = Set(got).subtracting(expected).sorted().map(\.description)
                        failures.append("\(test.name): graphs differ\n  expected: \(missing.joined(separator: "\n            "))\n  got:      \(extra.joined(separator: "\n            "))")
                    }
                } catch {
                    failures.append("\(test.name): \(error)")
                }
            }
        }
        print("RDF/XML W3C suite: \(passed) passed, \(failures.count) failed, \(skippedCount) skipped")
        for failure in failures { print("FAILED \(failure)") }
        #expect(failures.isEmpty, "\(failures.count) W3C RDF/XML tests failed")
    }

    /// Language tags compare case-insensitively (BCP 47).
    private func normalized(_ triples: [Triple]) -> [Triple] {
        triples.map { triple in
            guard case .literal(var literal) = triple.object, let language = literal.language else { return triple }
            literal.language = language.lowercased()
            return Triple(triple.subject, triple.predicate, .literal(literal))
        }
    }
}

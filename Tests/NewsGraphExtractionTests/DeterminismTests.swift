import Foundation
import Testing
import NewsGraphExtraction
import NewsGraphText

/// Ids and output depend on the text only: never on the document, the run or the process.
struct DeterminismTests {
    static let sample = """
    本報記者 陳小華
    發展局局長陳大文表示，香港特區政府將推出「北部都會區發展計劃」。立法會議員王美美昨日出席第二屆智慧城市會議。
    數碼港與星河科技簽署協議，雙方將在人工智能領域合作。港話通建基於靈犀大模型開發。
    The Financial Services Development Council (FSDC) said Hong Kong would benefit. Mr Lee added that LegCo agreed.
    """

    @Test func sameUnknownNameInTwoDocumentsHasOneID() throws {
        let first = extract("局長陳大文表示會跟進。")
        let second = extract("數碼港昨日開會。陳大文指出，工程明年完成。")
        let simplified = extract("陈大文表示，香港经济向好。")
        let a = try #require(first.entity(mentioned: "陳大文")?.id)
        #expect(second.entity(mentioned: "陳大文")?.id == a)
        // Script folding keys unknown names too: Simplified and Traditional are one person.
        #expect(simplified.entity(mentioned: "陈大文")?.id == a)
        // A different name, a different id; the same name as another type, another id.
        #expect(extract("局長陳大華表示會跟進。").entity(mentioned: "陳大華")?.id != a)
        #expect(a == "ent:x-person-" + StableHash.hex("Person\u{1F}" + ScriptFolding.folded("陳大文")))
    }

    @Test func twoRunsAreByteIdentical() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let once = try encoder.encode(extract(Self.sample))
        let again = try encoder.encode(extract(Self.sample))
        #expect(once == again)
        // A second Knowledge loaded from the same catalog gives the same bytes.
        let other = try Knowledge.load(from: try temporaryOntology())
        let third = try encoder.encode(other.extractor.extract(TextRepair.repair(Self.sample)))
        #expect(once == third)
    }

    @Test func entitiesAreInOrderOfFirstMention() {
        let extraction = extract(Self.sample)
        let firstStarts = extraction.entities.map { $0.mentions.map(\.start).min()! }
        #expect(firstStarts == firstStarts.sorted())
        #expect(extraction.mentionsAreConsistent())
        // Mentions of each entity are in text order and never overlap another mention.
        let all = extraction.allMentions()
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.end <= $1.start })
    }
}

import Foundation
import Testing
@testable import NewsGraphAudit

@Suite("Name normalisation as score.py's norm")
struct ScoreTextTests {
    @Test(arguments: [
        ("  John LEE ", "john lee"), ("ＤｅｅｐＳｅｅｋ", "deepseek"), ("Straße", "strasse"), ("ΣΊΣΥΦΟΣ", "σίσυφοσ"),
        ("李家超", "李家超"), ("\u{3000}香港\u{1F}", "香港"), ("ﬁnance", "finance"), ("ᾈ", "ἀι"), ("", ""),
    ])
    func normalises(_ input: String, _ expected: String) {
        #expect(ScoreText.norm(input) == expected)
    }

    /// Every BMP code point Python knows, one at a time, through both implementations.
    @Test(.enabled(if: Tools.executable("python3") != nil, "needs python3"))
    func agreesWithPythonOverTheBMP() throws {
        let script = """
            import sys, unicodedata
            print(unicodedata.unidata_version)
            for v in range(0x10000):
                if 0xD800 <= v < 0xE000 or unicodedata.category(chr(v)) == "Cn":
                    continue
                s = unicodedata.normalize("NFKC", chr(v)).strip().casefold()
                print(v, " ".join(str(ord(c)) for c in s))
            """
        let output = try Tools.run(Tools.executable("python3")!, ["-c", script])
        var lines = output.stdout.split(separator: "\n")
        let version = lines.removeFirst().split(separator: ".").compactMap { Int($0) }
        var compared = 0, differences: [String] = []
        for line in lines {
            let fields = line.split(separator: " ", omittingEmptySubsequences: false)
            guard let value = UInt32(fields[0]), let scalar = Unicode.Scalar(value) else { continue }
            // Characters newer than Python's tables fold by Swift's newer data; compare the rest.
            guard let age = scalar.properties.age, (age.major, age.minor) <= (version[0], version[1]) else { continue }
            let expected = fields.dropFirst().compactMap { UInt32($0) }
            let actual = ScoreText.norm(String(Character(scalar))).unicodeScalars.map(\.value)
            compared += 1
            if actual != expected { differences.append("U+\(String(value, radix: 16, uppercase: true)): \(actual) != \(expected)") }
        }
        #expect(compared > 50_000)
        #expect(differences.isEmpty, "\(differences.count) differ: \(differences.prefix(20).joined(separator: "; "))")
    }
}

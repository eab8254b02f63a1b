@testable import NewsGraphPush
import Testing

struct DigestTests {
    @Test func md5KnownAnswers() {
        #expect(MD5.hex("") == "d41d8cd98f00b204e9800998ecf8427e")
        #expect(MD5.hex("The quick brown fox jumps over the lazy dog") == "9e107d9d372bb6826bd81d3542a419d6")
        #expect(MD5.hex(String(repeating: "a", count: 1000)) == "cabe45dcc9ae5b66ba86600cca6b8ba8")
    }

    /// RFC 2617 section 3.5's example.
    @Test func answersTheRFCExampleChallenge() throws {
        let header = #"Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41""#
        let challenge = try #require(DigestChallenge.parse(header))
        #expect(challenge.realm == "testrealm@host.com" && challenge.qop == "auth" && !challenge.stale)
        let answer = challenge.authorization(method: "GET", uri: "/dir/index.html",
                                             credentials: Credentials(user: "Mufasa", password: "Circle Of Life"), count: 1, cnonce: "0a4f113b")
        #expect(answer.contains(#"response="6629fae49393a05397450978507c4ef1""#))
        #expect(answer.contains("nc=00000001") && answer.contains(#"opaque="5ccc069c403ebaf9f0171e9517f40e41""#))
        #expect(!answer.contains("Circle Of Life"))
    }

    @Test func refusesOtherAlgorithms() {
        #expect(DigestChallenge.parse(#"Digest realm="r", nonce="n", algorithm=SHA-256"#) == nil)
        #expect(DigestChallenge.parse(#"Basic realm="r""#) == nil)
    }
}

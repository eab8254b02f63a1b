import Testing
@testable import NewsGraphRDF

@Suite struct IRIResolverTests {
    /// RFC 3986 section 5.4.1 and 5.4.2, against base http://a/b/c/d;p?q.
    @Test(arguments: [
        ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"),
        (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"), ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"),
        ("./", "http://a/b/c/"), ("..", "http://a/b/"), ("../", "http://a/b/"), ("../g", "http://a/b/g"),
        ("../..", "http://a/"), ("../../", "http://a/"), ("../../g", "http://a/g"),
        ("../../../g", "http://a/g"), ("../../../../g", "http://a/g"), ("/./g", "http://a/g"), ("/../g", "http://a/g"),
        ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"), ("g..", "http://a/b/c/g.."), ("..g", "http://a/b/c/..g"),
        ("./../g", "http://a/b/g"), ("./g/.", "http://a/b/c/g/"), ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"),
        ("g;x=1/./y", "http://a/b/c/g;x=1/y"), ("g;x=1/../y", "http://a/b/c/y"), ("g?y/./x", "http://a/b/c/g?y/./x"),
        ("g#s/../x", "http://a/b/c/g#s/../x"),
    ])
    func rfc3986Examples(_ reference: String, _ expected: String) {
        #expect(IRIResolver.resolve(reference, against: "http://a/b/c/d;p?q") == expected)
    }

    @Test func baseWithoutPathAndNonASCII() {
        #expect(IRIResolver.resolve("relfile", against: "http://example.org") == "http://example.org/relfile")
        #expect(IRIResolver.resolve("#x", against: "http://example.org/dir/file#frag") == "http://example.org/dir/file#x")
        #expect(IRIResolver.resolve("e\u{301}/中文", against: "http://ex/a/b") == "http://ex/a/e\u{301}/中文")
        #expect(IRIResolver.resolve("/\u{301}x", against: "http://ex/a/b") == "http://ex/\u{301}x")
        #expect(IRIResolver.resolve("x", against: "") == "x")
        #expect(IRIResolver.removingFragment("http://a/b#c") == "http://a/b")
    }
}

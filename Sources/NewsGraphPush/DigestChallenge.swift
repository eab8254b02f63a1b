import Foundation

/// A `WWW-Authenticate: Digest ...` challenge (RFC 7616) and the `Authorization` answers to it.
/// Only `algorithm=MD5` (or none) with `qop=auth` or no qop: what Virtuoso and most servers send.
struct DigestChallenge: Sendable, Equatable {
    var realm: String
    var nonce: String
    var opaque: String?
    var qop: String?
    var algorithm: String?
    var stale: Bool

    /// The first Digest challenge among `header`'s, nil when there is none or it needs another algorithm.
    static func parse(_ header: String) -> DigestChallenge? {
        guard let range = header.range(of: "Digest ", options: [.caseInsensitive]) else { return nil }
        let parameters = Self.parameters(String(header[range.upperBound...]))
        guard let realm = parameters["realm"], let nonce = parameters["nonce"] else { return nil }
        let algorithm = parameters["algorithm"]
        if let algorithm, algorithm.uppercased() != "MD5" { return nil }
        let qop = parameters["qop"].map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        if let qop, !qop.contains("auth") { return nil }
        return DigestChallenge(realm: realm, nonce: nonce, opaque: parameters["opaque"], qop: qop == nil ? nil : "auth",
                               algorithm: algorithm, stale: parameters["stale"]?.lowercased() == "true")
    }

    /// `key=value` and `key="quoted, value"` pairs, keys lowercased.
    static func parameters(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var scalars = Substring(text).unicodeScalars[...]
        func skipSeparators() { while let c = scalars.first, c == " " || c == "," || c == "\t" { scalars.removeFirst() } }
        while true {
            skipSeparators()
            guard !scalars.isEmpty else { break }
            var key = ""
            while let c = scalars.first, c != "=", c != "," { key.unicodeScalars.append(c); scalars.removeFirst() }
            guard scalars.first == "=" else { continue }
            scalars.removeFirst()
            var value = ""
            if scalars.first == "\"" {
                scalars.removeFirst()
                while let c = scalars.first, c != "\"" {
                    scalars.removeFirst()
                    if c == "\\", let escaped = scalars.first { value.unicodeScalars.append(escaped); scalars.removeFirst() } else { value.unicodeScalars.append(c) }
                }
                if !scalars.isEmpty { scalars.removeFirst() }
            } else {
                while let c = scalars.first, c != "," { value.unicodeScalars.append(c); scalars.removeFirst() }
            }
            result[key.trimmingCharacters(in: .whitespaces).lowercased()] = value.trimmingCharacters(in: .whitespaces)
        }
        return result
    }

    /// The `Authorization` header for one request. `count` is the nonce count (1, 2, ...) that
    /// lets one challenge serve every batch; `uri` is the request's path and query.
    func authorization(method: String, uri: String, credentials: Credentials, count: Int, cnonce: String) -> String {
        let ha1 = MD5.hex("\(credentials.user):\(realm):\(credentials.password)")
        let ha2 = MD5.hex("\(method):\(uri)")
        let nc = String(format: "%08x", count)
        var fields = ["username=\"\(Self.quoted(credentials.user))\"", "realm=\"\(Self.quoted(realm))\"",
                      "nonce=\"\(Self.quoted(nonce))\"", "uri=\"\(Self.quoted(uri))\""]
        if qop != nil {
            fields.append("qop=auth")
            fields.append("nc=\(nc)")
            fields.append("cnonce=\"\(cnonce)\"")
            fields.append("response=\"\(MD5.hex("\(ha1):\(nonce):\(nc):\(cnonce):auth:\(ha2)"))\"")
        } else {
            fields.append("response=\"\(MD5.hex("\(ha1):\(nonce):\(ha2)"))\"")
        }
        if let opaque { fields.append("opaque=\"\(Self.quoted(opaque))\"") }
        if let algorithm { fields.append("algorithm=\(algorithm)") }
        return "Digest " + fields.joined(separator: ", ")
    }

    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}

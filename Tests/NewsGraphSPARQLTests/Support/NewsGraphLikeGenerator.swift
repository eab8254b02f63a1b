import NewsGraphRDF

/// Builds a graph in the shape `NewsGraph/GraphRDF.swift` writes (entities with labels and
/// aliases in several scripts, documents, direct relation triples plus provenance nodes), with
/// a fixed seed so every run has the same triples. `scale` 1 gives about 2,100 triples; the
/// query benchmark (Benchmarks/query, which compiles this file through a symlink) uses larger
/// scales.
struct NewsGraphLikeGenerator {
    static let kg = Vocabulary.kg
    static let base = Vocabulary.defaultBase

    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ a: [T]) -> T { a[int(a.count)] }
    }

    static func entity(_ id: String) -> Term { .iri(base + "entity/" + id) }
    static func document(_ id: String) -> Term { .iri(base + "document/" + id) }
    static func k(_ local: String) -> Term { .iri(kg + local) }

    static let surnames = [("Lee", "李"), ("Chan", "陳"), ("Wong", "黃"), ("Cheung", "張"), ("Lau", "劉"), ("Ho", "何"), ("Leung", "梁"), ("Tang", "鄧")]
    static let given = [("Ka-chiu", "家超", "家超"), ("Mo-po", "茂波", "茂波"), ("Kwok-wai", "國偉", "国伟"), ("Siu-ling", "小玲", "小玲"),
                        ("Wing-kin", "永健", "永健"), ("Hoi-yan", "凱欣", "凯欣"), ("Chi-ming", "志明", "志明"), ("Mei-ling", "美玲", "美玲")]
    static let orgWords = [("Innovation", "創新", "创新"), ("Technology", "科技", "科技"), ("Finance", "金融", "金融"), ("Housing", "房屋", "房屋"),
                           ("Trade", "貿易", "贸易"), ("Education", "教育", "教育")]
    static let orgKinds = [("Bureau", "局", "局"), ("Council", "委員會", "委员会"), ("Group", "集團", "集团"), ("Authority", "管理局", "管理局")]

    static func triples(seed: UInt64 = 7, scale: Int = 1) -> [Triple] {
        var rng = Random(state: seed)
        var out: [Triple] = []
        let type = Term.iri(Vocabulary.rdfType)
        let label = Term.iri(Vocabulary.rdfs + "label")
        let pref = Term.iri(Vocabulary.skos + "prefLabel")
        let alt = Term.iri(Vocabulary.skos + "altLabel")
        let integer = Vocabulary.xsd + "integer"
        let documents = (0..<(24 * scale)).map { "d\($0)" }
        var mentioned: [String: Set<String>] = [:]

        func addEntity(_ id: String, _ cls: String, en: String, hant: String, hans: String, aliases: [String]) {
            let s = entity(id)
            out.append(Triple(s, type, k(cls)))
            out.append(Triple(s, label, .string(en)))
            out.append(Triple(s, pref, .text(en, language: "en")))
            out.append(Triple(s, pref, .text(hant, language: "zh-Hant")))
            if hans != hant { out.append(Triple(s, pref, .text(hans, language: "zh-Hans"))) }
            for a in aliases { out.append(Triple(s, alt, .text(a, language: a.unicodeScalars.first!.isASCII ? "en" : "zh"))) }
            out.append(Triple(s, k("mentionCount"), .typed(String(1 + rng.int(40)), integer)))
            out.append(Triple(s, k("inCatalog"), .typed(rng.int(3) == 0 ? "false" : "true", Vocabulary.xsd + "boolean")))
        }

        // Places: the Greater Bay Area, its cities, districts of the cities.
        addEntity("gba", "Place", en: "Greater Bay Area", hant: "大灣區", hans: "大湾区", aliases: ["GBA", "粵港澳大灣區"])
        let cities = [("hk", "Hong Kong", "香港", "香港"), ("sz", "Shenzhen", "深圳", "深圳"), ("mo", "Macao", "澳門", "澳门"), ("gz", "Guangzhou", "廣州", "广州")]
        var places = ["gba"]
        for (id, en, hant, hans) in cities {
            addEntity(id, "Place", en: en, hant: hant, hans: hans, aliases: [])
            out.append(Triple(entity(id), k("partOf"), entity("gba")))
            places.append(id)
        }
        addEntity("tokyo", "Place", en: "Tokyo", hant: "東京", hans: "东京", aliases: [])
        places.append("tokyo")
        let districts = [("southern", "Southern District", "南區", "南区", "hk"), ("kowloon", "Kowloon City", "九龍城", "九龙城", "hk"),
                         ("nanshan", "Nanshan", "南山", "南山", "sz"), ("futian", "Futian", "福田", "福田", "sz"),
                         ("cyberport-area", "Telegraph Bay", "數碼港", "数码港", "southern"), ("shibuya", "Shibuya", "澀谷", "涩谷", "tokyo")]
        for (id, en, hant, hans, parent) in districts {
            addEntity(id, "Place", en: en, hant: hant, hans: hans, aliases: [])
            out.append(Triple(entity(id), k("partOf"), entity(parent)))
            places.append(id)
        }

        var orgs: [String] = []
        for i in 0..<(30 * scale) {
            let (w1, h1, s1) = rng.pick(orgWords), (w2, h2, s2) = rng.pick(orgKinds)
            let id = "o\(i)"
            addEntity(id, "Organization", en: "\(w1) \(w2) \(i)", hant: h1 + h2 + String(i), hans: s1 + s2 + String(i),
                      aliases: i % 4 == 0 ? ["\(w1.prefix(3).uppercased())\(i)"] : [])
            out.append(Triple(entity(id), k("locatedIn"), entity(rng.pick(places))))
            orgs.append(id)
        }
        addEntity("deepseek", "Organization", en: "DeepSeek", hant: "深度求索", hans: "深度求索", aliases: ["DeepSeek AI"])
        addEntity("cyberport", "Organization", en: "Cyberport", hant: "數碼港", hans: "数码港", aliases: ["Hong Kong Cyberport Management Company"])
        orgs += ["deepseek", "cyberport"]
        out.append(Triple(entity("cyberport"), k("locatedIn"), entity("cyberport-area")))
        out.append(Triple(entity("deepseek"), k("locatedIn"), entity("futian")))

        var persons: [String] = []
        addEntity("p0", "Person", en: "John Lee Ka-chiu", hant: "李家超", hans: "李家超", aliases: ["Li Ka-chiu", "John Lee", "李家超"])
        persons.append("p0")
        for i in 1..<(60 * scale) {
            let (sEn, sZh) = rng.pick(surnames), (gEn, gHant, gHans) = rng.pick(given)
            addEntity("p\(i)", "Person", en: "\(sEn) \(gEn)", hant: sZh + gHant, hans: sZh + gHans,
                      aliases: i % 5 == 0 ? ["\(gEn) \(sEn)"] : [])
            persons.append("p\(i)")
        }
        var policies: [String] = []
        for i in 0..<(15 * scale) {
            let (w, h, s) = rng.pick(orgWords)
            addEntity("pol\(i)", "Policy", en: "\(w) Policy \(i)", hant: h + "政策" + String(i), hans: s + "政策" + String(i), aliases: [])
            policies.append("pol\(i)")
        }

        var relation = 0
        func relate(_ s: String, _ p: String, _ o: String) {
            let doc = rng.pick(documents)
            mentioned[s, default: []].insert(doc)
            mentioned[o, default: []].insert(doc)
            let start = rng.int(2000)
            let r = Term.iri(base + "relation/r\(relation)")
            relation += 1
            out.append(Triple(entity(s), k(p), entity(o)))
            out.append(Triple(r, type, k("RelationStatement")))
            out.append(Triple(r, .iri(Vocabulary.rdf + "subject"), entity(s)))
            out.append(Triple(r, .iri(Vocabulary.rdf + "predicate"), k(p)))
            out.append(Triple(r, .iri(Vocabulary.rdf + "object"), entity(o)))
            out.append(Triple(r, .iri(Vocabulary.prov + "wasDerivedFrom"), document(doc)))
            let evidence = rng.int(2) == 0 ? "\(s) was appointed to \(o) according to officials." : "據報，\(s)出任\(o)職位。"
            out.append(Triple(r, k("evidence"), .string(evidence)))
            out.append(Triple(r, k("start"), .typed(String(start), integer)))
            out.append(Triple(r, k("end"), .typed(String(start + 5 + rng.int(40)), integer)))
            out.append(Triple(r, k("rule"), .string(p + "-pattern-\(rng.int(3))")))
            out.append(Triple(r, k("confidence"), .typed(["0.75", "0.8", "0.9", "0.95", "1.0"][rng.int(5)], Vocabulary.xsd + "decimal")))
            if p == "holdsPositionIn" { out.append(Triple(r, k("role"), .string(rng.pick(["Chief Executive", "Secretary", "Director", "Chairman"])))) }
        }
        relate("p0", "holdsPositionIn", orgs[0])
        relate("p0", "holdsPositionIn", orgs[0])
        relate("p0", "memberOf", "cyberport")
        for p in persons.dropFirst() {
            for _ in 0..<rng.int(3) { relate(p, rng.int(2) == 0 ? "holdsPositionIn" : "memberOf", rng.pick(orgs)) }
        }
        for pol in policies {
            relate(pol, "issuedBy", rng.pick(orgs))
            for _ in 0..<1 + rng.int(2) { relate(pol, "appliesTo", rng.pick(orgs + places)) }
        }
        for i in 0..<5 { relate(orgs[i], "memberOf", "cyberport") }

        for d in documents {
            out.append(Triple(document(d), type, k("Document")))
            out.append(Triple(document(d), label, .string("article-\(d).txt")))
            out.append(Triple(document(d), k("contentHash"), .string("sha256:\(d)")))
            out.append(Triple(document(d), k("byteCount"), .typed(String(1000 + rng.int(9000)), integer)))
        }
        for id in mentioned.keys.sorted() {
            for d in mentioned[id]!.sorted() { out.append(Triple(entity(id), k("mentionedIn"), document(d))) }
        }
        return out
    }
}

/// Realistic queries against the NewsGraph RDF shape, run by NewsGraph and pyoxigraph.
/// `ordered`: ORDER BY decides every position, so the sequences must be equal too.
enum DifferentialQueries {
    static let prologue = """
    PREFIX kg: <https://newsgraph.example/ontology#>
    PREFIX e: <https://newsgraph.example/id/entity/>
    PREFIX doc: <https://newsgraph.example/id/document/>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

    """

    static let all: [(name: String, ordered: Bool, text: String)] = [
        ("alias-any-language", false, """
            SELECT DISTINCT ?e WHERE { ?e rdfs:label|skos:prefLabel|skos:altLabel ?l . FILTER(str(?l) = "李家超") }
            """),
        ("alias-regex-case-insensitive", false, """
            SELECT ?e ?l WHERE { ?e skos:altLabel ?l . FILTER(regex(str(?l), "^(john|li) ", "i")) }
            """),
        ("positions-with-evidence", true, """
            SELECT ?org ?role ?evidence ?doc WHERE {
              e:p0 kg:holdsPositionIn ?org .
              ?r rdf:subject e:p0 ; rdf:predicate kg:holdsPositionIn ; rdf:object ?org ;
                 kg:evidence ?evidence ; prov:wasDerivedFrom ?doc .
              OPTIONAL { ?r kg:role ?role }
            } ORDER BY ?org ?doc ?evidence ?role
            """),
        ("orgs-in-greater-bay-area", true, """
            SELECT ?org ?name WHERE {
              ?org a kg:Organization ; kg:locatedIn/kg:partOf* e:gba ; rdfs:label ?name .
            } ORDER BY ?org
            """),
        ("counts-per-type", true, """
            SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e a ?type } GROUP BY ?type ORDER BY DESC(?n) ?type
            """),
        ("persons-optional-traditional-name", false, """
            SELECT ?p ?en ?zh WHERE {
              ?p a kg:Person ; rdfs:label ?en .
              OPTIONAL { ?p skos:prefLabel ?zh FILTER(langMatches(lang(?zh), "zh-Hant")) }
            }
            """),
        ("connected-either-direction", false, """
            SELECT ?x ?p WHERE {
              { e:cyberport ?p ?x } UNION { ?x ?p e:cyberport }
              FILTER(STRSTARTS(STR(?p), "https://newsgraph.example/ontology#"))
            }
            """),
        ("values-labels", false, """
            SELECT ?e ?l WHERE { VALUES ?e { e:p0 e:cyberport e:gba e:nowhere } ?e skos:prefLabel ?l }
            """),
        ("chinese-labels-langmatches", false, """
            SELECT ?e ?l WHERE { ?e skos:prefLabel ?l . FILTER(langMatches(lang(?l), "zh")) }
            """),
        ("top-mentioned", true, """
            SELECT ?e ?c WHERE { ?e kg:mentionCount ?c } ORDER BY DESC(?c) ?e LIMIT 10
            """),
        ("relations-per-document-having", true, """
            SELECT ?doc (COUNT(?r) AS ?n) WHERE { ?r a kg:RelationStatement ; prov:wasDerivedFrom ?doc }
            GROUP BY ?doc HAVING (COUNT(?r) > 3) ORDER BY DESC(?n) ?doc
            """),
        ("policies-issued-in-hong-kong", false, """
            SELECT ?policy ?org ?place WHERE {
              ?policy a kg:Policy ; kg:issuedBy ?org . ?org kg:locatedIn ?place . ?place kg:partOf* e:hk .
            }
            """),
        ("distinct-people-per-org", true, """
            SELECT ?org (COUNT(DISTINCT ?p) AS ?people) WHERE { ?p kg:holdsPositionIn|kg:memberOf ?org . ?p a kg:Person }
            GROUP BY ?org ORDER BY DESC(?people) ?org
            """),
        ("confidence-range-per-predicate", true, """
            SELECT ?pred (MIN(?c) AS ?low) (MAX(?c) AS ?high) (COUNT(*) AS ?n) WHERE {
              ?r rdf:predicate ?pred ; kg:confidence ?c } GROUP BY ?pred ORDER BY ?pred
            """),
        ("sample-single-label", true, """
            SELECT ?org (SAMPLE(?name) AS ?label) WHERE { ?org a kg:Organization ; rdfs:label ?name } GROUP BY ?org ORDER BY ?org
            """),
        ("ask-person-in-cyberport", false, """
            ASK { ?p a kg:Person ; kg:memberOf e:cyberport }
            """),
        ("persons-without-position", false, """
            SELECT ?p WHERE { ?p a kg:Person MINUS { ?p kg:holdsPositionIn ?o } }
            """),
        ("evidence-contains", false, """
            SELECT ?r ?ev WHERE { ?r kg:evidence ?ev FILTER(CONTAINS(?ev, "出任") && STRENDS(?ev, "職位。")) }
            """),
        ("sub-places-inverse-path", false, """
            SELECT ?place WHERE { e:gba ^kg:partOf+ ?place }
            """),
        ("ancestors-one-or-more", false, """
            SELECT ?ancestor WHERE { e:cyberport-area kg:partOf+ ?ancestor }
            """),
        ("long-evidence-spans", false, """
            SELECT ?r ?len WHERE { ?r kg:start ?s ; kg:end ?end . BIND(?end - ?s AS ?len) FILTER(?len > 30) }
            """),
        ("documents-by-mentions", true, """
            SELECT ?d (COUNT(?e) AS ?entities) WHERE { ?e kg:mentionedIn ?d } GROUP BY ?d ORDER BY DESC(?entities) ?d LIMIT 5
            """),
        ("distinct-predicates", false, """
            SELECT DISTINCT ?p WHERE { ?r rdf:predicate ?p }
            """),
        ("paging-offset", true, """
            SELECT ?e ?name WHERE { ?e a kg:Person ; rdfs:label ?name } ORDER BY ?name ?e LIMIT 5 OFFSET 10
            """),
        // DISTINCT: for a pair linked by both predicates, SPARQL 1.1 (18.5, alternative paths
        // are unions) gives two rows; Oxigraph 0.5 gives one.
        ("members-or-positions-with-place", false, """
            SELECT DISTINCT ?p ?org ?city WHERE {
              ?p (kg:memberOf|kg:holdsPositionIn) ?org .
              OPTIONAL { ?org kg:locatedIn/kg:partOf? ?city . ?city kg:partOf e:gba }
            }
            """),
        ("in-list-and-not-bound", false, """
            SELECT ?e ?alias WHERE {
              ?e a ?t . FILTER(?t IN (kg:Person, kg:Policy))
              OPTIONAL { ?e skos:altLabel ?alias } FILTER(!BOUND(?alias) || STRLEN(?alias) > 8)
            }
            """),
        ("uncatalogued-mentioned", false, """
            SELECT ?e WHERE { ?e kg:inCatalog false ; kg:mentionCount ?c FILTER(?c >= 20) }
            """),
    ]
}

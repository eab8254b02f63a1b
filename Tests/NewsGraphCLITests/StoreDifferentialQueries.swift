/// Questions an analyst asks of a NewsGraph store, written in SPARQL, for the differential test
/// against pyoxigraph. Every feature of the issue's subset appears at least once; results are
/// compared as multisets, so any LIMIT follows an ORDER BY that is a total order.
enum StoreDifferentialQueries {
    static let all: [(name: String, text: String)] = [
        ("positions of 李家超 with evidence", """
            SELECT ?org ?evidence ?doc ?start ?end WHERE {
              ?r rdf:subject ?who ; rdf:predicate kg:holdsPositionIn ; rdf:object ?org ;
                 kg:evidence ?evidence ; prov:wasDerivedFrom ?doc ; kg:start ?start ; kg:end ?end .
              ?who skos:prefLabel "李家超"@zh-Hant .
            }
            """),
        ("organisations in the Greater Bay Area", """
            SELECT DISTINCT ?org ?name WHERE {
              ?org kg:locatedIn/kg:partOf* ent:greater-bay-area ; a/rdfs:subClassOf* kg:Organization ; rdfs:label ?name .
            }
            """),
        ("everything in the Greater Bay Area, with duplicates", "SELECT ?x WHERE { ?x kg:locatedIn/kg:partOf* ent:greater-bay-area }"),
        ("entities per class", "SELECT ?class (COUNT(?e) AS ?n) WHERE { ?e a ?class ; kg:mentionCount ?m } GROUP BY ?class"),
        ("ten most mentioned", "SELECT ?e ?m WHERE { ?e kg:mentionCount ?m } ORDER BY DESC(?m) ?e LIMIT 10"),
        ("entities per document", "SELECT ?doc (COUNT(?e) AS ?n) WHERE { ?e kg:mentionedIn ?doc } GROUP BY ?doc"),
        ("statements per predicate", "SELECT ?p (COUNT(*) AS ?n) WHERE { ?r a kg:RelationStatement ; rdf:predicate ?p } GROUP BY ?p"),
        ("labels starting with Hong Kong", #"SELECT ?e ?l WHERE { ?e rdfs:label ?l FILTER regex(?l, "^Hong Kong") }"#),
        ("Traditional Chinese labels", #"SELECT ?e ?l WHERE { ?e skos:prefLabel ?l FILTER langMatches(lang(?l), "zh-Hant") }"#),
        ("people and their positions, if any", "SELECT ?p ?org WHERE { ?p a kg:Person OPTIONAL { ?p kg:holdsPositionIn ?org } }"),
        ("companies or universities", "SELECT ?x WHERE { { ?x a kg:Company } UNION { ?x a kg:University } }"),
        ("labels of three places", "SELECT ?e ?l WHERE { VALUES ?e { ent:hong-kong ent:macao ent:cyberport ent:nowhere } ?e rdfs:label ?l }"),
        ("evidence mentioning the Bay Area", #"SELECT ?r ?ev WHERE { ?r kg:evidence ?ev FILTER (CONTAINS(?ev, "大灣區") || CONTAINS(?ev, "大湾区") || CONTAINS(?ev, "Greater Bay Area")) }"#),
        ("recognised names no relation starts from", "SELECT ?e WHERE { ?e kg:inCatalog false OPTIONAL { ?r rdf:subject ?e } FILTER (!BOUND(?r)) }"),
        ("is Cyberport in the Bay Area", "ASK { ent:cyberport kg:locatedIn/kg:partOf* ent:greater-bay-area }"),
        ("is Beijing in the Bay Area", "ASK { ent:beijing kg:locatedIn/kg:partOf* ent:greater-bay-area }"),
        ("what is located in Hong Kong", "SELECT ?x WHERE { ent:hong-kong ^kg:locatedIn ?x }"),
        ("located in or part of", "SELECT ?x ?y WHERE { ?x kg:locatedIn|kg:partOf ?y }"),
        ("part of, transitively", "SELECT ?x ?y WHERE { ?x kg:partOf+ ?y }"),
        ("districts and what they are part of", "SELECT ?x ?y WHERE { ?x a kg:District . ?x kg:partOf? ?y }"),
        ("evidence span per document", "SELECT ?doc (MIN(?s) AS ?first) (MAX(?e) AS ?last) (COUNT(?r) AS ?n) WHERE { ?r prov:wasDerivedFrom ?doc ; kg:start ?s ; kg:end ?e } GROUP BY ?doc"),
        ("one label per entity", "SELECT ?e (SAMPLE(?l) AS ?label) WHERE { ?e rdfs:label ?l ; kg:mentionCount ?m } GROUP BY ?e"),
        ("confident statements", "SELECT ?r ?c WHERE { ?r kg:confidence ?c FILTER (?c >= 0.8) }"),
        ("often mentioned together", "SELECT ?a ?b (COUNT(?d) AS ?n) WHERE { ?a kg:mentionedIn ?d . ?b kg:mentionedIn ?d FILTER (STR(?a) < STR(?b)) } GROUP BY ?a ?b HAVING (COUNT(?d) >= 3)"),
        ("office holders of bureaus of the government", "SELECT ?p ?bureau WHERE { ?p kg:holdsPositionIn ?bureau . ?bureau kg:partOf ent:hksar-government }"),
        ("documents, third to seventh", "SELECT DISTINCT ?doc WHERE { ?r prov:wasDerivedFrom ?doc } ORDER BY ?doc OFFSET 2 LIMIT 5"),
        ("Chinese aliases", #"SELECT ?e ?a WHERE { ?e skos:altLabel ?a FILTER langMatches(lang(?a), "zh") }"#),
        ("ids about Hong Kong", #"SELECT ?e WHERE { ?e kg:mentionCount ?m FILTER regex(str(?e), "HONG-KONG", "i") }"#),
        ("bylines", "SELECT ?person ?doc WHERE { ?person kg:authorOf ?doc }"),
        ("documents per predicate", "SELECT ?p (COUNT(DISTINCT ?doc) AS ?docs) WHERE { ?r rdf:predicate ?p ; prov:wasDerivedFrom ?doc } GROUP BY ?p"),
        ("subclasses of Organization in the ontology", "SELECT ?c WHERE { ?c rdfs:subClassOf+ kg:Organization }"),
        ("statements with a role, by rule", #"SELECT ?rule ?role WHERE { ?r kg:rule ?rule ; kg:role ?role FILTER (STRSTARTS(?rule, "title") || ?rule = "catalog-fact") }"#),
    ]
}

extension QueryResult {
    /// SPARQL Query Results XML Format: written with NewsGraphXML's writer once it is on main.
    public func xml() throws -> String {
        throw SPARQLError.evaluation("SPARQL XML results are not available yet: use --format json, csv or tsv.")
    }
}

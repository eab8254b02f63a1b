import Foundation
import NewsGraph
import NewsGraphExport

// usage: export-bench --nodes N --edges E --documents D --format graphml|rdfxml|ntriples --out FILE [--seed S]
//        [--shape news|peer] [--repeat N]
// --shape peer: the peers' graph shape (PeerShapedGraph: N nodes, 3N edges, N/10 documents;
// --edges and --documents are ignored).
// Builds the generated graph, exports it once, and prints one line of key=value figures.
// Memory: rss_before_kb (process start), rss_graph_kb (graph built), export_peak_kb (VmHWM
// during the export: reset after the build); run.sh also reads the whole run's peak from
// /usr/bin/time -v.

func option(_ name: String, _ fallback: String? = nil) -> String {
    let args = CommandLine.arguments
    if let i = args.firstIndex(of: "--" + name), i + 1 < args.count { return args[i + 1] }
    if let fallback { return fallback }
    FileHandle.standardError.write(Data("export-bench: missing --\(name)\n".utf8))
    exit(2)
}

/// A line of /proc/self/status in kB (VmRSS, VmHWM).
func status(_ field: String) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0") ?? 0
    }
    return 0
}

let generator = GraphGenerator(nodes: Int(option("nodes"))!, edges: Int(option("edges"))!, documents: Int(option("documents"))!, seed: UInt64(option("seed", "1"))!)
let format = option("format")
let out = option("out")
let rssBefore = status("VmRSS")
let buildStart = Date()
let graph = option("shape", "news") == "peer" ? PeerShapedGraph(nodes: generator.nodes, seed: generator.seed).make() : generator.make()
let buildSeconds = Date().timeIntervalSince(buildStart)
let rssGraph = status("VmRSS")
// Reset the peak to the current size, so VmHWM at the end is the peak during the export alone
// (building the graph sorts copies of its arrays and peaks higher than the graph itself).
let reset = (try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)) != nil

/// User + system CPU seconds of the whole process (every thread).
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

// --repeat N exports N times (for profiling the export rather than the graph generator);
// the figures are those of the last run.
for _ in 1..<max(1, Int(option("repeat", "1"))!) {
    switch format {
    case "graphml": try GraphMLExporter().export(graph, to: out)
    case "rdfxml": try RDFXMLExporter().export(graph, to: out)
    case "ntriples": try NTriplesExporter().export(graph, to: out)
    default: break
    }
}
let cpuStart = cpuSeconds()
let start = Date()
var triples = 0
switch format {
case "graphml": try GraphMLExporter().export(graph, to: out)
case "rdfxml": triples = try RDFXMLExporter().export(graph, to: out)
case "ntriples": triples = try NTriplesExporter().export(graph, to: out)
case "stream": triples = SortedTriples(graph: graph, rdf: GraphRDF()).forEach { _ in }
case "mapping": GraphRDF().forEachTriple(in: graph) { _ in triples += 1 }
default: FileHandle.standardError.write(Data("export-bench: unknown format \(format)\n".utf8)); exit(2)
}
let seconds = Date().timeIntervalSince(start)
let cpu = cpuSeconds() - cpuStart
let bytes = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
print("format=\(format) shape=\(option("shape", "news")) nodes=\(graph.nodes.count) edges=\(graph.edges.count) documents=\(graph.documents.count) triples=\(triples) bytes=\(bytes) seconds=\(String(format: "%.3f", seconds)) cpu_seconds=\(String(format: "%.3f", cpu)) build_seconds=\(String(format: "%.2f", buildSeconds)) rss_before_kb=\(rssBefore) rss_graph_kb=\(rssGraph) export_peak_kb=\(reset ? status("VmHWM") : -1)")

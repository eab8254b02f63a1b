import Foundation
#if canImport(Glibc)
import Glibc
#endif
import NewsGraphRDF
import NewsGraphSPARQL

// usage: QueryBench FILE.nt QUERY.rq... --out DIR [--repeat N]
//        QueryBench --write-shape SCALE DIR
// Prints one JSON object: load time, heap bytes per triple, per query cold/median warm
// latency and row count; writes each query's rows (tab-joined plain values) to DIR/NAME.rows.
// --write-shape writes DIR/graph.nt, a NewsGraph-shaped graph (the differential test's
// generator at SCALE), and DIR/queries/NN-name.rq, the differential test's queries, then exits.

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

@_silgen_name("malloc_trim") func mallocTrim(_ pad: Int) -> Int32

/// Resident memory in bytes (after returning freed heap pages to the system).
func residentBytes() -> Int {
    _ = mallocTrim(0)
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = statm.split(separator: " ")
    return (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE)))
}

var args = Array(CommandLine.arguments.dropFirst())
if args.first == "--write-shape", args.count == 3, let scale = Int(args[1]) {
    let dir = args[2]
    try FileManager.default.createDirectory(atPath: dir + "/queries", withIntermediateDirectories: true)
    let nt = NewsGraphLikeGenerator.triples(scale: scale).map { NTriples.format($0) }.joined(separator: "\n") + "\n"
    try nt.write(toFile: dir + "/graph.nt", atomically: true, encoding: .utf8)
    for (i, q) in DifferentialQueries.all.enumerated() {
        let name = String(format: "%02d-%@.rq", i + 1, q.name)
        try (DifferentialQueries.prologue + q.text + "\n").write(toFile: dir + "/queries/" + name, atomically: true, encoding: .utf8)
    }
    exit(0)
}
var repeatCount = 5
var outDir = "/tmp/newsgraph-bench/newsgraph-rows"
if let i = args.firstIndex(of: "--repeat") { repeatCount = Int(args[i + 1])!; args.removeSubrange(i...i + 1) }
if let i = args.firstIndex(of: "--out") { outDir = args[i + 1]; args.removeSubrange(i...i + 1) }
guard args.count >= 2 else {
    FileHandle.standardError.write("usage: QueryBench FILE.nt QUERY.rq... [--out DIR] [--repeat N]\n".data(using: .utf8)!)
    exit(2)
}
let ntPath = args[0]
let queryPaths = Array(args.dropFirst())
try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)

let heapBefore = residentBytes()
let t0 = now()
var t1 = 0.0
let index: TripleIndex = try {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: ntPath)))
    var builder = TripleIndex.Builder(expectedTriples: bytes.count / 100)
    try TurtleParser.parse(bytes: bytes, baseIRI: "", path: ntPath) { builder.add($0) }
    t1 = now()
    return builder.build()
}()
let t2 = now()
let tripleCount = index.count
let heapAfter = residentBytes()

func plain(_ t: Term?) -> String {
    switch t {
    case nil: return ""
    case .iri(let i)?: return i
    case .blank(let b)?: return b
    case .literal(let l)?:
        // Oxigraph writes decimals canonically ("1.0" -> "1"); digest them the same way.
        if l.datatype == Vocabulary.xsd + "decimal", l.lexical.contains(".") {
            var text = l.lexical
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text
        }
        return l.lexical
    }
}

var entries: [String] = []
for path in queryPaths {
    let name = URL(fileURLWithPath: path).lastPathComponent
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var start = now()
    var result = try index.evaluate(SPARQLQuery.parse(text))
    let cold = now() - start
    var warm: [Double] = []
    for _ in 0..<repeatCount {
        start = now()
        result = try index.evaluate(SPARQLQuery.parse(text))
        warm.append(now() - start)
    }
    warm.sort()
    let median = warm.isEmpty ? cold : warm[warm.count / 2]
    // ASK answers are digested as Python prints booleans, like the peers' scripts do.
    let lines = result.boolean.map { [$0 ? "True" : "False"] } ?? result.rows.map { $0.map(plain).joined(separator: "\t") }
    try (lines.joined(separator: "\n")).write(toFile: outDir + "/" + name + ".rows", atomically: true, encoding: .utf8)
    entries.append("\"\(name)\": {\"cold\": \(cold), \"warm\": \(median), \"rows\": \(lines.count)}")
}
print("{\"triples\": \(tripleCount), \"terms\": \(index.dictionary.count), \"parse\": \(t1 - t0), \"index\": \(t2 - t1), \"load\": \(t2 - t0), "
    + "\"heap_bytes\": \(heapAfter - heapBefore), \"bytes_per_triple\": \(Double(heapAfter - heapBefore) / Double(max(1, tripleCount))), "
    + "\"queries\": {" + entries.joined(separator: ", ") + "}}")

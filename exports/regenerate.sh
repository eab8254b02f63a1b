#!/usr/bin/env bash
# Regenerates exports/ from the example corpus (Tests/Fixtures/corpus) with the ontology in
# ontology/: graph.graphml, graph.rdf, graph.nt and ontology.rdf. Run it from anywhere:
#   bash exports/regenerate.sh
# The test ExportsAreCurrentTests fails when these files differ from a fresh export; run this
# (and commit the result) after changing the extractor, the catalog, the ontology or an exporter.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product newsgraph >&2
# Document names in the graph are the paths as given here, relative to the repository root.
"$(swift build --show-bin-path)/newsgraph" export Tests/Fixtures/corpus --format all --out exports --ontology ontology
echo "exports/ regenerated: $(cd exports && ls graph.* ontology.rdf | tr '\n' ' ')" >&2

import ArgumentParser

/// The `newsgraph` root command. Subcommands live one per file.
public struct NewsGraphCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Build a knowledge graph of Hong Kong and Greater Bay Area news.",
        subcommands: [ExtractCommand.self, RepairCommand.self, BuildCommand.self, RemoveCommand.self, MergeCommand.self, ImportCommand.self, QueryCommand.self, EntityCommand.self, RelationsCommand.self, PathCommand.self, NeighboursCommand.self, ExportCommand.self, PushCommand.self, AuditCommand.self, CatalogCommand.self]
    )
    public init() {}
}

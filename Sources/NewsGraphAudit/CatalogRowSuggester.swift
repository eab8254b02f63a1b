import Foundation
import NewsGraphOntology
import NewsGraphText

/// Turns unknown names into catalog rows the loader accepts as they are.
///
/// The loader refuses a catalog where two entities share a name after case and script folding,
/// a one-character Han name, or a malformed id (`ontology/README.md`). So, walking the unknown
/// names from the highest-ranked down, each suggestion drops every name the catalog or an
/// earlier suggestion already holds; a name left with nothing gets no row.
struct CatalogRowSuggester {
    /// What a recogniser saw of one unknown name across the corpus.
    struct Input {
        var entityID: String
        var type: EntityType
        /// Label texts by language tag, most frequent first.
        var labels: [String: [String]]
        /// Surface forms, most frequent first.
        var forms: [String]
    }

    private var taken: Set<String>
    private var usedIDs: Set<String>

    init(catalog: Catalog) {
        var taken = Set<String>()
        for entry in catalog.entries {
            for name in entry.allNames { taken.insert(ScriptFolding.folded(name)) }
        }
        self.taken = taken
        self.usedIDs = Set(catalog.entries.map(\.id))
    }

    /// The row for the next name in rank order, or nil when all its names are taken.
    mutating func suggest(_ input: Input) -> CatalogRow? {
        var claimed = Set<String>()
        func pick(_ candidates: [String]?) -> String {
            for text in candidates ?? [] {
                let name = text.trimmingCharacters(in: .whitespaces)
                let key = ScriptFolding.folded(name)
                guard Self.isUsable(name), !taken.contains(key) else { continue }
                claimed.insert(key)
                return name
            }
            return ""
        }
        let hant = pick(input.labels["zh-Hant"])
        let hans = pick(input.labels["zh-Hans"])
        let en = pick(input.labels["en"])
        if hant.isEmpty && hans.isEmpty && en.isEmpty { return nil }
        var aliases: [String] = []
        for text in input.forms {
            let name = text.trimmingCharacters(in: .whitespaces)
            let key = ScriptFolding.folded(name)
            guard Self.isUsable(name), !taken.contains(key), !claimed.contains(key) else { continue }
            claimed.insert(key)
            aliases.append(name)
        }
        let id = makeID(input, english: en)
        usedIDs.insert(id)
        taken.formUnion(claimed)
        return CatalogRow(id: id, type: input.type.description, zhHant: hant, zhHans: hans, en: en, aliases: aliases)
    }

    /// A name the catalog format can hold and the loader accepts.
    static func isUsable(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("#") else { return false }
        if name.unicodeScalars.contains(where: { $0 == "\t" || $0 == "|" || $0 == "\n" || $0 == "\r" || $0.value < 0x20 }) { return false }
        let folded = ScriptFolding.fold(name)
        if folded.count == 1 && CharacterClass.isHan(folded[0]) { return false }
        return true
    }

    /// A slug of the English label when the text gave one, else `x-<type>-<hash8>` from the
    /// unknown entity's id (itself a hash of the normalised name), which needs no romanisation.
    private func makeID(_ input: Input, english: String) -> String {
        let hash = Self.hash8(input.entityID)
        let fallback = "x-" + input.type.core.rawValue.lowercased() + "-" + hash
        var id = Self.slug(english)
        if id.isEmpty { id = fallback }
        if usedIDs.contains(id) { id += "-" + hash }
        if usedIDs.contains(id) || !CatalogLoader.isValidID(id) { id = fallback }
        return id
    }

    static func hash8(_ entityID: String) -> String {
        // `ent:x-<type>-<16 hex digits>`: reuse the digits, so the row's id echoes the graph's.
        if let last = entityID.split(separator: "-").last, last.count == 16, last.allSatisfy(\.isHexDigit) {
            return String(last.prefix(8)).lowercased()
        }
        return String(StableHash.hex(entityID).prefix(8))
    }

    /// Lower-case ASCII letters and digits joined by single hyphens, at most 60 characters.
    static func slug(_ text: String) -> String {
        let plain = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var words: [String] = []
        var word = ""
        for scalar in plain.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if ("A"..."Z").contains(scalar) {
                word += String(scalar).lowercased()
            } else if scalar == "'" || scalar == "’" {
                continue  // Hong Kong's -> hong-kongs, as catalog ids write it
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        var slug = ""
        for word in words {
            let next = slug.isEmpty ? word : slug + "-" + word
            if next.count > 60 { break }
            slug = next
        }
        return slug
    }
}

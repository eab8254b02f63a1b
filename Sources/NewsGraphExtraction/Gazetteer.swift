import NewsGraphText

/// Finds every known name in folded text in one pass: a trie over folded scalars whose edges
/// live in one open-addressing hash table, walked from each position (leftmost-longest).
///
/// Matching is apart from applying: `candidates(in:)` returns spans and payloads; the caller
/// resolves overlaps by one documented rule.
public struct Gazetteer<Payload: Sendable>: Sendable {
    public struct Match: Sendable {
        public var start: Int
        public var end: Int
        public var payload: Payload
    }

    private var keys: [UInt64] = []      // (node << 32 | scalar) + 1; 0 marks an empty slot
    private var children: [Int32] = []
    private var mask: Int = 0
    private var outputs: [Int32] = [-1]  // per node: index into payloads, or -1
    private var payloads: [Payload] = []
    private var edgeCount = 0

    public init() {
        allocate(capacity: 1 << 10)
    }

    public var patternCount: Int { payloads.count }

    private mutating func allocate(capacity: Int) {
        keys = Array(repeating: 0, count: capacity)
        children = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        var h = key &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        return Int(truncatingIfNeeded: h) & mask
    }

    @inline(__always)
    private func child(_ node: Int32, _ scalar: UInt32) -> Int32 {
        let key = (UInt64(UInt32(bitPattern: node)) << 32 | UInt64(scalar)) &+ 1
        var i = Self.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return children[i] }
            if k == 0 { return -1 }
            i = (i + 1) & mask
        }
    }

    private mutating func setChild(_ node: Int32, _ scalar: UInt32, _ value: Int32) {
        if (edgeCount + 1) * 2 > keys.count { grow() }
        let key = (UInt64(UInt32(bitPattern: node)) << 32 | UInt64(scalar)) &+ 1
        var i = Self.slot(key, mask)
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == 0 { edgeCount += 1 }
        keys[i] = key
        children[i] = value
    }

    private mutating func grow() {
        let oldKeys = keys, oldChildren = children
        allocate(capacity: keys.count * 2)
        for (i, key) in oldKeys.enumerated() where key != 0 {
            var j = Self.slot(key, mask)
            while keys[j] != 0 { j = (j + 1) & mask }
            keys[j] = key
            children[j] = oldChildren[i]
        }
    }

    /// Adds a folded pattern. A pattern added twice keeps its first payload (callers add in a
    /// deterministic order and resolve shared names before adding).
    public mutating func add(_ folded: [UInt32], _ payload: Payload) {
        guard !folded.isEmpty else { return }
        var node: Int32 = 0
        for scalar in folded {
            var next = child(node, scalar)
            if next < 0 {
                next = Int32(outputs.count)
                outputs.append(-1)
                setChild(node, scalar, next)
            }
            node = next
        }
        if outputs[Int(node)] < 0 {
            outputs[Int(node)] = Int32(payloads.count)
            payloads.append(payload)
        }
    }

    /// The longest pattern starting at `start`, if any, honouring Latin word boundaries.
    @inline(__always)
    public func longestMatch(in text: [UInt32], at start: Int) -> Match? {
        let count = text.count
        if CharacterClass.isLatinWordCharacter(text[start]), start > 0, CharacterClass.isLatinWordCharacter(text[start - 1]) {
            return nil
        }
        var node: Int32 = 0
        var best: (end: Int, output: Int32)? = nil
        var i = start
        while i < count {
            node = child(node, text[i])
            if node < 0 { break }
            i += 1
            let output = outputs[Int(node)]
            if output >= 0 {
                let last = text[i - 1]
                if !(CharacterClass.isLatinWordCharacter(last) && i < count && CharacterClass.isLatinWordCharacter(text[i])) {
                    best = (i, output)
                }
            }
        }
        guard let best else { return nil }
        return Match(start: start, end: best.end, payload: payloads[Int(best.output)])
    }

    /// Leftmost-longest, non-overlapping matches over the whole text.
    public func matches(in text: [UInt32]) -> [Match] {
        var result: [Match] = []
        var i = 0
        while i < text.count {
            if let match = longestMatch(in: text, at: i) {
                result.append(match)
                i = match.end
            } else {
                i += 1
            }
        }
        return result
    }
}

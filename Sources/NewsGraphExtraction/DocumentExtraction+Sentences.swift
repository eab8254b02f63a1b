extension DocumentExtraction {
    /// The sentence spans of `text` (scalar offsets, in order), split exactly as the relation
    /// rules split them, so a relation's evidence span is one of these. For audits that ask
    /// which sentences name things but state no relation.
    public var sentences: [Range<Int>] {
        SentenceSplitter.split(text.unicodeScalars.map(\.value))
    }
}

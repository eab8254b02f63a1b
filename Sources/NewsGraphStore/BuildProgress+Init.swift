extension BuildProgress {
    /// For commands that walk documents themselves (`newsgraph audit`) and draw the same
    /// progress bar. (Labels differ from the memberwise initializer, which stays internal.)
    public init(documents done: Int, of total: Int, bytes: Int, of bytesTotal: Int, elapsed: Double) {
        self.init(documentsDone: done, documentsTotal: total, bytesDone: bytes, bytesTotal: bytesTotal, elapsed: elapsed)
    }
}

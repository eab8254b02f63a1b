import Foundation
import NewsGraphStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress bar on stderr: documents done/total, MB/s, time left. Only made when
/// stderr is a terminal, so logs and pipes never see carriage returns.
final class ProgressBar {
    private var lastDraw = 0.0
    private var drawn = false

    static func forStandardError() -> ProgressBar? {
        isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil
    }

    func update(_ progress: BuildProgress) {
        // Redraw at most ten times a second, and always for the last document.
        guard progress.elapsed - lastDraw >= 0.1 || progress.documentsDone == progress.documentsTotal else { return }
        lastDraw = progress.elapsed
        drawn = true
        FileHandle.standardError.write(Data(("\r" + Self.line(progress) + "\u{1B}[K").utf8))
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    static func line(_ progress: BuildProgress, width: Int = 24) -> String {
        let fraction = progress.bytesTotal > 0
            ? Double(progress.bytesDone) / Double(progress.bytesTotal)
            : Double(progress.documentsDone) / Double(max(progress.documentsTotal, 1))
        let filled = min(width, Int(fraction * Double(width)))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let rate = progress.elapsed > 0 ? Double(progress.bytesDone) / 1_000_000 / progress.elapsed : 0
        var left = "--:--"
        if fraction > 0 && progress.elapsed > 0.5 {
            let seconds = Int((progress.elapsed / fraction - progress.elapsed).rounded())
            left = String(format: "%d:%02d", seconds / 60, seconds % 60)
        }
        return "[\(bar)] \(progress.documentsDone)/\(progress.documentsTotal) docs  "
            + String(format: rate < 10 ? "%.2f MB/s" : "%.1f MB/s", rate) + "  \(left) left"
    }
}

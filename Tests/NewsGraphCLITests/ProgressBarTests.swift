import Foundation
import Testing

/// The progress bar shows on a terminal only. `script` gives the build a pseudo-terminal.
@Suite struct ProgressBarTests {
    let workspace = Workspace()

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) from util-linux for a pseudo-terminal"))
    func barOnTerminalOnly() throws {
        workspace.makeCorpus(4)
        let command = "'\(CommandRunner.executable.path)' build corpus --db tty.sqlite"
        let onTerminal = try CommandRunner.runProgram("/usr/bin/script", ["-qec", command, "/dev/null"], in: workspace.url)
        #expect(onTerminal.status == 0)
        #expect(onTerminal.stdout.contains("\r[########################] 4/4 docs  "))
        #expect(onTerminal.stdout.contains(" left\u{1B}[K"))
        let piped = try workspace.run("build", "corpus", "--db", "pipe.sqlite")
        #expect(piped.stderr == "")
        #expect(!piped.stdout.contains("docs "))
    }
}

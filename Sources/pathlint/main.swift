import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

// Parse and run by hand so that every usage error exits with 2 (argument-parser's
// default is 64), while `--help` and `--version` exit 0.
// A reader that goes away (`pathlint lint … | head`) ends the output, not the process
// by a signal: writes then fail with EPIPE and are dropped.
signal(SIGPIPE, SIG_IGN)

// --version names the reference data's dates, which argument-parser's static string cannot.
if CommandLine.arguments.dropFirst() == ["--version"] {
    print(Pathlint.versionText())
    Glibc.exit(0)
}

do {
    var command = try Pathlint.parseAsRoot()
    try command.run()
} catch let exit as ExitCode {
    Glibc.exit(exit.rawValue)
} catch {
    let message = Pathlint.fullMessage(for: error)
    if Pathlint.exitCode(for: error) == .success {
        print(message)
        Glibc.exit(0)
    }
    StandardError.write("pathlint: " + message + "\n")
    Glibc.exit(2)
}

//! The `portico` binary: parse the command line and hand over to [`portico::cli`].

fn main() -> std::process::ExitCode {
    portico::cli::main()
}

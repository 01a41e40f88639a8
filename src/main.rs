//! The `kern` binary: everything happens in [`kern::cli`].

fn main() -> std::process::ExitCode {
    kern::cli::main()
}

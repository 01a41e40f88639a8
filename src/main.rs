//! The `kern` binary: everything happens in [`kern::cli`].

fn main() -> std::process::ExitCode {
    restore_default_sigpipe();
    kern::cli::main()
}

/// Rust ignores SIGPIPE, so `kern journal | head` would panic on the closed pipe. Like other Unix
/// tools, kern simply stops when the reader goes away.
fn restore_default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called once at start-up before any thread exists; SIG_DFL is a valid disposition.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

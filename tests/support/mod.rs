//! Helpers the command-line tests share: a sandbox with its own config and data folders, and
//! `kern` commands pointed at them (English, no colour, no language from the environment), with
//! their output read as text.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::cargo::cargo_bin_cmd;

/// A config folder and a data folder of their own, removed afterwards.
pub struct Sandbox {
    root: tempfile::TempDir,
}

impl Default for Sandbox {
    fn default() -> Self {
        Self::new()
    }
}

impl Sandbox {
    /// Empty config and data folders.
    pub fn new() -> Sandbox {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(root.path().join("config")).unwrap();
        std::fs::create_dir_all(root.path().join("data")).unwrap();
        Sandbox { root }
    }

    /// The folder holding both (and free for a test's own files).
    pub fn root(&self) -> &Path {
        self.root.path()
    }

    /// The config folder (`KERN_CONFIG_DIR`).
    pub fn config(&self) -> PathBuf {
        self.root.path().join("config")
    }

    /// The data folder (`KERN_DATA_DIR`).
    pub fn data(&self) -> PathBuf {
        self.root.path().join("data")
    }

    /// `kern --lang en ARGS` on these folders (see [`kern`]).
    pub fn kern(&self, args: &[&str]) -> assert_cmd::Command {
        kern_in(&self.config(), &self.data(), "en", args)
    }

    /// `kern --lang LANG ARGS` on these folders.
    pub fn kern_lang(&self, lang: &str, args: &[&str]) -> assert_cmd::Command {
        kern_in(&self.config(), &self.data(), lang, args)
    }

    /// Runs `kern --lang en ARGS` to the end.
    pub fn run(&self, args: &[&str]) -> Output {
        self.kern(args).output().unwrap()
    }

    /// Runs `kern ARGS` with `stdin`, in English unless ARGS start with `--lang LANG`: (exit code,
    /// stdout, stderr).
    pub fn outcome_of(&self, args: &[&str], stdin: &str) -> (i32, String, String) {
        match args {
            ["--lang", lang, rest @ ..] => self.outcome(lang, rest, stdin),
            _ => self.outcome("en", args, stdin),
        }
    }

    /// Runs `kern --lang LANG ARGS` with `stdin`: (exit code, stdout, stderr).
    pub fn outcome(&self, lang: &str, args: &[&str], stdin: &str) -> (i32, String, String) {
        let out = self
            .kern_lang(lang, args)
            .write_stdin(stdin)
            .output()
            .unwrap();
        (out.status.code().unwrap_or(-1), stdout(&out), stderr(&out))
    }
}

/// `kern --lang en ARGS` with the given config and data folders.
pub fn kern(config: &Path, data: &Path, args: &[&str]) -> assert_cmd::Command {
    kern_in(config, data, "en", args)
}

/// `kern --lang LANG ARGS` with the given config and data folders, no colour, nothing on stdin.
pub fn kern_in(config: &Path, data: &Path, lang: &str, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("kern");
    cmd.env("KERN_CONFIG_DIR", config)
        .env("KERN_DATA_DIR", data)
        .env("NO_COLOR", "1")
        .env_remove("KERN_LANG")
        .args(["--lang", lang])
        .args(args)
        .write_stdin("");
    cmd
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Both streams, for a failed assertion's message.
pub fn show(output: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}--- stderr\n{}",
        output.status.code(),
        stdout(output),
        stderr(output)
    )
}

//! What a published kern holds: the crate (`cargo package --list`) contains exactly what the build
//! needs, the package metadata a registry and a Debian package want is there, and the release
//! profile is the one worth shipping. The .deb itself is built and checked by `.ci/package-deb`
//! and `.ci/check-deb` (run by `.ci/run`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn manifest() -> toml::Table {
    let text = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    text.parse().unwrap()
}

/// The files `cargo package` would put in the crate.
fn packaged_files() -> BTreeSet<String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["package", "--list", "--locked", "--allow-dirty"])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "cargo package --list failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Every file below `dir` (relative to the repository), as `dir/...` with forward slashes.
fn files_below(dir: &str) -> Vec<String> {
    walkdir::WalkDir::new(root().join(dir))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_file())
        .filter_map(|entry| {
            let relative = entry.path().strip_prefix(root()).ok()?;
            Some(relative.to_string_lossy().replace('\\', "/"))
        })
        .collect()
}

#[test]
fn the_crate_holds_the_code_the_content_and_the_licences_and_nothing_else() {
    let files = packaged_files();
    for needed in [
        "Cargo.toml",
        "Cargo.lock",
        "README.md",
        "build.rs",
        "src/main.rs",
        "src/lib.rs",
        "docs/licenses/LICENSE-MIT",
        "docs/licenses/LICENSE-APACHE",
    ] {
        assert!(files.contains(needed), "{needed} is not in the crate");
    }
    // The binary embeds these folders (include_dir!): every file in them must travel.
    for dir in ["src", "exercises", "programs"] {
        let on_disk = files_below(dir);
        assert!(!on_disk.is_empty(), "{dir} is empty");
        for file in on_disk {
            assert!(files.contains(&file), "{file} is not in the crate");
        }
    }
    let allowed_tops = [
        "Cargo.toml",
        "Cargo.toml.orig",
        "Cargo.lock",
        "README.md",
        "build.rs",
        ".cargo_vcs_info.json",
        "src",
        "exercises",
        "programs",
        "docs",
    ];
    for file in &files {
        let top = file.split('/').next().unwrap_or_default();
        assert!(
            allowed_tops.contains(&top),
            "{file} is in the crate but no build needs it"
        );
        if top == "docs" {
            assert!(file.starts_with("docs/licenses/"), "{file} is in the crate");
        }
    }
}

#[test]
fn the_package_says_what_it_is_and_where_it_comes_from() {
    let manifest = manifest();
    let package = manifest["package"].as_table().unwrap();
    for key in [
        "description",
        "license",
        "repository",
        "readme",
        "keywords",
        "categories",
        "rust-version",
    ] {
        assert!(package.contains_key(key), "[package] has no {key}");
    }
    let keywords = package["keywords"].as_array().unwrap();
    assert!(keywords.len() <= 5, "crates.io takes at most 5 keywords");
    assert_eq!(package["license"].as_str(), Some("MIT OR Apache-2.0"));
}

#[test]
fn the_release_profile_is_worth_shipping_and_still_unwinds() {
    let manifest = manifest();
    let release = manifest["profile"]["release"].as_table().unwrap();
    assert_eq!(release.get("lto").and_then(|v| v.as_str()), Some("fat"));
    assert_eq!(
        release.get("codegen-units").and_then(|v| v.as_integer()),
        Some(1)
    );
    assert_eq!(release.get("strip").and_then(|v| v.as_bool()), Some(true));
    // The coach restores the terminal in its panic hook; aborting would skip the hook's unwind.
    assert!(
        release.get("panic").is_none(),
        "panic behaviour must stay the default"
    );
}

#[test]
fn the_debian_package_lists_every_path_a_patient_needs() {
    let manifest = manifest();
    let deb = manifest["package"]["metadata"]["deb"].as_table().unwrap();
    let assets: Vec<(String, String)> = deb["assets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|asset| {
            let parts = asset.as_array().unwrap();
            (
                parts[0].as_str().unwrap().to_owned(),
                parts[1].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    for destination in [
        "usr/bin/",
        "usr/share/man/man1/",
        "usr/share/bash-completion/completions/kern",
        "usr/share/zsh/vendor-completions/",
        "usr/share/fish/vendor_completions.d/",
        "usr/share/doc/kern/",
    ] {
        assert!(
            assets.iter().any(|(_, to)| to == destination),
            "nothing goes to {destination}"
        );
    }
    let script = std::fs::read_to_string(root().join(".ci/package-deb")).unwrap();
    for (from, _) in &assets {
        if let Some(generated) = from.strip_prefix("target/assets/") {
            assert!(
                script.contains(generated),
                "{from} is never written by .ci/package-deb"
            );
        } else if !from.starts_with("target/") {
            assert!(root().join(from).is_file(), "{from} does not exist");
        }
    }
}

#[test]
fn the_release_workflow_is_well_formed_yaml_that_builds_every_platform() {
    let text =
        std::fs::read_to_string(root().join(".github/workflows/release.yml")).unwrap_or_default();
    for target in [
        "x86_64-unknown-linux-gnu",
        "aarch64-unknown-linux-gnu",
        "aarch64-apple-darwin",
        "x86_64-pc-windows-msvc",
        "package-deb",
    ] {
        assert!(text.contains(target), "the release workflow lacks {target}");
    }
    // The schema check itself runs in .ci/run (check-jsonschema, GitHub's workflow schema).
    assert!(!text.contains('\t'), "YAML does not allow tabs");
}

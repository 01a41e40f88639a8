//! Rebuild when the shipped content changes, so the embedded copy never goes stale.
fn main() {
    println!("cargo::rerun-if-changed=exercises");
    println!("cargo::rerun-if-changed=programs");
    println!("cargo::rerun-if-changed=src/i18n/en");
    println!("cargo::rerun-if-changed=src/i18n/nl");
    println!("cargo::rerun-if-changed=build.rs");
}

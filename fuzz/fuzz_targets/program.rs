//! Fuzzes the program loader: the input is the bytes of `programs/fuzz.toml`, loaded beside the
//! shipped references and the exercises the seed program names, then every diagnostic is
//! rendered and the program's doses, rules and measures described.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Shipped files loaded with the fuzzed one, so references and exercises can resolve.
const COMPANIONS: &[&str] = &[
    "programs/references.toml",
    "exercises/breathing.toml",
    "exercises/brisk-walking.toml",
    "exercises/cat-camel.toml",
    "exercises/childs-pose.toml",
    "exercises/knee-sways.toml",
    "exercises/pelvic-tilt.toml",
];

fuzz_target!(|data: &[u8]| {
    kern_fuzz::check("programs/fuzz.toml", data, COMPANIONS);
});

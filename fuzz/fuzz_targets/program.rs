//! Fuzzes the program loader: the input is the bytes of `programs/fuzz.toml`, loaded beside a few
//! references and small stand-ins for the exercises the seed program names, then every
//! diagnostic is rendered and the program's doses, rules and measures described.
#![no_main]

use kern_fuzz::{Companion, companion};
use libfuzzer_sys::fuzz_target;

/// Files loaded with the fuzzed one, so references and exercises can resolve.
const COMPANIONS: &[Companion] = &[
    companion!("programs/references.toml"),
    companion!("exercises/breathing.toml"),
    companion!("exercises/brisk-walking.toml"),
    companion!("exercises/cat-camel.toml"),
    companion!("exercises/childs-pose.toml"),
    companion!("exercises/knee-sways.toml"),
    companion!("exercises/pelvic-tilt.toml"),
];

fuzz_target!(|data: &[u8]| {
    kern_fuzz::check("programs/fuzz.toml", data, COMPANIONS);
});

//! Fuzzes the exercise loader: the input is the bytes of `exercises/fuzz.toml`, loaded beside the
//! shipped references and the ladder neighbours of the seed exercises, then every diagnostic is
//! rendered and every loaded dose described.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Shipped files loaded with the fuzzed one, so references and ladder links can resolve.
const COMPANIONS: &[&str] = &[
    "programs/references.toml",
    "exercises/quadruped-lift.toml",
    "exercises/swimming.toml",
    "exercises/drawing-in.toml",
];

fuzz_target!(|data: &[u8]| {
    kern_fuzz::check("exercises/fuzz.toml", data, COMPANIONS);
});

//! Fuzzes the exercise loader: the input is the bytes of `exercises/fuzz.toml`, loaded beside a
//! few references and three small ladder neighbours (`quadruped-lift` and `swimming` link back to
//! `fuzz`, so a seed such as bird-dog loads clean), then every diagnostic is rendered and every
//! loaded dose described.
#![no_main]

use kern_fuzz::{Companion, companion};
use libfuzzer_sys::fuzz_target;

/// Files loaded with the fuzzed one, so references and ladder links can resolve.
const COMPANIONS: &[Companion] = &[
    companion!("programs/references.toml"),
    companion!("exercises/quadruped-lift.toml"),
    companion!("exercises/swimming.toml"),
    companion!("exercises/drawing-in.toml"),
];

fuzz_target!(|data: &[u8]| {
    kern_fuzz::check("exercises/fuzz.toml", data, COMPANIONS);
});

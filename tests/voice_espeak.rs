//! One real run of a speech program: `espeak-ng` says one English and one Dutch sentence of kern's
//! voice catalog into WAV files (`espeak-ng -v en|nl -w FILE`, the voices kern's speech program
//! uses), and each file is checked to hold sound: its 16-bit samples are read and must not be
//! silent; where `sox` is installed, `sox FILE -n stat` must agree. Without espeak-ng (or sox)
//! the test fails when `CI` is set and is skipped with a note otherwise.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

use kern::i18n::{I18n, Msg};
use kern::model::Lang;

/// Whether `program` runs here; missing, it is a failure on CI and a note elsewhere.
fn available(program: &str, why: &str) -> bool {
    let found = Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "{program} is needed {why} (CI is set): apt-get install {program}"
        );
        eprintln!("note: {program} is not installed; {why} is skipped");
    }
    found
}

/// The 16-bit PCM samples of a WAV file (the `data` chunk, found by walking the chunks).
fn samples(wav: &[u8]) -> Vec<i16> {
    assert_eq!(&wav[0..4], b"RIFF", "a RIFF file");
    assert_eq!(&wav[8..12], b"WAVE", "a WAVE file");
    let mut at = 12;
    let mut bits = 0;
    while at + 8 <= wav.len() {
        let id = &wav[at..at + 4];
        let size = u32::from_le_bytes(wav[at + 4..at + 8].try_into().unwrap()) as usize;
        let body = at + 8;
        if id == b"fmt " {
            bits = u16::from_le_bytes(wav[body + 14..body + 16].try_into().unwrap());
        }
        if id == b"data" {
            assert_eq!(bits, 16, "16-bit samples");
            // espeak-ng may leave the size open when it writes as it speaks: read to the end.
            let end = body.saturating_add(size).min(wav.len());
            return wav[body..end]
                .chunks_exact(2)
                .map(|pair| i16::from_le_bytes([pair[0], pair[1]]))
                .collect();
        }
        at = body + size + (size & 1);
    }
    panic!("no data chunk");
}

fn sox_peak(file: &Path) -> f64 {
    let output = Command::new("sox")
        .arg(file)
        .args(["-n", "stat"])
        .output()
        .unwrap();
    // `stat` reports on stderr.
    let report = String::from_utf8_lossy(&output.stderr);
    report
        .lines()
        .find(|l| l.starts_with("Maximum amplitude"))
        .and_then(|l| l.split(':').nth(1))
        .and_then(|v| v.trim().parse::<f64>().ok())
        .unwrap_or_else(|| panic!("sox stat gave no maximum amplitude:\n{report}"))
}

#[test]
fn espeak_ng_speaks_english_and_dutch_out_loud() {
    if !available("espeak-ng", "for the real speech test") {
        return;
    }
    let sox = available("sox", "for measuring the speech");
    let dir = tempfile::tempdir().unwrap();
    for lang in [Lang::En, Lang::Nl] {
        let text = I18n::new(lang).format(&Msg::new("voice-rest").num("seconds", 30));
        let file = dir.path().join(format!("{}.wav", lang.code()));
        let status = Command::new("espeak-ng")
            .args(["-v", lang.code(), "-w"])
            .arg(&file)
            .arg("--")
            .arg(&text)
            .status()
            .unwrap();
        assert!(status.success(), "espeak-ng -v {} failed", lang.code());
        let wav = std::fs::read(&file).unwrap();
        let samples = samples(&wav);
        let rate = u32::from_le_bytes(wav[24..28].try_into().unwrap());
        assert!(
            samples.len() as u32 > rate / 2,
            "{text:?}: at least half a second of sound, got {} samples at {rate} Hz",
            samples.len()
        );
        let peak = samples.iter().map(|s| s.unsigned_abs()).max().unwrap_or(0);
        let loud = samples.iter().filter(|s| s.unsigned_abs() > 1000).count();
        assert!(
            peak > 3000,
            "{text:?}: peak {peak} of 32767 is near silence"
        );
        assert!(
            loud > samples.len() / 20,
            "{text:?}: only {loud} of {} samples carry sound",
            samples.len()
        );
        if sox {
            let peak = sox_peak(&file);
            assert!(peak > 0.1, "{text:?}: sox measures a peak of {peak}");
        }
    }
}

//! What the fuzz targets share: load one fuzzed file beside a few small fixed companions (in
//! `fuzz/companions/`), then render every diagnostic and describe everything that loaded, as
//! `kern validate` and the commands that show content do.

use kern::catalog::Catalog;
use kern::catalog::report::{render_human, resolve_all};
use kern::describe;
use kern::i18n::I18n;
use kern::model::Lang;

thread_local! {
    /// The English catalog, built once (building it costs more than a small file).
    static I18N: I18n = I18n::new(Lang::En);
}

/// A fixed file loaded with the fuzzed one: display path and text.
pub type Companion = (&'static str, &'static str);

/// Includes a file of `fuzz/companions/` as a [`Companion`] under the same path.
#[macro_export]
macro_rules! companion {
    ($path:literal) => {
        ($path, include_str!(concat!("../companions/", $path)))
    };
}

/// Loads `bytes` as the file `display` after the `companions`, then renders every diagnostic and
/// describes everything that loaded. Any panic is a bug.
pub fn check(display: &str, bytes: &[u8], companions: &[Companion]) {
    let mut files: Vec<(&str, &[u8])> = companions
        .iter()
        .map(|(path, text)| (*path, text.as_bytes()))
        .collect();
    files.push((display, bytes));
    let catalog = Catalog::from_bytes(false, &files);
    I18N.with(|i18n| {
        let report = resolve_all(&catalog, i18n);
        let _ = serde_json::to_string(&report);
        let _ = render_human(&catalog, i18n, false);
        for entry in catalog.exercises.values() {
            let _ = describe::dose(i18n, &entry.value.dose);
            let _ = describe::range(i18n, &entry.value.dose);
            let _ = entry.value.dose.estimated_seconds();
        }
        for entry in catalog.programs.values() {
            let program = &entry.value;
            for item in program.phases.iter().flat_map(|p| &p.exercises) {
                if let Some(exercise) = catalog.exercises.get(&item.exercise) {
                    let dose = exercise.value.dose.with_override(&item.dose_override());
                    let _ = describe::dose(i18n, &dose);
                    let _ = dose.estimated_seconds();
                }
            }
            let _ = describe::rules(i18n, &program.progression);
            let _ = describe::measures(i18n, &program.measures);
        }
    });
}

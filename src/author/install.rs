//! Installing a program bundle into the config folder: what each file does there (adds,
//! replaces, unchanged, or the same as kern's shipped exercise and so not copied), the
//! references kern does not know yet, and the writing itself.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Serialize;

use crate::catalog::{Catalog, Entry, FileKind, Origin};
use crate::model::{REFERENCES_FORMAT, Reference};

use super::with_schema_line;

#[derive(Serialize)]
struct ReferenceEntries<'a> {
    references: &'a [&'a Reference],
}

/// What installing a file does to the config folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// A new file.
    Adds,
    /// A file that was there, with other content.
    Replaces,
    /// A file that was there with the same content.
    Unchanged,
    /// An exercise the same as kern's shipped one, with no file of that name in the config
    /// folder: not copied, so that it keeps following kern's own.
    SameAsShipped,
}

/// One file to write into the config folder.
#[derive(Debug, Clone)]
pub struct Planned {
    /// Its path inside the config folder, such as `programs/my-program.toml`.
    pub path: String,
    /// What it is.
    pub kind: FileKind,
    /// Its text.
    pub text: String,
    /// What writing it does.
    pub change: Change,
    /// Whether it takes the place of a shipped file with the same id.
    pub in_place_of_shipped: bool,
}

/// What installing a bundle does.
#[derive(Debug, Clone, Default)]
pub struct InstallPlan {
    /// The files to write, programs first.
    pub files: Vec<Planned>,
    /// The programs the bundle holds.
    pub programs: Vec<String>,
    /// References kern knows already (shipped or in the config folder), left as they are.
    pub references_known: usize,
    /// References added to the config folder's `programs/references.toml`.
    pub references_added: usize,
}

fn planned<T>(
    catalog: &Catalog,
    config_dir: &Path,
    entry: &Entry<T>,
    path: String,
    kind: FileKind,
) -> Planned {
    let text = with_schema_line(&catalog.sources[entry.source].text, kind);
    let shipped = entry
        .replaces
        .filter(|r| catalog.sources[*r].origin == Origin::Shipped);
    let same_as_shipped = kind == FileKind::Exercise
        && shipped.is_some_and(|r| with_schema_line(&catalog.sources[r].text, kind) == text);
    let change = match std::fs::read_to_string(config_dir.join(&path)) {
        Ok(old) if old == text => Change::Unchanged,
        Ok(_) => Change::Replaces,
        Err(_) if same_as_shipped => Change::SameAsShipped,
        Err(_) => Change::Adds,
    };
    let in_place_of_shipped = shipped.is_some() && change != Change::SameAsShipped;
    Planned {
        path,
        kind,
        text,
        change,
        in_place_of_shipped,
    }
}

/// Plans the install of a bundle into `config_dir`. `bundle` is the catalog of the shipped set
/// and the bundle folder (its files have the origin `given`); `config_references` are the
/// reference ids the config folder holds already.
pub fn plan_install(
    bundle: &Catalog,
    config_dir: &Path,
    config_references: &BTreeSet<String>,
) -> InstallPlan {
    let from_bundle = |source: usize| bundle.sources[source].origin == Origin::Given;
    let mut plan = InstallPlan::default();
    for (id, entry) in bundle
        .programs
        .iter()
        .filter(|(_, e)| from_bundle(e.source))
    {
        plan.programs.push(id.clone());
        let path = format!("programs/{id}.toml");
        plan.files
            .push(planned(bundle, config_dir, entry, path, FileKind::Program));
    }
    for (id, entry) in bundle
        .exercises
        .iter()
        .filter(|(_, e)| from_bundle(e.source))
    {
        let path = format!("exercises/{id}.toml");
        plan.files
            .push(planned(bundle, config_dir, entry, path, FileKind::Exercise));
    }
    for (id, entry) in bundle
        .education
        .iter()
        .filter(|(_, e)| from_bundle(e.source))
    {
        let path = format!("programs/education/{id}.toml");
        plan.files.push(planned(
            bundle,
            config_dir,
            entry,
            path,
            FileKind::Education,
        ));
    }
    let mut new_refs: Vec<&Reference> = Vec::new();
    for (id, entry) in bundle
        .references
        .iter()
        .filter(|(_, e)| from_bundle(e.source))
    {
        let shipped = entry
            .replaces
            .is_some_and(|r| bundle.sources[r].origin == Origin::Shipped);
        if shipped || config_references.contains(id) {
            plan.references_known += 1;
        } else {
            new_refs.push(&entry.value);
        }
    }
    plan.references_added = new_refs.len();
    if !new_refs.is_empty() {
        plan.files.push(references_file(config_dir, &new_refs));
    }
    plan
}

/// The config folder's `programs/references.toml` with new references added at its end.
fn references_file(config_dir: &Path, new: &[&Reference]) -> Planned {
    let path = "programs/references.toml".to_owned();
    let old = std::fs::read_to_string(config_dir.join(&path)).ok();
    let mut text = old.clone().unwrap_or_else(|| {
        format!(
            "{}\nformat = \"{REFERENCES_FORMAT}\"\n",
            super::schema_line(FileKind::References)
        )
    });
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str("\n# Added by `kern program install`.\n");
    text.push_str(&toml::to_string(&ReferenceEntries { references: new }).unwrap_or_default());
    Planned {
        path,
        kind: FileKind::References,
        text,
        change: if old.is_some() {
            Change::Replaces
        } else {
            Change::Adds
        },
        in_place_of_shipped: false,
    }
}

/// Writes the planned files that add or replace one, and refreshes the schemas next to them.
pub fn apply(
    plan: &InstallPlan,
    config_dir: &Path,
    exercise_ids: &[String],
) -> std::io::Result<()> {
    let mut schemas: BTreeSet<(String, &'static str)> = BTreeSet::new();
    for file in &plan.files {
        let path = config_dir.join(&file.path);
        match file.change {
            Change::Adds | Change::Replaces => {
                crate::journal::atomic::replace(&path, file.text.as_bytes())?;
            }
            Change::Unchanged => {}
            Change::SameAsShipped => continue,
        }
        let dir = file.path.rsplit_once('/').map_or("", |(dir, _)| dir);
        schemas.insert((dir.to_owned(), file.kind.name()));
    }
    for (dir, kind) in schemas {
        if let Some(kind) = FileKind::from_name(kind) {
            super::write_schema(&config_dir.join(dir), kind, exercise_ids)?;
        }
    }
    Ok(())
}

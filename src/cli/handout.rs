//! `kern handout [PROGRAM] [--phase N|--all] [--out FILE [--force]] [--format html|md]`: the
//! patient's home program on paper, in the chosen language (`--lang`). Without PROGRAM, the
//! program the patient follows, at the doses it stands at today; a named program the patient does
//! not follow is printed at the doses it writes. Without `--phase` or `--all`, the current phase.
//! An existing `--out` file is only replaced with `--force`.

use std::process::ExitCode;

use crate::catalog::Origin;
use crate::handout::{self, PhaseDoses};
use crate::i18n::Msg;
use crate::plan::replay::{Planner, Position};

use super::Context;
use super::enrolled::Enrolled;
use super::out_file::{self, DocFormat, DocOutput};
use super::time::now;

/// Arguments of `kern handout`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The program (default: the one you follow).
    pub program: Option<String>,
    /// Only this phase (1, 2, ...; default: the current phase).
    #[arg(long, value_name = "N", conflicts_with = "all")]
    pub phase: Option<usize>,
    /// Every phase of the program.
    #[arg(long)]
    pub all: bool,
    /// --format, --out and --force.
    #[command(flatten)]
    pub output: DocOutput,
}

/// Makes the handout and prints it or writes it to a file.
pub fn run(context: &Context, args: &Args) -> anyhow::Result<ExitCode> {
    // The path is checked before any work.
    let Ok(out) = args.output.check(context) else {
        return Ok(ExitCode::from(1));
    };
    let now = now();
    // The journal tells which program the patient follows and where they stand in it; a named
    // program can be printed without one.
    let enrolled = match Enrolled::load(context, now) {
        Ok(enrolled) => enrolled,
        Err(err) if args.program.is_some() => {
            tracing::debug!("no journal for the handout: {err}");
            Enrolled {
                catalog: context.catalog_for_display(),
                history: crate::plan::History::default(),
            }
        }
        Err(err) => return Err(err),
    };
    let followed = enrolled.program().map(|(id, _)| id.to_owned());
    let id = match (&args.program, &followed) {
        (Some(id), _) | (None, Some(id)) => id.clone(),
        (None, None) => {
            eprintln!("{}", context.t(Msg::new("handout-no-program")));
            return Ok(ExitCode::from(1));
        }
    };
    let Some(program) = enrolled.catalog.programs.get(&id).map(|e| &e.value) else {
        eprintln!(
            "{}",
            context.t(Msg::new("handout-unknown-program").arg("id", id.as_str()))
        );
        return Ok(ExitCode::from(1));
    };
    let planner = Planner {
        catalog: &enrolled.catalog,
        program,
        usual_pain: crate::plan::today::usual(&enrolled.history),
    };
    let position =
        (followed.as_deref() == Some(id.as_str())).then(|| planner.replay(&enrolled.history, now));
    let current = position.as_ref().map_or(0, |p| p.phase);
    let phases: Vec<usize> = match (args.all, args.phase) {
        (true, _) => (0..program.phases.len()).collect(),
        (false, Some(n)) if (1..=program.phases.len()).contains(&n) => vec![n - 1],
        (false, Some(n)) => {
            eprintln!(
                "{}",
                context.t(Msg::new("handout-no-phase")
                    .num("phase", n as i64)
                    .num("count", program.phases.len() as i64))
            );
            return Ok(ExitCode::from(2));
        }
        (false, None) => vec![current],
    };
    let doses: Vec<PhaseDoses> = phases
        .into_iter()
        .map(|phase| doses_of(&planner, position.as_ref(), phase))
        .collect();
    // The physiotherapist is the author of a program they wrote; a shipped program names none.
    let shipped = enrolled
        .catalog
        .programs
        .get(&id)
        .and_then(|e| enrolled.catalog.sources.get(e.source))
        .is_some_and(|f| f.origin == Origin::Shipped);
    let therapist = (!shipped).then_some(program.author.as_str());
    let gathered = handout::gather(&context.i18n, &enrolled.catalog, program, therapist, &doses);
    let text = match args.output.format() {
        DocFormat::Html => handout::html(&gathered),
        DocFormat::Md => handout::markdown(&gathered),
    };
    let written = |path: &str| Msg::new("handout-written").arg("path", path);
    if !out_file::print_or_write(context, out.as_ref(), &text, written)? {
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// A phase's exercises and doses: where the patient stands for the current phase, else as the
/// program writes them.
fn doses_of(planner: &Planner<'_>, position: Option<&Position>, phase: usize) -> PhaseDoses {
    let slots = match position {
        Some(position) if position.phase == phase => position.slots.clone(),
        _ => planner.phase_slots(phase),
    };
    PhaseDoses {
        phase,
        exercises: slots
            .into_iter()
            .map(|slot| (slot.dosed.exercise, slot.dosed.prescription))
            .collect(),
    }
}

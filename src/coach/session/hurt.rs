//! "Which exercise(s) hurt?": asked after the check-out when the pain during the session went
//! above the program's limits or the pain after rose by two or more
//! ([`crate::plan::needs_hurt_question`]); the answer goes on the session record, so the plan
//! judges only the exercises named (or, "not sure", the whole session as before).

use crate::i18n::Msg;
use crate::journal::HurtAnswer;
use crate::plan::{hurt_choices, needs_hurt_question};

use super::super::questions::{Answers, Kind, Question};
use super::Coach;

/// The name of the answer.
pub const HURT_WHICH: &str = "hurt_which";

impl Coach {
    /// The follow-up to the check-out answers, when one is due: which exercise(s) hurt, a pick of
    /// many among the exercises the session reached, with "not sure".
    pub fn hurt_question(&self, check_out: &Answers) -> Option<Question> {
        let rules = self.rules.as_ref()?;
        let during = self
            .engine
            .records()
            .iter()
            .filter_map(|r| r.pain_during)
            .max()
            .max(check_out.score("pain_during"));
        let after = check_out.score("pain_after");
        if !needs_hurt_question(rules, self.pain_before, during, after) {
            return None;
        }
        let ids = hurt_choices(self.engine.records());
        if ids.is_empty() {
            return None;
        }
        let options = ids
            .iter()
            .enumerate()
            .map(|(i, id)| {
                let name = self.named(i, id.clone()).name;
                Msg::new("hurt-which-option")
                    .arg("en", name.get(crate::model::Lang::En))
                    .arg("nl", name.get(crate::model::Lang::Nl))
            })
            .collect();
        Some(Question::new(
            HURT_WHICH,
            Msg::new("hurt-which"),
            Kind::Pick {
                options,
                many: true,
                none: Some(Msg::new("hurt-not-sure")),
            },
        ))
    }

    /// The answer to "which exercise(s) hurt", for the session record.
    pub(super) fn hurt_answer(&self, answers: &Answers) -> Option<HurtAnswer> {
        let picked = answers.picked(HURT_WHICH)?;
        let ids = hurt_choices(self.engine.records());
        let exercises: Vec<String> = picked.iter().filter_map(|i| ids.get(*i).cloned()).collect();
        Some(HurtAnswer {
            not_sure: exercises.is_empty(),
            exercises,
        })
    }
}

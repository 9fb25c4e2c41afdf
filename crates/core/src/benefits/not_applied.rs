//! Benefits the family qualifies for and has not applied for: the
//! registry's programs with an amount in yen (`hagukumi.amounts`: 児童手当,
//! 018サポート, 赤ちゃんファースト, 妊婦のための支援給付, 出産育児一時金 in the
//! SAMPLE registry) that apply today to a child or the pregnancy
//! ([`crate::programs::match_family`]'s `now`), with no application of the
//! portal's or the parent's for them and none on its way from here.

use super::{Application, BenefitState, Source};
use crate::programs::{Match, Matches};

/// A program's name as applications name it: without a closing
/// parenthesis (「赤ちゃんファースト（東京都出産・子育て応援事業）」 is
/// 「赤ちゃんファースト」), spaces or case.
fn plain(name: &str) -> String {
    let name = name.trim();
    let name = match name
        .char_indices()
        .rev()
        .find(|(_, c)| *c == '（' || *c == '(')
    {
        Some((i, _)) if i > 0 && (name.ends_with('）') || name.ends_with(')')) => &name[..i],
        _ => name,
    };
    name.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether application `a` is one for the matched program `m`: the same
/// name (Japanese, or English for one tracked in English), as
/// [`plain`] writes it.
pub fn covers(a: &Application, m: &Match) -> bool {
    let name = plain(&a.program);
    !name.is_empty()
        && (name == plain(&m.name) || m.name_en.as_deref().is_some_and(|en| name == plain(en)))
}

/// The benefits of `matches` (today's) that no application in `apps`
/// covers, one per program (its first match: the soonest deadline), as
/// "not applied" applications keyed `program:<psid>`, in the matches'
/// order. `sending` says a once-only application is on its way from here:
/// it covers the programs applied for together (`appliedWith`).
pub fn not_applied(matches: &Matches, apps: &[Application], sending: bool) -> Vec<Application> {
    let mut out: Vec<Application> = Vec::new();
    for m in &matches.now {
        if !m.is_benefit()
            || out.iter().any(|a| a.key == format!("program:{}", m.psid))
            || apps.iter().any(|a| covers(a, m))
            || (sending && m.applied_with.is_some())
        {
            continue;
        }
        out.push(Application {
            key: format!("program:{}", m.psid),
            source: Source::Program {
                psid: m.psid.clone(),
            },
            program_id: None,
            program: m.name.clone(),
            state: BenefitState::NotApplied,
            status_id: None,
            applied_on: None,
            updated_on: None,
            deadline: m.apply_by,
            amount_yen: m.amount.and_then(|a| u32::try_from(a.yen).ok()),
            next_payment: None,
            note: None,
            qualifies: Some(Box::new(m.clone())),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_without_the_closing_parenthesis_spaces_or_case() {
        assert_eq!(
            plain("赤ちゃんファースト（東京都出産・子育て応援事業）"),
            "赤ちゃんファースト"
        );
        assert_eq!(plain(" Child Allowance (national) "), "childallowance");
        assert_eq!(plain("（注）"), "（注）");
        assert_eq!(plain("018サポート"), "018サポート");
    }
}

//! `hagu clinic-card [--child ID] [--json]`: the clinic card (受付用カード)
//! of each child, or of one, from the handbook alone (no network): the
//! child's 受給者証, the parent's insurance note, allergies and
//! vaccinations. Thin: the card is read by `Store::clinic_card` (as the
//! app reads it), built by core, worded by `i18n::clinic_card`.

use crate::args::{flag, localized, option};
use crate::clock::today;
use crate::context::{Context, Exit};
use clap::{value_parser, ArgMatches, Command};
use hagukumi_core::clinic_card::{CardCertificate, ClinicCard};
use hagukumi_i18n::clinic_card::{copay, date_with_era, validity};
use hagukumi_i18n::{Localizer, Value};
use hagukumi_store::StoreError;

const CHILD: &str = "child";
const JSON: &str = "json";

pub(crate) fn command(l: &Localizer) -> Command {
    localized(Command::new("clinic-card"), l, "cli-clinic-card-about")
        .arg(option(l, CHILD, "ID", "cli-clinic-card-child-help").value_parser(value_parser!(i64)))
        .arg(flag(l, JSON, "cli-clinic-card-json-help"))
}

impl Context<'_> {
    pub(crate) fn clinic_card(&mut self, m: &ArgMatches) -> Result<Exit, StoreError> {
        let store = self.open_existing()?;
        let today = today();
        let ids: Vec<i64> = match m.get_one::<i64>(CHILD) {
            Some(id) => vec![*id],
            None => store.children()?.iter().map(|c| c.id).collect(),
        };
        let mut cards = Vec::new();
        for id in ids {
            match store.clinic_card(id, today)? {
                Some(card) => cards.push(card),
                None => return Ok(self.refuse("error-no-such-child", &[])),
            }
        }
        if m.get_flag(JSON) {
            return Ok(self.print_json(&cards));
        }
        if cards.is_empty() {
            self.say_format("cli-clinic-card-no-children", &[]);
        }
        for (i, card) in cards.iter().enumerate() {
            if i > 0 {
                self.say("");
            }
            for line in card_lines(&self.l, card) {
                self.say(&line);
            }
        }
        Ok(Exit::Success)
    }
}

/// `label: value` in this language's punctuation.
fn fact(l: &Localizer, label_id: &str, value: String) -> String {
    l.format(
        "cli-clinic-card-fact",
        &[
            ("label", Value::from(l.text(label_id))),
            ("value", Value::from(value)),
        ],
    )
}

/// The card as lines, in the order the window shows it.
fn card_lines(l: &Localizer, c: &ClinicCard) -> Vec<String> {
    let mut lines = vec![format!(
        "{} — {}",
        l.text("clinic-card-title"),
        c.child.name
    )];
    let mut born = date_with_era(l, c.child.birth_date);
    if let Some(age) = c.child.age_on(c.today) {
        born = format!("{born} · {}", l.age(age));
    }
    lines.push(fact(l, "clinic-card-born", born));
    lines.push(l.text("clinic-card-certificates"));
    if c.certificates.is_empty() {
        lines.push(format!("  {}", l.text("clinic-card-no-certificates")));
    }
    for cert in &c.certificates {
        lines.extend(certificate_lines(l, cert));
    }
    lines.push(l.text("clinic-card-insurance"));
    let note = match &c.insurance_note {
        Some(n) => n.as_str().to_owned(),
        None => l.text("clinic-card-insurance-none"),
    };
    lines.extend(note.lines().map(|line| format!("  {line}")));
    lines.push(l.text("clinic-card-allergies"));
    if c.allergies.is_empty() {
        lines.push(format!("  {}", l.text("clinic-card-no-allergies")));
    }
    for a in &c.allergies {
        let mut line = format!("  ・{}", a.substance);
        if let Some(r) = &a.reaction {
            line.push_str(&format!(" — {r}"));
        }
        line.push_str(&format!(" ({})", l.date(a.date)));
        lines.push(line);
    }
    lines.push(l.text("clinic-card-vaccinations"));
    if c.vaccinations.is_empty() {
        lines.push(format!("  {}", l.text("clinic-card-no-vaccinations")));
    }
    for v in &c.vaccinations {
        let doses: Vec<String> = v
            .doses
            .iter()
            .map(|d| {
                l.format(
                    "clinic-card-dose",
                    &[
                        ("dose", Value::from(d.dose)),
                        ("date", Value::from(l.date(d.date))),
                    ],
                )
            })
            .collect();
        lines.push(format!(
            "  ・{}: {}",
            l.text(&format!("schedule-vaccine-{}", v.vaccine)),
            doses.join(" · ")
        ));
    }
    lines.push(l.format(
        "clinic-card-as-of",
        &[("date", Value::from(l.date(c.today)))],
    ));
    lines
}

fn certificate_lines(l: &Localizer, c: &CardCertificate) -> Vec<String> {
    let cert = &c.certificate;
    let (_, valid) = validity(c.validity);
    let mut lines = vec![
        format!("  ・{} [{}]", cert.certificate_name, l.text(valid)),
        format!(
            "    {}",
            fact(
                l,
                "portal-certificate-payer",
                cert.public_payer_number.clone()
            )
        ),
        format!(
            "    {}",
            fact(
                l,
                "portal-certificate-recipient",
                cert.recipient_number.clone()
            )
        ),
        format!(
            "    {}",
            fact(
                l,
                "portal-certificate-valid",
                l.format(
                    "portal-certificate-valid-range",
                    &[
                        ("from", Value::from(date_with_era(l, cert.valid_from))),
                        ("to", Value::from(date_with_era(l, cert.valid_to))),
                    ],
                ),
            )
        ),
    ];
    let copay = copay(l, &cert.copay_limit);
    if !copay.is_empty() {
        lines.push(format!(
            "    {}",
            fact(l, "portal-certificate-copay", copay.join(" · "))
        ));
    }
    lines
}

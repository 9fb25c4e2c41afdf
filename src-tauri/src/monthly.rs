//! The monthly news (今月のお知らせ) as a notification: core's
//! [`monthly::news`] over the family's plans and today's program matches,
//! worded in the handbook's language; sent by the reminder thread
//! (`crate::reminders`) once per occasion, like a reminder.

use crate::notice::{render, Notice};
use hagukumi_core::api::CommandError;
use hagukumi_core::monthly::{self, ProgramLine};
use hagukumi_core::programs::match_family;
use hagukumi_core::schedule::reminders::{PersonKey, ReminderSettings};
use hagukumi_core::schedule::PlanItem;
use hagukumi_core::Date;
use hagukumi_i18n::{programs as words, Localizer, Value};

/// The news due today and not sent yet, in words.
pub(crate) fn due(
    store: &hagukumi_store::Store,
    plans: &[(PersonKey, Vec<PlanItem>)],
    settings: &ReminderSettings,
    l: &Localizer,
    who: &dyn Fn(PersonKey) -> String,
    today: Date,
) -> Result<Option<Notice>, CommandError> {
    let matches = match store.municipality()? {
        Some(code) => Some(match_family(
            &crate::programs::registry(store)?,
            &code,
            &store.children()?,
            &store.pregnancies()?,
            today,
        )),
        None => None,
    };
    let Some(news) = monthly::news(plans, matches.as_ref(), today, settings) else {
        return Ok(None);
    };
    if store.reminder_sent(&news.id)? {
        return Ok(None);
    }
    Ok(Some(word(l, &news, who)))
}

/// The news in words: a count, then one line per item.
pub(crate) fn word(
    l: &Localizer,
    news: &monthly::MonthlyNews,
    who: &dyn Fn(PersonKey) -> String,
) -> Notice {
    let count = i64::try_from(news.count()).unwrap_or(i64::MAX);
    let mut body = l.format("news-body", &[("count", Value::from(count))]);
    let mut push = |line: String| {
        body.push('\n');
        body.push_str(&line);
    };
    for entry in &news.schedule {
        push(render(l, &entry.line, &who(entry.person)));
    }
    let program = |id: &str, p: &ProgramLine| {
        l.format(
            id,
            &[
                ("who", Value::from(who(p.person))),
                (
                    "program",
                    Value::from(words::name(l, &p.name, p.name_en.as_deref())),
                ),
                ("date", Value::from(l.date(p.date))),
            ],
        )
    };
    for p in &news.programs {
        push(program("news-program-begins", p));
    }
    for p in &news.deadlines {
        push(program("news-program-deadline", p));
    }
    Notice {
        id: news.id.clone(),
        title: l.text("news-title"),
        body,
        // A tap opens the programs list.
        opens: Some("programs"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::monthly::{MonthlyNews, Occasion};
    use hagukumi_core::Language;

    #[test]
    fn the_news_is_worded_in_both_languages() {
        let news = MonthlyNews {
            id: "news:2026-05-01".into(),
            occasion: Occasion::Month,
            date: "2026-05-01".parse().unwrap(),
            schedule: Vec::new(),
            programs: vec![ProgramLine {
                person: PersonKey::Child(1),
                psid: "p".into(),
                name: "018サポート".into(),
                name_en: Some("018 Support".into()),
                date: "2026-05-28".parse().unwrap(),
            }],
            deadlines: vec![ProgramLine {
                person: PersonKey::Child(1),
                psid: "q".into(),
                name: "赤ちゃんファースト".into(),
                name_en: None,
                date: "2026-05-20".parse().unwrap(),
            }],
        };
        let ja = word(&Localizer::new(Language::Ja), &news, &|_| "はなこ".into());
        assert_eq!(ja.id, "news:2026-05-01");
        assert_eq!(ja.title, "今月のお知らせ");
        assert_eq!(
            ja.body,
            "今月のお知らせが2件あります。\nはなこ：018サポート（2026年5月28日から）\nはなこ：赤ちゃんファーストの申請期限（2026年5月20日まで）"
        );
        let en = word(&Localizer::new(Language::En), &news, &|_| "Hanako".into());
        assert_eq!(en.title, "This month's news");
        assert!(en.body.contains("018 Support (018サポート)"), "{}", en.body);
        assert!(!en.body.contains('{'), "{}", en.body);
    }
}

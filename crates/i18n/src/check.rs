//! The check of every language's Fluent files, run by `cargo test`:
//!
//! - every file parses and no id appears twice in one language;
//! - Japanese and English are complete and identical, file by file, in ids
//!   and in arguments (English may name the month where Japanese numbers it);
//! - no other language holds an id or an argument Japanese lacks;
//! - and it reports each language's coverage (ids it has of Japanese's).

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use hagukumi_core::Language;
use std::collections::{BTreeMap, BTreeSet};

/// How many of Japanese's message ids a language has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub lang: Language,
    pub present: usize,
    pub total: usize,
}

impl std::fmt::Display for Coverage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let percent = self.present as f64 * 100.0 / self.total.max(1) as f64;
        write!(
            f,
            "{}: {}/{} ids ({percent:.1}%)",
            self.lang, self.present, self.total
        )
    }
}

/// Arguments a date message may use in one language but not the other.
const MONTH_ARGS: [&str; 2] = ["month", "monthName"];

/// id → (file, arguments) of one language.
type Messages = BTreeMap<String, (String, BTreeSet<String>)>;

/// Checks `(language, file name, Fluent source)` triples; every problem
/// names the language, the file and the id.
pub fn check(sources: &[(Language, &str, &str)]) -> Result<Vec<Coverage>, Vec<String>> {
    let mut problems = Vec::new();
    let mut by_lang: BTreeMap<&str, (Language, Messages)> = BTreeMap::new();
    for &(lang, file, source) in sources {
        let messages = &mut by_lang
            .entry(lang.code())
            .or_insert_with(|| (lang, Messages::new()))
            .1;
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(r) => r,
            Err((_, errors)) => {
                problems.push(format!("locales/{lang}/{file}: does not parse: {errors:?}"));
                continue;
            }
        };
        for entry in resource.body {
            let Entry::Message(m) = entry else { continue };
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                variables(p, &mut vars);
            }
            for attribute in &m.attributes {
                variables(&attribute.value, &mut vars);
            }
            let id = m.id.name.to_owned();
            if let Some((first, _)) = messages.get(&id) {
                problems.push(format!(
                    "locales/{lang}/{file}: duplicate id {id} (also in {first})"
                ));
            }
            messages.insert(id, (file.to_owned(), vars));
        }
    }
    let empty = Messages::new();
    let ja = by_lang.get("ja").map_or(&empty, |(_, m)| m);
    let mut coverage = Vec::new();
    for (lang, messages) in by_lang.values() {
        let lang = *lang;
        for (id, (file, vars)) in messages {
            let Some((ja_file, ja_vars)) = ja.get(id) else {
                problems.push(format!("locales/{lang}/{file}: id {id} is not in Japanese"));
                continue;
            };
            if lang == Language::En && file != ja_file {
                problems.push(format!(
                    "locales/{lang}/{file}: id {id} is in {ja_file} in Japanese"
                ));
            }
            let month = |v: &&String| !MONTH_ARGS.contains(&v.as_str());
            let extra: Vec<_> = vars.difference(ja_vars).filter(month).collect();
            if !extra.is_empty() {
                problems.push(format!(
                    "locales/{lang}/{file}: id {id} uses {extra:?}, which Japanese does not"
                ));
            }
            if lang == Language::En {
                let missing: Vec<_> = ja_vars.difference(vars).filter(month).collect();
                if !missing.is_empty() {
                    problems.push(format!(
                        "locales/{lang}/{file}: id {id} lacks {missing:?}, which Japanese uses"
                    ));
                }
            }
        }
        if lang == Language::En {
            for (id, (file, _)) in ja {
                if !messages.contains_key(id) {
                    problems.push(format!("locales/en/{file}: id {id} is missing"));
                }
            }
        }
        let present = messages.keys().filter(|id| ja.contains_key(*id)).count();
        coverage.push(Coverage {
            lang,
            present,
            total: ja.len(),
        });
    }
    coverage.sort_by_key(|c| Language::ALL.iter().position(|l| *l == c.lang));
    if problems.is_empty() {
        Ok(coverage)
    } else {
        Err(problems)
    }
}

fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Calls that give translated words.
const TRANSLATED: [&str; 4] = [".text(", ".format(", ".reason(", ".date("];

/// Places in Rust `source` that look like two translated parts joined into
/// one sentence, as in `format!("{}{}", tr.text(..), tr.text(..))` or
/// `tr.text(..) + &tr.text(..)`: word order differs between languages, so
/// such a sentence must be one message with arguments. A heuristic, by
/// line: each hit is (line number, the line).
pub fn joined_translations(source: &str) -> Vec<(usize, String)> {
    let lines: Vec<&str> = source.lines().collect();
    let mut hits = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let count = |text: &str| {
            TRANSLATED
                .iter()
                .map(|t| text.matches(t).count())
                .sum::<usize>()
        };
        if line.contains("+ &") && count(line) >= 2 {
            hits.push((i + 1, line.trim().to_owned()));
            continue;
        }
        let Some(start) = line.find("format!(") else {
            continue;
        };
        // The macro call, up to where its parentheses close (at most 8 lines).
        let mut call = String::new();
        let mut depth = 0i32;
        'lines: for l in lines.iter().skip(i).take(8) {
            let from = if call.is_empty() { start } else { 0 };
            for c in l[from..].chars() {
                call.push(c);
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break 'lines;
                        }
                    }
                    _ => {}
                }
            }
            call.push(' ');
        }
        let literal = call.split('"').nth(1).unwrap_or("");
        let placeholders = literal.matches('{').count() - literal.matches("{{").count() * 2;
        let mut rest = literal.to_owned();
        while let (Some(a), Some(b)) = (rest.find('{'), rest.find('}')) {
            if b < a {
                break;
            }
            rest.replace_range(a..=b, "");
        }
        let only_placeholders = rest
            .chars()
            .all(|c| c.is_whitespace() || ",:;-–—/|".contains(c));
        if placeholders >= 2 && only_placeholders && count(&call) >= 2 {
            hits.push((i + 1, line.trim().to_owned()));
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    const JA: &str = "hello = こんにちは { $name }\nbye = さようなら\n";
    const EN: &str = "hello = Hello { $name }\nbye = Bye\n";

    #[test]
    fn a_complete_set_passes_with_its_coverage() {
        let coverage = check(&[
            (Language::Ja, "a.ftl", JA),
            (Language::En, "a.ftl", EN),
            (
                Language::Ko,
                "hagukumi.ftl",
                "hello = 안녕하세요 { $name }\n",
            ),
        ])
        .unwrap();
        assert_eq!(coverage[2].to_string(), "ko: 1/2 ids (50.0%)");
    }

    #[test]
    fn two_translated_parts_joined_are_found() {
        let source = r#"
let a = format!("{}{}", tr.text("x"), tr.text("y"));
let b = tr.text("x") + &tr.text("y");
let c = format!(
    "{} {}",
    tr.text("x"),
    tr.format("y", &[]),
);
let fine = format!("lang-{}", lang.code());
let fine_too = tr.format("x", &[("name", tr.text("y").into())]);
let data = format!("{} {}", name, tr.text("y"));
"#;
        let lines: Vec<usize> = joined_translations(source)
            .into_iter()
            .map(|h| h.0)
            .collect();
        assert_eq!(lines, [2, 3, 4]);
    }

    /// The window, the shell and `hagu` join no two translated parts.
    #[test]
    fn no_code_joins_two_translated_parts() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut hits = Vec::new();
        for dir in ["ui/src", "crates/cli/src", "src-tauri/src"] {
            let mut stack = vec![root.join(dir)];
            while let Some(path) = stack.pop() {
                if path.is_dir() {
                    for entry in std::fs::read_dir(&path).unwrap() {
                        stack.push(entry.unwrap().path());
                    }
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let source = std::fs::read_to_string(&path).unwrap();
                    for (line, text) in joined_translations(&source) {
                        let shown = path.strip_prefix(&root).unwrap_or(&path).display();
                        hits.push(format!("{shown}:{line}: {text}"));
                    }
                }
            }
        }
        assert!(
            hits.is_empty(),
            "make each one message:\n{}",
            hits.join("\n")
        );
    }

    #[test]
    fn a_broken_resource_fails_naming_the_locale_file_and_id() {
        let extra_id = check(&[
            (Language::Ja, "a.ftl", JA),
            (Language::En, "a.ftl", EN),
            (Language::Th, "hagukumi.ftl", "hello = สวัสดี\nhelo = typo\n"),
        ])
        .unwrap_err();
        assert_eq!(
            extra_id,
            ["locales/th/hagukumi.ftl: id helo is not in Japanese"]
        );
        let extra_arg = check(&[
            (Language::Ja, "a.ftl", JA),
            (Language::En, "a.ftl", EN),
            (Language::Vi, "hagukumi.ftl", "bye = Tạm biệt { $nmae }\n"),
        ])
        .unwrap_err();
        assert!(
            extra_arg[0].starts_with("locales/vi/hagukumi.ftl: id bye uses [\"nmae\"]"),
            "{extra_arg:?}"
        );
        let incomplete = check(&[
            (Language::Ja, "a.ftl", JA),
            (Language::En, "a.ftl", "hello = Hello\n"),
        ])
        .unwrap_err();
        assert_eq!(
            incomplete,
            [
                "locales/en/a.ftl: id hello lacks [\"name\"], which Japanese uses",
                "locales/en/a.ftl: id bye is missing"
            ]
        );
        let unparsable = check(&[(Language::Es, "hagukumi.ftl", "= no id\n")]).unwrap_err();
        assert!(unparsable[0].starts_with("locales/es/hagukumi.ftl: does not parse"));
    }
}

//! A small CSV reader for the open-data files (RFC 4180: commas, quoted
//! fields with doubled quotes, CRLF or LF line ends, a UTF-8 BOM).
//!
//! It never fails: a quote left open at the end becomes the last field, so
//! the caller can still report the row by number.

/// One record of the file: its 1-based line number (of its first line) and
/// its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    pub line: usize,
    pub fields: Vec<String>,
}

/// Splits `text` into rows. Blank lines are skipped.
pub(crate) fn rows(text: &str) -> Vec<Row> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut line = 1;
    let mut start = 1;
    let mut chars = text.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => {
                quoted = true;
                any = true;
            }
            ',' => {
                fields.push(std::mem::take(&mut field));
                any = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                end_row(&mut out, &mut fields, &mut field, start, any);
                any = false;
                line += 1;
                start = line;
            }
            _ => {
                field.push(c);
                any = true;
            }
        }
    }
    end_row(&mut out, &mut fields, &mut field, start, any);
    out
}

fn end_row(
    out: &mut Vec<Row>,
    fields: &mut Vec<String>,
    field: &mut String,
    line: usize,
    any: bool,
) {
    if !any && fields.is_empty() {
        return;
    }
    fields.push(std::mem::take(field));
    out.push(Row {
        line,
        fields: std::mem::take(fields),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Vec<Vec<String>> {
        rows(text).into_iter().map(|r| r.fields).collect()
    }

    #[test]
    fn quotes_commas_newlines_and_a_bom() {
        let text = "\u{feff}a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\r\n\"two\nlines\",z\n";
        assert_eq!(
            fields(text),
            vec![
                vec!["a".to_owned(), "b".to_owned()],
                vec!["x, y".to_owned(), "say \"hi\"".to_owned()],
                vec!["two\nlines".to_owned(), "z".to_owned()],
            ]
        );
        let lines: Vec<usize> = rows(text).iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![1, 2, 4]);
    }

    #[test]
    fn empty_fields_and_no_final_newline() {
        assert_eq!(fields("a,,\n,b"), vec![vec!["a", "", ""], vec!["", "b"]]);
    }
}

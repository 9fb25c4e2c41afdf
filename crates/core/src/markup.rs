//! Text made safe inside HTML or SVG elements and double-quoted attributes.

/// What becomes of control characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Controls {
    /// Kept as they are (HTML text).
    Keep,
    /// Dropped but tab, line feed and carriage return: XML 1.0 forbids
    /// the others even as references (SVG).
    Drop,
}

/// `text` with `& < > " '` as character references.
pub fn escape(text: &str, controls: Controls) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if controls == Controls::Drop
                && c.is_control()
                && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_and_control_characters() {
        let text = "a<b>&\"c'\u{1}\t";
        assert_eq!(
            escape(text, Controls::Keep),
            "a&lt;b&gt;&amp;&quot;c&#39;\u{1}\t"
        );
        assert_eq!(
            escape(text, Controls::Drop),
            "a&lt;b&gt;&amp;&quot;c&#39;\t"
        );
    }
}

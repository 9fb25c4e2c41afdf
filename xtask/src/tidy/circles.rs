//! Import circles between the modules of a crate: `crate::` and `super::`
//! paths resolved to modules, then Tarjan's strongly connected components.

use std::collections::{BTreeMap, BTreeSet};

use super::code_of;

/// Each crate's `src/` files keyed by module path (`a::b`; the root is "").
pub fn crate_sources(files: &[(String, String)]) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut crates: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (rel, text) in files {
        let Some((krate, in_src)) = rel.split_once("/src/").or_else(|| {
            rel.strip_prefix("src/").map(|r| ("", r)) // a crate at the root
        }) else {
            continue;
        };
        let Some(module) = module_path(in_src) else {
            continue;
        };
        crates
            .entry(krate.to_owned())
            .or_default()
            .insert(module, text.clone());
    }
    crates
}

/// `lib.rs` → "", `a.rs` → "a", `a/b.rs` → "a::b", `a/mod.rs` → "a";
/// `bin/x.rs` and `main.rs` files of binaries → None (their own crates).
pub fn module_path(in_src: &str) -> Option<String> {
    let stem = in_src.strip_suffix(".rs")?;
    if stem.starts_with("bin/") {
        return None;
    }
    if stem == "lib" || stem == "main" {
        return Some(String::new());
    }
    let stem = stem.strip_suffix("/mod").unwrap_or(stem);
    Some(stem.replace('/', "::"))
}

/// The modules that `text` (module `me`) names through `crate::` and
/// `super::` paths, resolved to the longest known module. Test modules
/// (`#[cfg(test)] mod …` to the end of the file) are left out.
pub fn module_uses(me: &str, text: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    module_edges(me, text, modules).into_keys().collect()
}

/// [`module_uses`] with the first line (1-based) naming each module.
pub fn module_edges(me: &str, text: &str, modules: &BTreeSet<String>) -> BTreeMap<String, usize> {
    let mut code = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if line.trim() == "#[cfg(test)]"
            && lines
                .peek()
                .is_some_and(|l| l.trim_start().starts_with("mod ") || l.contains(" mod "))
        {
            break;
        }
        code.push_str(code_of(line));
        code.push('\n');
    }
    let mut out = BTreeMap::new();
    for (path, line) in paths(&code) {
        let mut parts: Vec<&str> = path.split("::").collect();
        let mut base: Vec<&str> = if me.is_empty() {
            Vec::new()
        } else {
            me.split("::").collect()
        };
        match parts.first() {
            Some(&"crate") => {
                base.clear();
                parts.remove(0);
            }
            Some(&"super") => {
                while parts.first() == Some(&"super") {
                    parts.remove(0);
                    base.pop();
                }
            }
            _ => continue,
        }
        base.extend(parts);
        // The longest prefix that is a module.
        while !base.is_empty() {
            let candidate = base.join("::");
            if modules.contains(&candidate) {
                if candidate != me && !me.starts_with(&format!("{candidate}::")) {
                    out.entry(candidate).or_insert(line);
                }
                break;
            }
            base.pop();
        }
    }
    out
}

/// Every path that starts with `crate::` or `super::`, with `use` groups
/// (`use crate::{a, b::c}`) expanded, each with its line (1-based).
fn paths(code: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !code.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let rest = &code[i..];
        let boundary = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        if boundary && (rest.starts_with("crate::") || rest.starts_with("super::")) {
            let (found, used) = expand(rest);
            let line = code[..i].matches('\n').count() + 1;
            out.extend(found.into_iter().map(|p| (p, line)));
            i += used.max(1);
        } else {
            i += 1;
        }
    }
    out
}

/// Expands one path at the start of `s`; returns the paths and bytes used.
fn expand(s: &str) -> (Vec<String>, usize) {
    let mut prefix = String::new();
    let mut i = 0;
    let bytes = s.as_bytes();
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_alphanumeric() || c == b'_' || c == b':' {
            prefix.push(c as char);
            i += 1;
        } else if c == b'{' && prefix.ends_with("::") {
            // A group: split its items at top level.
            let mut depth = 0;
            let mut end = i;
            for (j, ch) in s[i..].char_indices() {
                match ch {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            end = i + j;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let inner = &s[i + 1..end.max(i + 1)];
            let mut items = Vec::new();
            let mut depth = 0;
            let mut cur = String::new();
            for ch in inner.chars() {
                match ch {
                    '{' => {
                        depth += 1;
                        cur.push(ch);
                    }
                    '}' => {
                        depth -= 1;
                        cur.push(ch);
                    }
                    ',' if depth == 0 => items.push(std::mem::take(&mut cur)),
                    _ => cur.push(ch),
                }
            }
            items.push(cur);
            let mut out = Vec::new();
            for item in items {
                let item = item.trim();
                if item.is_empty() || item == "self" {
                    out.push(prefix.trim_end_matches("::").to_owned());
                    continue;
                }
                let (sub, _) = expand(&format!("{prefix}{item}"));
                out.extend(sub);
            }
            return (out, end + 1);
        } else {
            break;
        }
    }
    (vec![prefix.trim_end_matches("::").to_owned()], i)
}

/// The circles (strongly connected groups of two or more modules) among a
/// crate's modules, each sorted, in a stable order.
pub fn module_circles(src: &BTreeMap<String, String>) -> Vec<Vec<String>> {
    let modules: BTreeSet<String> = src.keys().filter(|m| !m.is_empty()).cloned().collect();
    let graph: BTreeMap<String, BTreeSet<String>> = src
        .iter()
        .filter(|(m, _)| !m.is_empty())
        .map(|(m, text)| (m.clone(), module_uses(m, text, &modules)))
        .collect();
    strongly_connected(&graph)
        .into_iter()
        .filter(|c| c.len() > 1)
        .collect()
}

/// The uses inside `circle`, as "a → b (line N of a)", for the report.
pub fn circle_edges(src: &BTreeMap<String, String>, circle: &[String]) -> Vec<String> {
    let members: BTreeSet<String> = circle.iter().cloned().collect();
    let modules: BTreeSet<String> = src.keys().filter(|m| !m.is_empty()).cloned().collect();
    let mut out = Vec::new();
    for from in circle {
        let text = src.get(from).map(String::as_str).unwrap_or_default();
        for (to, line) in module_edges(from, text, &modules) {
            if members.contains(&to) {
                out.push(format!("{from} → {to} (line {line})"));
            }
        }
    }
    out
}

/// Tarjan's algorithm.
fn strongly_connected(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        for w in s.graph.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !s.graph.contains_key(w) {
                continue;
            }
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(lw);
            } else if s.on_stack.contains(w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut group = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                group.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            group.sort();
            s.out.push(group);
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.out.sort();
    s.out
}

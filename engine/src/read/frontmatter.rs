//! Front matter: a YAML-ish `---` block or a TOML `+++` block at the very top
//! of a file. Only flat `key: value` / `key = value` pairs are read; the
//! values it gives override every heuristic.

/// The fields a front-matter block may give.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// The headline.
    pub title: Option<String>,
    /// The publishing outlet.
    pub outlet: Option<String>,
    /// The byline.
    pub author: Option<String>,
    /// The publication date as written.
    pub date: Option<String>,
    /// The original address.
    pub url: Option<String>,
    /// The language code.
    pub language: Option<String>,
}

/// Splits front matter off `text`: returns its fields, the rest of the text,
/// and how many lines the block took (so later line numbers stay true).
pub fn split(text: &str) -> (FrontMatter, &str, u32) {
    let fence = match text.lines().next().map(str::trim_end) {
        Some("---") => "---",
        Some("+++") => "+++",
        _ => return (FrontMatter::default(), text, 0),
    };
    let mut front = FrontMatter::default();
    let mut offset = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        offset += line.len();
        if index == 0 {
            continue;
        }
        let trimmed = line.trim_end();
        if trimmed == fence || (fence == "---" && trimmed == "...") {
            return (front, &text[offset..], index as u32 + 1);
        }
        if let Some((key, value)) = key_value(trimmed) {
            front.set(&key.to_ascii_lowercase(), value);
        }
    }
    (FrontMatter::default(), text, 0)
}

/// Splits `key: value` or `key = value`, unquoting the value.
fn key_value(line: &str) -> Option<(&str, String)> {
    let at = line.find([':', '='])?;
    let key = line[..at].trim();
    if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
        return None;
    }
    let value = unquote(line[at + 1..].trim());
    (!value.is_empty()).then_some((key, value))
}

/// Removes surrounding quotes or a one-item list's brackets from a value.
fn unquote(value: &str) -> String {
    let value = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')).unwrap_or(value).trim();
    let quoted = value.len() >= 2
        && ((value.starts_with('"') && value.ends_with('"')) || (value.starts_with('\'') && value.ends_with('\'')));
    let inner = if quoted { &value[1..value.len() - 1] } else { value };
    inner.replace("\\\"", "\"").trim().to_string()
}

impl FrontMatter {
    /// Stores a value under the field its key names (first one wins).
    fn set(&mut self, key: &str, value: String) {
        let slot = match key {
            "title" | "headline" => &mut self.title,
            "outlet" | "source" | "publisher" | "publication" | "site" | "site_name" => &mut self.outlet,
            "author" | "authors" | "byline" | "by" => &mut self.author,
            "date" | "published" | "published_at" | "pubdate" | "publish_date" => &mut self.date,
            "url" | "link" | "source_url" | "canonical" => &mut self.url,
            "language" | "lang" | "locale" => &mut self.language,
            _ => return,
        };
        if slot.is_none() {
            *slot = Some(value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_block_is_read_and_removed() {
        let text = "---\ntitle: \"A: B\"\noutlet: The Daily\nauthor: Jane Doe\ndate: 2022-03-03\nurl: https://x.org/a?b=c\nlang: en\ntags: [a, b]\n---\nBody\n";
        let (front, rest, lines) = split(text);
        assert_eq!(front.title.as_deref(), Some("A: B"));
        assert_eq!(front.outlet.as_deref(), Some("The Daily"));
        assert_eq!(front.author.as_deref(), Some("Jane Doe"));
        assert_eq!(front.date.as_deref(), Some("2022-03-03"));
        assert_eq!(front.url.as_deref(), Some("https://x.org/a?b=c"));
        assert_eq!(front.language.as_deref(), Some("en"));
        assert_eq!(rest, "Body\n");
        assert_eq!(lines, 9);
    }

    #[test]
    fn toml_block_is_read() {
        let (front, rest, lines) = split("+++\r\ntitle = 'T'\r\nauthors = [\"A B\"]\r\n+++\r\nX");
        assert_eq!(front.title.as_deref(), Some("T"));
        assert_eq!(front.author.as_deref(), Some("A B"));
        assert_eq!((rest, lines), ("X", 4));
    }

    #[test]
    fn unclosed_or_absent_blocks_are_ignored() {
        assert_eq!(split("---\ntitle: T\nno end").1, "---\ntitle: T\nno end");
        assert_eq!(split("Title\n---\n").2, 0);
        assert_eq!(split("").2, 0);
    }
}

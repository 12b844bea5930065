//! The page's addresses: which view a `location.hash` names, and back.
//!
//! Routing lives in the hash (`#/q/<id>`) because the page is opened straight
//! from disk: a `file://` page has no server to answer other paths, while the
//! hash survives reloads, works with back/forward and can be shared.
//! New views add a variant here, a line in [`Route::parse`] and [`Route::href`],
//! and an arm in `app.rs`.

/// A view of the page, as named by the address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/` (or no hash): every statement.
    Statements,
    /// `#/q/<id>`: one statement and every article that carries it.
    Statement(String),
    /// Any other address, kept as written so the page can say what it did not find.
    Unknown(String),
}

impl Route {
    /// Reads a `location.hash` value such as `"#/q/abc"` (the leading `#` is optional).
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.strip_prefix('/').unwrap_or(path);
        let segments: Vec<String> = path.split('/').map(percent_decode).collect();
        match segments.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
            [""] | ["", ""] => Route::Statements,
            ["q", id] if !id.is_empty() => Route::Statement(id.to_string()),
            _ => Route::Unknown(hash.to_string()),
        }
    }

    /// The hash that names this route, ready for an `href`.
    pub fn href(&self) -> String {
        match self {
            Route::Statements => "#/".to_string(),
            Route::Statement(id) => format!("#/q/{}", percent_encode(id)),
            Route::Unknown(hash) => hash.clone(),
        }
    }
}

/// Decodes `%XX` escapes (as browsers write non-ASCII hashes); malformed escapes stay as written.
fn percent_decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| segment.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Escapes everything but unreserved URL characters, so any id makes a valid link.
fn percent_encode(segment: &str) -> String {
    segment
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_root_hashes_name_the_list() {
        for hash in ["", "#", "#/", "/"] {
            assert_eq!(Route::parse(hash), Route::Statements, "{hash:?}");
        }
    }

    #[test]
    fn statement_routes_carry_their_id() {
        assert_eq!(Route::parse("#/q/abc123"), Route::Statement("abc123".into()));
        assert_eq!(Route::parse("#/q/"), Route::Unknown("#/q/".into()));
        assert_eq!(Route::parse("#/q/a/b"), Route::Unknown("#/q/a/b".into()));
    }

    #[test]
    fn unknown_addresses_are_kept_as_written() {
        assert_eq!(Route::parse("#/nope"), Route::Unknown("#/nope".into()));
    }

    #[test]
    fn href_and_parse_round_trip_any_id() {
        for id in ["abc", "Zelenskyy Ü", "a/b?c#d", "%41"] {
            let route = Route::Statement(id.to_string());
            assert_eq!(Route::parse(&route.href()), route, "{id:?}");
        }
        assert_eq!(Route::parse(&Route::Statements.href()), Route::Statements);
    }

    #[test]
    fn malformed_escapes_stay_as_written() {
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%C3%9C"), "Ü");
    }
}

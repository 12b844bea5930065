//! The single-file page: `index.html` with the style sheet, the JavaScript
//! glue and the wasm (gzip + base64) written into it.
//!
//! Why one file: opened from disk (`file://`), Chromium refuses module imports
//! of sibling files and `fetch()`, so nothing may be loaded from beside the
//! page. The wasm is gzipped to keep the page small and unpacked in the
//! browser with `DecompressionStream`, then handed to the glue's async init.

use anyhow::{bail, ensure, Context, Result};
use base64::Engine;
use std::io::Write;

/// Where `index.html` wants the style sheet.
const STYLE_MARKER: &str = "<!-- quote-explorer:style -->";
/// Where `index.html` wants the script.
const SCRIPT_MARKER: &str = "<!-- quote-explorer:script -->";
/// The name of the glue's async init function (its default export).
const GLUE_INIT: &str = "__wbg_init";

/// The parts of the page, as read from the source tree and the wasm build.
pub struct Parts<'a> {
    /// `index.html`, with the two markers.
    pub template: &'a str,
    /// Every style sheet, concatenated.
    pub css: &'a str,
    /// The `--target web` glue (an ES module).
    pub glue_js: &'a str,
    /// The wasm bytes.
    pub wasm: &'a [u8],
}

/// The assembled page and the size of its embedded wasm.
pub struct Page {
    /// The whole HTML document.
    pub html: String,
    /// Size of the gzipped wasm, before base64.
    pub wasm_gzip_bytes: usize,
}

/// Writes the style sheet and a module script (glue, embedded wasm, start-up) into the template.
pub fn assemble(parts: &Parts) -> Result<Page> {
    let (head, middle, tail) = split_template(parts.template)?;
    ensure!(parts.glue_js.contains(GLUE_INIT), "the wasm-bindgen glue has no {GLUE_INIT}: its layout changed");
    refuse_closing_tag(parts.css, "</style", "the style sheet")?;
    refuse_closing_tag(parts.glue_js, "</script", "the wasm-bindgen glue")?;

    let gzipped = gzip(parts.wasm)?;
    let base64 = base64::engine::general_purpose::STANDARD.encode(&gzipped);
    let style = format!("<style>\n{}\n</style>", parts.css.trim_end());
    let script = format!("<script type=\"module\">\n{}\n{}</script>", parts.glue_js.trim_end(), start_up_script(&base64));
    Ok(Page { html: format!("{head}{style}{middle}{script}{tail}"), wasm_gzip_bytes: gzipped.len() })
}

/// Splits the template around its two markers: before the style, between, after the script.
fn split_template(template: &str) -> Result<(&str, &str, &str)> {
    for marker in [STYLE_MARKER, SCRIPT_MARKER] {
        ensure!(template.matches(marker).count() == 1, "index.html must contain {marker} exactly once");
    }
    let (head, rest) = template.split_once(STYLE_MARKER).unwrap_or_default();
    match rest.split_once(SCRIPT_MARKER) {
        Some((middle, tail)) => Ok((head, middle, tail)),
        None => bail!("index.html must have {STYLE_MARKER} before {SCRIPT_MARKER}"),
    }
}

/// The code after the glue: unpack the wasm, start it, and say so on the page if that fails.
fn start_up_script(wasm_base64: &str) -> String {
    format!(
        r#"
const WASM_GZIP_BASE64 = "{wasm_base64}";

async function unpackWasm(base64) {{
  const gzipped = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const stream = new Blob([gzipped]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).arrayBuffer();
}}

unpackWasm(WASM_GZIP_BASE64)
  .then((bytes) => {GLUE_INIT}({{ module_or_path: bytes }}))
  .catch((error) => {{
    const boot = document.getElementById("boot");
    if (boot) boot.textContent = "Quote Explorer could not start: " + error;
    console.error(error);
  }});
"#
    )
}

/// Fails if `text` contains `closing` (case-insensitively): it would end its element early.
fn refuse_closing_tag(text: &str, closing: &str, what: &str) -> Result<()> {
    if text.to_ascii_lowercase().contains(closing) {
        bail!("{what} contains {closing:?}, which would end its inline element");
    }
    Ok(())
}

/// Gzips `bytes` at the best compression.
fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).context("gzipping the wasm")?;
    encoder.finish().context("gzipping the wasm")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    const TEMPLATE: &str = "<head><!-- quote-explorer:style --></head><body><!-- quote-explorer:script --></body>";

    fn parts<'a>(template: &'a str, css: &'a str, glue_js: &'a str) -> Parts<'a> {
        Parts { template, css, glue_js, wasm: b"\0asm-bytes" }
    }

    #[test]
    fn page_inlines_style_glue_and_gzipped_wasm() {
        let page = assemble(&parts(TEMPLATE, "body{}", "export default function __wbg_init(){}")).unwrap();
        assert!(page.html.contains("<style>\nbody{}\n</style>"));
        assert!(page.html.contains("<script type=\"module\">\nexport default function __wbg_init"));
        assert!(!page.html.contains("quote-explorer:"));
        assert!(!page.html.contains("<script src"));

        let base64 = page.html.split("WASM_GZIP_BASE64 = \"").nth(1).unwrap().split('"').next().unwrap();
        let gzipped = base64::engine::general_purpose::STANDARD.decode(base64).unwrap();
        assert_eq!(gzipped.len(), page.wasm_gzip_bytes);
        let mut wasm = Vec::new();
        flate2::read::GzDecoder::new(&gzipped[..]).read_to_end(&mut wasm).unwrap();
        assert_eq!(wasm, b"\0asm-bytes");
    }

    #[test]
    fn markers_inside_the_glue_are_left_alone() {
        let glue = "function __wbg_init(){} // <!-- quote-explorer:style -->";
        let page = assemble(&parts(TEMPLATE, "p{}", glue)).unwrap();
        assert!(page.html.contains(glue));
        assert_eq!(page.html.matches("<style>").count(), 1);
    }

    #[test]
    fn closing_tags_inside_inlined_code_are_refused() {
        assert!(assemble(&parts(TEMPLATE, "p{}", "__wbg_init('</script>')")).is_err());
        assert!(assemble(&parts(TEMPLATE, "/* </STYLE> */", "__wbg_init")).is_err());
    }

    #[test]
    fn a_template_without_markers_is_refused() {
        assert!(assemble(&parts("<html></html>", "p{}", "__wbg_init")).is_err());
    }
}

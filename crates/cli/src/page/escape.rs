//! Scenario text is untrusted input: a title or description may hold markup. Everything the
//! page takes from the scenario goes through one of these two, chosen by where it lands.

/// Text for HTML content or a quoted attribute value: the five characters that could end
/// the text, open a tag or an entity, or close the quotes are written as references.
#[must_use]
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON to put inside a `<script type="application/json">` element. The HTML parser ends a
/// script at the first `</script` whatever the JSON means, so `<`, `>` and `&` are written as
/// JSON's `\u` escapes (they only ever occur inside strings, where the escape means the same
/// character); U+2028 and U+2029 likewise, since older JavaScript took them as line ends.
#[must_use]
pub fn json_in_script(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_stays_text() {
        let hostile = r#"</title><script>alert("x")</script> & 'q'"#;
        let escaped = html(hostile);
        assert!(!escaped.contains('<') && !escaped.contains('>'));
        assert!(!escaped.contains('"') && !escaped.contains('\''));
        assert_eq!(
            escaped,
            "&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"
        );
    }

    #[test]
    fn json_cannot_close_its_script_and_still_reads_back_the_same() {
        let title = "</script><script>alert(1)</script>\u{2028}&amp;";
        let json = serde_json::to_string(&[title]).expect("serialises");
        let safe = json_in_script(&json);
        assert!(!safe.to_ascii_lowercase().contains("</script"));
        assert!(!safe.contains('<') && !safe.contains('&'));
        let back: Vec<String> = serde_json::from_str(&safe).expect("still JSON");
        assert_eq!(back, [title]);
    }
}

//! A scenario carried in a link: the file's own bytes, compressed with raw DEFLATE and written
//! in URL-safe base64 after `#gz1=`. The part after `#` (the fragment) stays in the browser:
//! no server, not even the one hosting the app, receives it.
//!
//! The file's bytes travel unchanged (comments and all), so a link opens to the same text, the
//! same SHA-256 and therefore the same numbers as the file it was made from.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use super::MAX_FILE_BYTES;

/// What a link's fragment starts with: the key names the link format, 1.
pub const FRAGMENT_KEY: &str = "gz1=";

/// The longest fragment "Copy link" makes. Browsers take far longer addresses, but mail
/// programs, chat apps and slide software cut or refuse links of more than a few thousand
/// characters; every bundled scenario fits (the longest needs about 6,300).
pub const MAX_FRAGMENT_CHARS: usize = 8192;

/// A file name may ride along after the scenario (`&name=full_phase_two.ron`), so that the
/// scenario opened from a link, and its exports, carry the name of the file it came from. Only
/// plain names (letters, digits, `.`, `_`, `-`) are written or read: nothing to escape.
pub const NAME_KEY: &str = "&name=";

/// DEFLATE's strongest setting: links are made once and opened many times.
const COMPRESSION_LEVEL: u8 = 9;

/// Why a link did not give back a scenario file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("the link carries no scenario (its part after # does not start with {FRAGMENT_KEY})")]
    NoScenario,
    #[error(
        "the link is damaged (not URL-safe base64 at character {at}); copy the whole link again"
    )]
    Encoding { at: usize },
    #[error(
        "the link is damaged (its compressed scenario is cut short or corrupt); copy the whole link again"
    )]
    Compression,
    #[error(
        "the link's scenario would be over {MAX_FILE_BYTES} bytes, the limit for a scenario file"
    )]
    TooLarge,
    #[error("the link's scenario is not UTF-8 text")]
    NotText,
    #[error(
        "the link would be {chars} characters, over the {MAX_FRAGMENT_CHARS} that links are kept to; share the file instead"
    )]
    TooLong { chars: usize },
}

/// The fragment (without `#`) carrying `text`, a scenario file's contents.
///
/// # Errors
/// [`LinkError::TooLong`] when the compressed file does not fit in [`MAX_FRAGMENT_CHARS`].
pub fn fragment_of(text: &str) -> Result<String, LinkError> {
    let compressed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), COMPRESSION_LEVEL);
    let fragment = format!("{FRAGMENT_KEY}{}", URL_SAFE_NO_PAD.encode(compressed));
    if fragment.len() > MAX_FRAGMENT_CHARS {
        return Err(LinkError::TooLong {
            chars: fragment.len(),
        });
    }
    Ok(fragment)
}

/// The scenario file's text a fragment carries (with or without its leading `#`).
///
/// A hostile link cannot make this allocate more than [`MAX_FILE_BYTES`]: decompression stops
/// at the limit, as reading a file does.
///
/// # Errors
/// A [`LinkError`] naming what is wrong with the link.
pub fn text_of(fragment: &str) -> Result<String, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let payload = fragment
        .strip_prefix(FRAGMENT_KEY)
        .ok_or(LinkError::NoScenario)?;
    // Links pasted from mail or chat sometimes gain a trailing newline or space.
    let payload = payload.trim_end();
    if let Some(at) = payload
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
    {
        return Err(LinkError::Encoding {
            at: at + FRAGMENT_KEY.len() + 1,
        });
    }
    // Every character is valid by now, so only a length no encoder makes is left: a link
    // cut short.
    let compressed = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| LinkError::Compression)?;
    let limit = usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX);
    let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&compressed, limit).map_err(
        |e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => LinkError::TooLarge,
            _ => LinkError::Compression,
        },
    )?;
    String::from_utf8(bytes).map_err(|_| LinkError::NotText)
}

/// The fragment for a scenario file's `text`, with its `file_name` when that is a plain name.
///
/// # Errors
/// [`LinkError::TooLong`] as [`fragment_of`].
pub fn fragment_of_file(text: &str, file_name: Option<&str>) -> Result<String, LinkError> {
    let mut fragment = fragment_of(text)?;
    if let Some(name) = file_name.filter(|n| is_plain_name(n)) {
        fragment.push_str(NAME_KEY);
        fragment.push_str(name);
    }
    Ok(fragment)
}

/// The scenario file's text and name (when the link gives a plain one) a fragment carries.
///
/// # Errors
/// As [`text_of`].
pub fn file_of(fragment: &str) -> Result<(String, Option<String>), LinkError> {
    let (payload, name) = match fragment.trim_end().split_once(NAME_KEY) {
        Some((payload, name)) => (payload, Some(name).filter(|n| is_plain_name(n))),
        None => (fragment, None),
    };
    Ok((text_of(payload)?, name.map(str::to_owned)))
}

fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 120
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::BUNDLED;

    #[test]
    fn every_bundled_scenario_round_trips_byte_for_byte_and_fits() {
        for bundled in BUNDLED {
            let fragment = fragment_of(bundled.text).expect("fits in a link");
            assert!(fragment.starts_with(FRAGMENT_KEY));
            assert_eq!(text_of(&fragment).expect("decodes"), bundled.text);
            assert_eq!(
                text_of(&format!("#{fragment}\n")).expect("decodes"),
                bundled.text
            );
        }
    }

    #[test]
    fn a_plain_file_name_rides_along_and_anything_else_is_dropped() {
        let text = BUNDLED[0].text;
        let with_name = fragment_of_file(text, Some("full_phase_two.ron")).expect("fits");
        assert!(with_name.ends_with("&name=full_phase_two.ron"));
        assert_eq!(
            file_of(&with_name).expect("decodes"),
            (text.to_owned(), Some("full_phase_two.ron".to_owned()))
        );
        for odd in ["../etc/passwd", "a b.ron", "<script>.ron", ""] {
            let fragment = fragment_of_file(text, Some(odd)).expect("fits");
            assert!(!fragment.contains(NAME_KEY), "{odd}");
            let forged = format!("{}{NAME_KEY}{odd}", fragment_of(text).expect("fits"));
            assert_eq!(file_of(&forged).expect("decodes").1, None, "{odd}");
        }
    }

    #[test]
    fn damaged_links_say_what_is_wrong() {
        let fragment = fragment_of(BUNDLED[0].text).expect("fits");
        assert_eq!(text_of("#other=1"), Err(LinkError::NoScenario));
        assert_eq!(
            text_of(&format!("{FRAGMENT_KEY}ab$cd")),
            Err(LinkError::Encoding { at: 7 })
        );
        for cut_at in [fragment.len() / 2, fragment.len() / 2 + 1] {
            assert_eq!(text_of(&fragment[..cut_at]), Err(LinkError::Compression));
        }
        let not_text = fragment_of_bytes(&[0xff, 0xfe, 0x00]);
        assert_eq!(text_of(&not_text), Err(LinkError::NotText));
    }

    #[test]
    fn a_link_that_inflates_past_the_file_limit_is_refused_without_inflating_it() {
        // 2 MiB of spaces compress to a few kilobytes: a "zip bomb" in miniature.
        let bomb = fragment_of_bytes(&vec![b' '; 2 << 20]);
        assert!(bomb.len() < MAX_FRAGMENT_CHARS);
        assert_eq!(text_of(&bomb), Err(LinkError::TooLarge));
    }

    #[test]
    fn a_scenario_too_large_for_a_link_is_refused_with_its_length() {
        // Text that does not compress: every byte different from its neighbours.
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        let noise: String = (0..40_000)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                char::from(b'!' + (state % 90) as u8)
            })
            .collect();
        assert!(
            matches!(fragment_of(&noise), Err(LinkError::TooLong { chars }) if chars > MAX_FRAGMENT_CHARS)
        );
    }

    fn fragment_of_bytes(bytes: &[u8]) -> String {
        let compressed = miniz_oxide::deflate::compress_to_vec(bytes, COMPRESSION_LEVEL);
        format!("{FRAGMENT_KEY}{}", URL_SAFE_NO_PAD.encode(compressed))
    }
}

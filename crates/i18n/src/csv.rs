//! The prose of a CSV's provenance header for a reader of Arabic or Hebrew. The lines that
//! programs read (keys, version, hash, seed, runs, column names) stay English in every
//! language, so that a table means the same everywhere and shards still merge; these notes
//! say in the reader's language what those lines say.

use gz_core::model::ModelVersion;

use crate::{Language, names, tr};

/// `# note:` lines for a table made in this thread's language; none in English, whose
/// header already says it all.
#[must_use]
pub fn notes(model: ModelVersion) -> Vec<String> {
    if crate::language() == Language::English {
        return Vec::new();
    }
    vec![
        tr!("csv-note-what", model = names::model_described(model)),
        tr!("csv-note-columns"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::set_language;

    #[test]
    fn only_other_languages_add_notes_and_they_say_it_is_not_a_forecast() {
        set_language(Language::English);
        assert!(notes(ModelVersion::LATEST).is_empty());
        for language in [Language::Arabic, Language::Hebrew] {
            set_language(language);
            let notes = notes(ModelVersion::LATEST);
            assert_eq!(notes.len(), 2);
            assert!(notes[0].contains(&tr!("not-a-forecast")), "{notes:?}");
            assert!(!notes.concat().contains("model"), "{notes:?}");
        }
        set_language(Language::English);
    }
}

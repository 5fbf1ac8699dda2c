//! Fills the page's template: each `{{name}}` in it is replaced by the value given for that
//! name. Values go in as they are (the caller has escaped them for where they land) and are
//! never searched for names themselves, so a scenario title that reads `{{data}}` stays text.

/// A mismatch between the template and what the program fills in: a bug, caught by the tests.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TemplateError {
    #[error("the page template has {{{{{0}}}}}, which nothing fills")]
    Unknown(String),
    #[error("the page template has no {{{{{0}}}}} for its value")]
    Unused(String),
    #[error("the page template opens a {{{{ it never closes")]
    Unclosed,
}

/// `template` with every `{{name}}` replaced by its value in `values`; every value must be used.
pub fn fill(template: &str, values: &[(&str, &str)]) -> Result<String, TemplateError> {
    let extra: usize = values.iter().map(|(_, v)| v.len()).sum();
    let mut out = String::with_capacity(template.len() + extra);
    let mut used = vec![false; values.len()];
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let close = after.find("}}").ok_or(TemplateError::Unclosed)?;
        let name = &after[..close];
        let k = values
            .iter()
            .position(|(n, _)| *n == name)
            .ok_or_else(|| TemplateError::Unknown(name.to_owned()))?;
        out.push_str(values[k].1);
        used[k] = true;
        rest = &after[close + 2..];
    }
    out.push_str(rest);
    match used.iter().position(|u| !u) {
        Some(k) => Err(TemplateError::Unused(values[k].0.to_owned())),
        None => Ok(out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_replaced_once_and_values_are_not_searched() {
        let filled = fill(
            "<h1>{{title}}</h1>{{data}}",
            &[("title", "{{data}}"), ("data", "1")],
        );
        assert_eq!(filled, Ok("<h1>{{data}}</h1>1".to_owned()));
    }

    #[test]
    fn a_missing_or_unused_value_is_an_error() {
        assert_eq!(
            fill("{{a}}", &[]),
            Err(TemplateError::Unknown("a".to_owned()))
        );
        assert_eq!(
            fill("x", &[("a", "1")]),
            Err(TemplateError::Unused("a".to_owned()))
        );
        assert_eq!(fill("{{a", &[]), Err(TemplateError::Unclosed));
    }
}

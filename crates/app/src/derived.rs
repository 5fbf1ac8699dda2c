//! Results derived from the document, each stamped with the document generation it was
//! computed from. Whether a result may be shown is decided here and nowhere else.

/// A value computed from the document as it was at `generation`.
#[derive(Clone, Debug)]
pub struct Derived<T> {
    generation: u64,
    value: T,
}

impl<T> Derived<T> {
    #[must_use]
    pub fn new(generation: u64, value: T) -> Self {
        Self { generation, value }
    }

    /// The one staleness rule: a result belongs to the document at the generation it was
    /// computed from, and to no other.
    #[must_use]
    pub fn fresh(&self, generation: u64) -> Option<&T> {
        (self.generation == generation).then_some(&self.value)
    }

    /// The value whatever its generation: for work kept to be drawn faintly or replaced.
    #[must_use]
    pub fn value(&self) -> &T {
        &self.value
    }

    pub fn value_mut(&mut self) -> &mut T {
        &mut self.value
    }

    #[must_use]
    pub fn generation(&self) -> u64 {
        self.generation
    }
}

/// The fresh value of an optional result.
#[must_use]
pub fn fresh<T>(derived: Option<&Derived<T>>, generation: u64) -> Option<&T> {
    derived.and_then(|d| d.fresh(generation))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_result_is_shown_only_for_its_own_generation() {
        let d = Derived::new(3, "run");
        assert_eq!(d.fresh(3), Some(&"run"));
        assert_eq!(d.fresh(4), None);
        assert_eq!(fresh(Some(&d), 2), None);
        assert_eq!(fresh::<&str>(None, 3), None);
    }
}

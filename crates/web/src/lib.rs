//! The browser build's entry point.

//! Getting records out (CSV, JSON, encrypted bundle) and back in (import and merge). Pure.

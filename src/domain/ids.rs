//! Record identifiers: random, URL-safe, unique across devices so merging never collides.

/// Makes a record id from 16 random bytes (the caller supplies randomness, keeping this pure).
pub fn record_id(prefix: &str, random: [u8; 16]) -> String {
    use base64::Engine as _;
    format!("{prefix}_{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random))
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_are_prefixed_and_url_safe() {
        let id = super::record_id("pupil", [255; 16]);
        assert!(id.starts_with("pupil_"));
        assert!(id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'));
        assert_ne!(id, super::record_id("pupil", [0; 16]));
    }
}

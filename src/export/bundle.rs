//! The encrypted bundle: an AES-256 ZIP (WinZip AE-2, opens in 7-Zip) holding the full JSON,
//! both CSVs and one HTML page of signature SVGs per class. Few files on purpose: AE-2
//! derives a key per file, and one page per class is what a person opening it wants.

use crate::domain::ink_svg::{to_svg, escape};
use crate::export::csv_out::{events_csv, pupils_csv};
use crate::export::passphrase::check_passphrase;
use crate::export::record_set::RecordSet;
use crate::export::zip_aes::{write_encrypted, ZipEntry};
use rand_chacha::rand_core::{RngCore, SeedableRng};
use std::collections::HashMap;

/// Name of the JSON record set inside a bundle (the importer reads this file).
pub const RECORDS_FILE: &str = "records.json";
/// Name of the per-pupil CSV inside a bundle.
pub const PUPILS_FILE: &str = "pupils.csv";
/// Name of the events CSV inside a bundle.
pub const EVENTS_FILE: &str = "events.csv";

/// Why a bundle was not made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// The passphrase failed the strength check.
    WeakPassphrase,
}

/// Lower-case ASCII slug for file names ("Year 5 Kestrels" -> "year-5-kestrels").
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').chars().take(40).collect::<String>();
    if out.is_empty() { "x".into() } else { out }
}

/// The offered file name: school-year-device-date.ext, e.g.
/// `oak-primary-2026-27-tablet-3-2026-11-28.zip`.
pub fn file_name(set: &RecordSet, ext: &str) -> String {
    format!(
        "{}-{}-{}-{}.{ext}",
        slug(&set.school.name),
        set.school.academic_year.label(),
        slug(if set.device_name.is_empty() { "device" } else { &set.device_name }),
        set.exported_at.format("%Y-%m-%d")
    )
}

/// One printable HTML page per class with each pupil's signature and parent co-signature.
pub fn signature_pages(set: &RecordSet) -> Vec<ZipEntry> {
    let r = &set.records;
    let mut sigs: HashMap<&str, Vec<&crate::domain::records::Signature>> = HashMap::new();
    for s in &r.signatures {
        sigs.entry(s.pupil_id.as_str()).or_default().push(s);
    }
    let mut cosigs: HashMap<&str, Vec<&crate::domain::records::CoSignature>> = HashMap::new();
    for s in &r.cosignatures {
        cosigs.entry(s.pupil_id.as_str()).or_default().push(s);
    }
    let mut used = std::collections::BTreeSet::new();
    let mut pages = vec![];
    for class in &r.classes {
        let mut pupils: Vec<_> = r.pupils.iter().filter(|p| p.class_id == class.id).collect();
        // A page only for classes with something signed: every file of the bundle costs a
        // key derivation, and a tablet holds the whole class list but signatures for few.
        if !pupils.iter().any(|p| sigs.contains_key(p.id.as_str()) || cosigs.contains_key(p.id.as_str())) {
            continue;
        }
        pupils.sort_by(|a, b| a.display_name.cmp(&b.display_name));
        let mut html = format!(
            "<!doctype html><html lang=\"en-GB\"><meta charset=\"utf-8\"><title>{0}</title>\
<style>section{{break-after:page;margin-block-end:2em}}svg{{inline-size:20em;block-size:8em;border:1px solid #888}}</style>\
<h1>{0}</h1>",
            escape(&class.name)
        );
        for p in pupils {
            html.push_str(&format!("<section><h2>{}</h2>", escape(&p.display_name)));
            for s in sigs.get(p.id.as_str()).into_iter().flatten() {
                html.push_str(&format!(
                    "<figure>{}<figcaption>{} {} &middot; {} &middot; {}</figcaption></figure>",
                    to_svg(&s.ink, &p.display_name),
                    escape(&s.aup_id),
                    s.academic_year.label(),
                    s.signed_at.format("%Y-%m-%d"),
                    escape(&s.aup_hash.chars().take(12).collect::<String>()),
                ));
            }
            for s in cosigs.get(p.id.as_str()).into_iter().flatten() {
                html.push_str(&format!(
                    "<figure>{}<figcaption>{} ({}) &middot; {} &middot; {}</figcaption></figure>",
                    to_svg(&s.ink, &s.parent_name),
                    escape(&s.parent_name),
                    escape(&s.relationship),
                    s.signed_at.format("%Y-%m-%d"),
                    escape(&s.aup_hash.chars().take(12).collect::<String>()),
                ));
            }
            html.push_str("</section>");
        }
        html.push_str("</html>");
        let mut name = format!("signatures/{}.html", slug(&class.name));
        if !used.insert(name.clone()) {
            name = format!("signatures/{}-{}.html", slug(&class.name), slug(&class.id));
            used.insert(name.clone());
        }
        pages.push(ZipEntry { name, data: html.into_bytes() });
    }
    pages
}

/// Every file of the bundle, before encryption.
pub fn bundle_entries(set: &RecordSet) -> Vec<ZipEntry> {
    let mut entries = vec![
        ZipEntry { name: RECORDS_FILE.into(), data: set.to_json().into_bytes() },
        ZipEntry { name: PUPILS_FILE.into(), data: pupils_csv(set) },
        ZipEntry { name: EVENTS_FILE.into(), data: events_csv(set) },
    ];
    entries.extend(signature_pages(set));
    entries
}

/// Builds the encrypted bundle. `seed` must be 32 fresh random bytes (the UI passes
/// `crate::platform::random_bytes`); every file's salt is drawn from it. Weak passphrases
/// are refused here too, so no caller can skip the check.
pub fn build_bundle(set: &RecordSet, passphrase: &str, seed: [u8; 32]) -> Result<Vec<u8>, BundleError> {
    if !check_passphrase(passphrase).acceptable() {
        return Err(BundleError::WeakPassphrase);
    }
    let mut rng = rand_chacha::ChaCha20Rng::from_seed(seed);
    let salts = move || {
        let mut s = [0u8; 16];
        rng.fill_bytes(&mut s);
        s
    };
    Ok(write_encrypted(&bundle_entries(set), passphrase, salts, set.exported_at))
}

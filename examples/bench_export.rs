//! Export / import benchmark (not a test: figures vary by machine).
//!
//! Run: `cargo run --release --example bench_export`
//!
//! Generates a school of 1,200 pupils x 36 lessons x 3 quiz attempts and times the per-pupil
//! CSV, the events CSV, the JSON, the encrypted bundle, opening a bundle, and merging 40 tablet
//! bundles (each tablet holding a different slice of the pupils' work on the same school).

use bytesmart::export::bundle::build_bundle;
use bytesmart::export::csv_out::{events_csv, pupils_csv};
use bytesmart::export::import::open_file;
use bytesmart::export::merge::merge_all;
use bytesmart::export::record_set::{RecordSet, Records};
use bytesmart::export::sample::{sample_school, tablet_share, SAMPLE_SCHOOL_REF};
use std::time::Instant;

const PASS: &str = "purple tractor sings loudly";

fn time<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    println!("{label:<44} {:>8.1} ms", start.elapsed().as_secs_f64() * 1000.0);
    out
}

fn main() {
    let set = time("generate 1200 pupils x 36 lessons x 3 attempts", || sample_school(1200, 36, 3, "main", 42));
    println!(
        "records: {} pupils, {} progress, {} attempts, {} signatures, {} co-signatures",
        set.records.pupils.len(),
        set.records.progress.len(),
        set.records.quiz_attempts.len(),
        set.records.signatures.len(),
        set.records.cosignatures.len()
    );
    let csv = time("pupils CSV", || pupils_csv(&set));
    let events = time("events CSV", || events_csv(&set));
    let json = time("JSON", || set.to_json());
    let bundle = time("encrypted bundle (JSON + CSVs + SVG pages)", || build_bundle(&set, PASS, [1; 32]).unwrap());
    println!(
        "sizes: pupils.csv {} KB, events.csv {} KB, records.json {} KB, bundle {} KB",
        csv.len() / 1024,
        events.len() / 1024,
        json.len() / 1024,
        bundle.len() / 1024
    );
    time("open (decrypt + parse) one bundle", || open_file(&bundle, Some(PASS), SAMPLE_SCHOOL_REF).unwrap());

    // 40 tablets: each has the whole class list but progress for its own 30 pupils, with
    // device-specific attempt and signature ids (the real shape of a school's tablets).
    let tablets: Vec<Vec<u8>> = time("prepare 40 tablet bundles", || {
        (0..40)
            .map(|n| {
                build_bundle(&tablet_share(&set, n), PASS, [n as u8; 32]).unwrap()
            })
            .collect()
    });
    let opened: Vec<RecordSet> = time("open 40 bundles", || {
        tablets.iter().map(|b| open_file(b, Some(PASS), SAMPLE_SCHOOL_REF).unwrap()).collect()
    });
    let merged = time("merge 40 record sets", || {
        let refs: Vec<&Records> = opened.iter().map(|s| &s.records).collect();
        merge_all(&refs)
    });
    assert_eq!(merged.pupils.len(), 1200);
    assert_eq!(merged.progress.len(), set.records.progress.len());
    let start = Instant::now();
    let again: Vec<RecordSet> = tablets.iter().map(|b| open_file(b, Some(PASS), SAMPLE_SCHOOL_REF).unwrap()).collect();
    let refs: Vec<&Records> = again.iter().map(|s| &s.records).collect();
    let _ = merge_all(&refs);
    println!("{:<44} {:>8.1} ms", "import + merge 40 bundles (total)", start.elapsed().as_secs_f64() * 1000.0);
}

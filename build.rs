//! Build step: validates `lessons/` (a broken file fails the build naming file, item and
//! field) and compiles content and Fluent sources into `OUT_DIR` for the app to embed.
//! The model and validation code is the app's own, included by path.

use std::fs;
use std::path::Path;

#[path = "src/domain/band.rs"]
pub mod band;
#[path = "src/domain/smart.rs"]
pub mod smart;
#[path = "src/domain/strand.rs"]
pub mod strand;
#[path = "src/content/model/mod.rs"]
pub mod model;
#[path = "src/content/translate.rs"]
pub mod translate;
#[path = "src/content/build_support.rs"]
mod build_support;

mod domain {
    pub use super::{band, smart, strand};
}
mod content {
    pub use super::{model, translate};
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=lessons");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/content/model");
    println!("cargo:rerun-if-changed=src/content/build_support.rs");

    match build_support::compile(&root.join("lessons")) {
        Ok(lib) => {
            let json = serde_json::to_string(&lib).expect("library serialises");
            fs::write(Path::new(&out).join("library.json"), json).expect("write library.json");
        }
        Err(errs) => {
            let list: Vec<String> = errs.iter().map(|e| format!("  - {e}")).collect();
            panic!("\n\nByteSmart content has {} problem(s):\n{}\n\n", errs.len(), list.join("\n"));
        }
    }

    // Every locales/<code>/*.ftl file, in a stable order.
    let mut entries = vec![];
    let mut dirs: Vec<_> = fs::read_dir(root.join("locales")).expect("locales/ exists").flatten().collect();
    dirs.sort_by_key(|d| d.file_name());
    for dir in dirs {
        let code = dir.file_name().to_string_lossy().to_string();
        let mut files: Vec<_> = fs::read_dir(dir.path()).into_iter().flatten().flatten().collect();
        files.sort_by_key(|f| f.file_name());
        for f in files {
            let p = f.path();
            if p.extension().is_some_and(|e| e == "ftl") {
                let name = f.file_name().to_string_lossy().to_string();
                entries.push(format!("    ({code:?}, {name:?}, include_str!({:?})),", p.display().to_string()));
            }
        }
    }
    let src = format!(
        "/// Every Fluent file: (locale, file name, source).\npub static FTL_SOURCES: &[(&str, &str, &str)] = &[\n{}\n];\n",
        entries.join("\n")
    );
    fs::write(Path::new(&out).join("ftl_sources.rs"), src).expect("write ftl_sources.rs");
}

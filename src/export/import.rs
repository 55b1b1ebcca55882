//! Reading a file a coordinator drops in: a JSON record set or an encrypted bundle. A file is
//! accepted whole or refused whole with one clear reason; nothing here can panic on any input
//! (fuzzed in the tests).

use crate::export::bundle::RECORDS_FILE;
use crate::export::record_set::{RecordSet, FORMAT, SCHEMA_VERSION};
use crate::export::zip_aes::{looks_like_zip, read_encrypted_file, ZipError};

/// Why a file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not a ByteSmart export, or damaged.
    Corrupt,
    /// The file ends early (an interrupted copy or download).
    Truncated,
    /// The passphrase does not open the bundle.
    WrongPassphrase,
    /// The bundle was altered after it was made.
    Tampered,
    /// A bundle was given but no passphrase was entered.
    PassphraseNeeded,
    /// The records belong to another school (school reference differs).
    OtherSchool {
        /// School named in the file.
        name: String,
    },
    /// Made by a newer ByteSmart whose format this version cannot read.
    FutureVersion {
        /// Version in the file.
        found: u32,
    },
}

impl Refusal {
    /// Fluent key of the reason shown to the coordinator.
    pub fn message_key(&self) -> &'static str {
        match self {
            Refusal::Corrupt => "import-refused-corrupt",
            Refusal::Truncated => "import-refused-truncated",
            Refusal::WrongPassphrase => "import-refused-passphrase",
            Refusal::Tampered => "import-refused-tampered",
            Refusal::PassphraseNeeded => "import-refused-passphrase-needed",
            Refusal::OtherSchool { .. } => "import-refused-other-school",
            Refusal::FutureVersion { .. } => "import-refused-future",
        }
    }
}

impl From<ZipError> for Refusal {
    fn from(e: ZipError) -> Refusal {
        match e {
            ZipError::Corrupt | ZipError::Unsupported => Refusal::Corrupt,
            ZipError::Truncated => Refusal::Truncated,
            ZipError::WrongPassphrase => Refusal::WrongPassphrase,
            ZipError::Tampered => Refusal::Tampered,
        }
    }
}

fn parse_json(bytes: &[u8], school_ref: &str) -> Result<RecordSet, Refusal> {
    let bytes = bytes.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(bytes);
    // Check format and version before the full parse, so a newer file is refused as
    // "future version" rather than as damaged.
    #[derive(serde::Deserialize)]
    struct Head {
        format: String,
        schema_version: u32,
    }
    let classify = |e: serde_json::Error| if e.is_eof() { Refusal::Truncated } else { Refusal::Corrupt };
    let head: Head = serde_json::from_slice(bytes).map_err(classify)?;
    if head.format != FORMAT {
        return Err(Refusal::Corrupt);
    }
    if head.schema_version > SCHEMA_VERSION {
        return Err(Refusal::FutureVersion { found: head.schema_version });
    }
    let set: RecordSet = serde_json::from_slice(bytes).map_err(classify)?;
    if set.school.school_ref != school_ref {
        return Err(Refusal::OtherSchool { name: set.school.name });
    }
    Ok(set)
}

/// Opens one dropped file for the school with reference `school_ref`.
pub fn open_file(bytes: &[u8], passphrase: Option<&str>, school_ref: &str) -> Result<RecordSet, Refusal> {
    if looks_like_zip(bytes) {
        let pass = passphrase.filter(|p| !p.is_empty()).ok_or(Refusal::PassphraseNeeded)?;
        // Only the records are imported, so only they are decrypted (the other files are the
        // human-readable copies); the archive's structure is still checked whole.
        let json = read_encrypted_file(bytes, pass, RECORDS_FILE)?.ok_or(Refusal::Corrupt)?;
        parse_json(&json.data, school_ref)
    } else {
        let trimmed = bytes.iter().position(|b| !b.is_ascii_whitespace()).map(|i| &bytes[i..]).unwrap_or(&[]);
        if trimmed.is_empty() {
            return Err(Refusal::Truncated);
        }
        parse_json(bytes, school_ref)
    }
}

//! AUP records: pupil signatures, parent co-signatures and the school's published AUP
//! versions. Every action is one transaction; importing a parent's return checks it fully
//! (see `crate::domain::aup_token`) before anything is written, and a return already imported
//! changes nothing.

use super::{Db, StorageError, StorageResult, Store, Write};
use crate::content::model::aup::Aup;
use crate::domain::aup::{self as rules, AupVersion, Due};
use crate::domain::aup_token::{self, ReturnCheck, ReturnRefusal};
use crate::domain::band::Band;
use crate::domain::ink_svg;
use crate::domain::records::{Class, CoSignature, Pupil, School, Signature};
use chrono::NaiveDate;

/// The built-in AUP for a band (every band has one; the build checks it).
pub fn builtin(band: Band) -> &'static Aup {
    crate::content::library().aups.iter().find(|a| a.band == band).expect("build.rs guarantees an AUP per band")
}

/// The school's published versions of one AUP, oldest first.
pub async fn versions(db: &Db, aup_id: &str) -> StorageResult<Vec<AupVersion>> {
    let mut v: Vec<AupVersion> = db.by_index(Store::AupVersions, aup_id).await?;
    v.sort_by_key(|v| v.version);
    Ok(v)
}

/// The text in force for a band and its hash (latest published, else built-in).
pub async fn in_force(db: &Db, band: Band) -> StorageResult<(Aup, String)> {
    let b = builtin(band);
    Ok(rules::current(b, &versions(db, &b.id).await?))
}

/// Stores a newly published version (one transaction).
pub async fn publish(db: &Db, v: &AupVersion) -> StorageResult<()> {
    db.apply(vec![Write::put(Store::AupVersions, v)?]).await
}

/// Stores a pupil's signature (one transaction). Earlier signatures are kept.
pub async fn record_signature(db: &Db, s: &Signature) -> StorageResult<()> {
    db.apply(vec![Write::put(Store::Signatures, s)?]).await
}

/// Stores an in-class parent co-signature (one transaction).
pub async fn record_cosignature(db: &Db, c: &CoSignature) -> StorageResult<()> {
    db.apply(vec![Write::put(Store::CoSignatures, c)?]).await
}

/// A pupil's signatures, newest first.
pub async fn signatures_for(db: &Db, pupil_id: &str) -> StorageResult<Vec<Signature>> {
    let mut v: Vec<Signature> = db.by_index(Store::Signatures, pupil_id).await?;
    v.sort_by_key(|s| std::cmp::Reverse(s.signed_at));
    Ok(v)
}

/// A pupil's parent co-signatures, newest first.
pub async fn cosignatures_for(db: &Db, pupil_id: &str) -> StorageResult<Vec<CoSignature>> {
    let mut v: Vec<CoSignature> = db.by_index(Store::CoSignatures, pupil_id).await?;
    v.sort_by_key(|s| std::cmp::Reverse(s.signed_at));
    Ok(v)
}

/// One pupil's AUP position for the teacher's class view.
#[derive(Clone, Debug, PartialEq)]
pub struct PupilStatus {
    /// The pupil.
    pub pupil: Pupil,
    /// Whether the pupil needs to sign (and why).
    pub pupil_due: Due,
    /// Whether a parent co-signature is still needed (and why).
    pub parent_due: Due,
    /// Latest signature, if any.
    pub signature: Option<Signature>,
    /// Latest co-signature, if any.
    pub cosignature: Option<CoSignature>,
}

/// Everyone in a class with their AUP position on `today`, plus the text in force and its hash.
pub async fn class_status(db: &Db, class: &Class, today: NaiveDate) -> StorageResult<(Aup, String, Vec<PupilStatus>)> {
    let (text, hash) = in_force(db, class.band()).await?;
    let mut pupils: Vec<Pupil> = db.by_index(Store::Pupils, &class.id).await?;
    pupils.sort_by_key(|p| p.display_name.to_lowercase());
    let mut out = vec![];
    for p in pupils {
        let sigs = signatures_for(db, &p.id).await?;
        let cos = cosignatures_for(db, &p.id).await?;
        out.push(PupilStatus {
            pupil_due: rules::pupil_due(&sigs, &text.id, &hash, today),
            parent_due: rules::parent_due(&cos, &text.id, &hash, today),
            signature: sigs.into_iter().next(),
            cosignature: cos.into_iter().next(),
            pupil: p,
        });
    }
    Ok((text, hash, out))
}

/// Why an import did not record anything.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    /// The return was checked and refused.
    Refused(ReturnRefusal),
    /// Storage failed; nothing was written.
    Storage(StorageError),
}

impl From<StorageError> for ImportError {
    fn from(e: StorageError) -> Self {
        ImportError::Storage(e)
    }
}

/// Checks a parent's return against this school, its pupils and the AUP in force, and records
/// the co-signature in one transaction. Returns the co-signature and the pupil it is for.
pub async fn import_return(db: &Db, school: &School, text: &str) -> Result<(CoSignature, Pupil), ImportError> {
    let shape = aup_token::read_return(text).map_err(|e| ImportError::Refused(e.into()))?;
    let pupil_id = shape.letter.token.pupil_id.clone();
    let aup_id = shape.letter.token.aup_id.clone();
    let pupil: Option<Pupil> = db.get(Store::Pupils, &pupil_id).await?;
    let band = Band::ALL.into_iter().find(|b| builtin(*b).id == aup_id);
    let hash = match band {
        Some(b) => Some(in_force(db, b).await?.1),
        None => None,
    };
    let existing: Vec<String> = cosignatures_for(db, &pupil_id).await?.into_iter().map(|c| c.id).collect();
    let key = aup_token::key_bytes(&school.school_key);
    let pid = pupil.as_ref().map(|p| p.id.clone());
    let check = ReturnCheck {
        school_ref: &school.school_ref,
        key: &key,
        pupil_exists: &|id| pid.as_deref() == Some(id),
        current_hash: &|_| hash.clone(),
        already_stored: &|id| existing.iter().any(|e| e == id),
        ink_ok: &|ink| ink_svg::check_signature(ink).is_ok(),
    };
    let cosig = aup_token::verify_return(text, &check).map_err(ImportError::Refused)?;
    db.apply(vec![Write::put(Store::CoSignatures, &cosig)?]).await?;
    Ok((cosig, pupil.expect("pupil_exists checked it")))
}

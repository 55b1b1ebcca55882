//! A minimal ZIP writer and reader for WinZip AE-2 AES-256 encryption, the format 7-Zip,
//! WinZip, macOS Archive Utility (with 7-Zip/Keka) and `7z` open. Written on the RustCrypto
//! primitives (aes, ctr, hmac, pbkdf2, sha1) because the `zip` crate picks its own salts
//! from the OS (this module stays pure: the caller supplies randomness) and is much larger.
//!
//! Per file: PBKDF2-HMAC-SHA1 (1000 rounds, 16-byte salt) derives a 32-byte AES key, a
//! 32-byte HMAC key and a 2-byte password verifier; the (deflated) data is encrypted with
//! AES-256 in CTR mode (little-endian counter from 1) and authenticated with HMAC-SHA1
//! (first 10 bytes). AE-2 stores CRC 0, since the HMAC already protects the contents.

use aes::cipher::{KeyIvInit, StreamCipher};
use hmac::{Hmac, Mac};
use sha1::Sha1;

type Aes256Ctr = ctr::Ctr128LE<aes::Aes256>;

const LOCAL_SIG: u32 = 0x0403_4b50;
const CENTRAL_SIG: u32 = 0x0201_4b50;
const END_SIG: u32 = 0x0605_4b50;
const METHOD_AES: u16 = 99;
const METHOD_STORED: u16 = 0;
const METHOD_DEFLATE: u16 = 8;
const FLAGS: u16 = 0x0001 | 0x0800; // encrypted, UTF-8 names
const SALT_LEN: usize = 16;
const MAC_LEN: usize = 10;
const ROUNDS: u32 = 1000;
/// Fastest deflate: level 1 packs the JSON about 8x (level 3: 13x) in about a third of the
/// time, and deflating was a quarter of the bundle export (`scripts/bench-export.sh`).
const DEFLATE_LEVEL: u8 = 1;
/// Largest single file the reader inflates (stops a crafted archive exhausting memory).
pub const MAX_FILE_BYTES: usize = 512 * 1024 * 1024;

/// Why an archive could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZipError {
    /// Not a ZIP, or its structure is inconsistent.
    Corrupt,
    /// The file ends early.
    Truncated,
    /// The passphrase verifier does not match.
    WrongPassphrase,
    /// The contents were changed after encryption (authentication code mismatch).
    Tampered,
    /// A file is not AES encrypted, or uses something other than AES-256 stored/deflate.
    Unsupported,
}

/// One file to put in (or read from) an archive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ZipEntry {
    /// Path inside the archive (UTF-8, `/` separated).
    pub name: String,
    /// Contents.
    pub data: Vec<u8>,
}

struct Keys {
    enc: [u8; 32],
    mac: [u8; 32],
    verifier: [u8; 2],
}

fn derive(passphrase: &str, salt: &[u8]) -> Keys {
    let mut out = [0u8; 66];
    pbkdf2::pbkdf2_hmac::<Sha1>(passphrase.as_bytes(), salt, ROUNDS, &mut out);
    let mut k = Keys { enc: [0; 32], mac: [0; 32], verifier: [0; 2] };
    k.enc.copy_from_slice(&out[..32]);
    k.mac.copy_from_slice(&out[32..64]);
    k.verifier.copy_from_slice(&out[64..]);
    k
}

fn ctr_iv() -> [u8; 16] {
    let mut iv = [0u8; 16];
    iv[0] = 1;
    iv
}

fn mac_of(key: &[u8; 32], data: &[u8]) -> [u8; MAC_LEN] {
    let mut m = <Hmac<Sha1> as Mac>::new_from_slice(key).expect("any key length works");
    m.update(data);
    let full = m.finalize().into_bytes();
    let mut out = [0u8; MAC_LEN];
    out.copy_from_slice(&full[..MAC_LEN]);
    out
}

/// DOS date and time fields for a timestamp (ZIP's native clock, 2-second resolution).
fn dos_time(at: chrono::DateTime<chrono::Utc>) -> (u16, u16) {
    use chrono::{Datelike, Timelike};
    let year = at.year().clamp(1980, 2107) as u16;
    let date = ((year - 1980) << 9) | ((at.month() as u16) << 5) | at.day() as u16;
    let time = ((at.hour() as u16) << 11) | ((at.minute() as u16) << 5) | (at.second() as u16 / 2);
    (time, date)
}

fn aes_extra(actual_method: u16) -> [u8; 11] {
    let mut e = [0u8; 11];
    e[0..2].copy_from_slice(&0x9901u16.to_le_bytes());
    e[2..4].copy_from_slice(&7u16.to_le_bytes());
    e[4..6].copy_from_slice(&2u16.to_le_bytes()); // AE-2
    e[6..8].copy_from_slice(b"AE");
    e[8] = 3; // AES-256
    e[9..11].copy_from_slice(&actual_method.to_le_bytes());
    e
}

/// Writes an AE-2 AES-256 encrypted ZIP. `salts` must yield one fresh random 16-byte salt
/// per entry (the caller takes them from a CSPRNG). Files shrink with deflate when it helps.
pub fn write_encrypted(
    entries: &[ZipEntry],
    passphrase: &str,
    mut salts: impl FnMut() -> [u8; SALT_LEN],
    at: chrono::DateTime<chrono::Utc>,
) -> Vec<u8> {
    let (time, date) = dos_time(at);
    let mut out = Vec::new();
    let mut central = Vec::new();
    for e in entries {
        let deflated = miniz_oxide::deflate::compress_to_vec(&e.data, DEFLATE_LEVEL);
        let (method, mut body) =
            if deflated.len() < e.data.len() { (METHOD_DEFLATE, deflated) } else { (METHOD_STORED, e.data.clone()) };
        let salt = salts();
        let keys = derive(passphrase, &salt);
        Aes256Ctr::new(&keys.enc.into(), &ctr_iv().into()).apply_keystream(&mut body);
        let mac = mac_of(&keys.mac, &body);
        let csize = (SALT_LEN + 2 + body.len() + MAC_LEN) as u32;
        let usize_ = e.data.len() as u32;
        let name = e.name.as_bytes();
        let extra = aes_extra(method);
        let offset = out.len() as u32;
        // Local file header.
        out.extend_from_slice(&LOCAL_SIG.to_le_bytes());
        out.extend_from_slice(&51u16.to_le_bytes());
        out.extend_from_slice(&FLAGS.to_le_bytes());
        out.extend_from_slice(&METHOD_AES.to_le_bytes());
        out.extend_from_slice(&time.to_le_bytes());
        out.extend_from_slice(&date.to_le_bytes());
        out.extend_from_slice(&0u32.to_le_bytes());
        out.extend_from_slice(&csize.to_le_bytes());
        out.extend_from_slice(&usize_.to_le_bytes());
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&(extra.len() as u16).to_le_bytes());
        out.extend_from_slice(name);
        out.extend_from_slice(&extra);
        out.extend_from_slice(&salt);
        out.extend_from_slice(&keys.verifier);
        out.extend_from_slice(&body);
        out.extend_from_slice(&mac);
        // Central directory entry.
        central.extend_from_slice(&CENTRAL_SIG.to_le_bytes());
        central.extend_from_slice(&51u16.to_le_bytes());
        central.extend_from_slice(&51u16.to_le_bytes());
        central.extend_from_slice(&FLAGS.to_le_bytes());
        central.extend_from_slice(&METHOD_AES.to_le_bytes());
        central.extend_from_slice(&time.to_le_bytes());
        central.extend_from_slice(&date.to_le_bytes());
        central.extend_from_slice(&0u32.to_le_bytes());
        central.extend_from_slice(&csize.to_le_bytes());
        central.extend_from_slice(&usize_.to_le_bytes());
        central.extend_from_slice(&(name.len() as u16).to_le_bytes());
        central.extend_from_slice(&(extra.len() as u16).to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes()); // comment
        central.extend_from_slice(&0u16.to_le_bytes()); // disk
        central.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
        central.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name);
        central.extend_from_slice(&extra);
    }
    let cd_offset = out.len() as u32;
    let cd_size = central.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&END_SIG.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&cd_size.to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

/// True when the bytes start like a ZIP archive (used to tell bundles from JSON).
pub fn looks_like_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(&LOCAL_SIG.to_le_bytes()) || bytes.starts_with(&END_SIG.to_le_bytes())
}

struct Cursor<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ZipError> {
        let end = self.pos.checked_add(n).ok_or(ZipError::Corrupt)?;
        let s = self.b.get(self.pos..end).ok_or(ZipError::Truncated)?;
        self.pos = end;
        Ok(s)
    }
    fn u16(&mut self) -> Result<u16, ZipError> {
        let s = self.take(2)?;
        Ok(u16::from_le_bytes([s[0], s[1]]))
    }
    fn u32(&mut self) -> Result<u32, ZipError> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
}

/// Where one file of an archive lies, from the central directory (nothing decrypted yet).
struct Located {
    name: String,
    actual: u16,
    usize_: usize,
    offset: usize,
    csize: usize,
}

/// Walks the central directory and every local header: any structural problem, or a file
/// that is not AES-256 encrypted, fails the whole archive. Cheap (no key derivation).
fn locate(bytes: &[u8]) -> Result<Vec<Located>, ZipError> {
    if bytes.len() < 4 || !looks_like_zip(bytes) {
        return Err(if bytes.len() < 4 && LOCAL_SIG.to_le_bytes().starts_with(bytes) { ZipError::Truncated } else { ZipError::Corrupt });
    }
    // The end-of-central-directory record: at the very end (we never write a comment);
    // allow a comment of up to 64 KiB written by another tool.
    let min = bytes.len().saturating_sub(22 + 0xFFFF);
    let end_pos = (min..=bytes.len().saturating_sub(22))
        .rev()
        .find(|&i| bytes.len() >= 22 && bytes[i..i + 4] == END_SIG.to_le_bytes())
        .ok_or(ZipError::Truncated)?;
    let mut c = Cursor { b: bytes, pos: end_pos + 10 };
    let total = c.u16()? as usize;
    let cd_size = c.u32()? as usize;
    let cd_offset = c.u32()? as usize;
    if cd_offset.checked_add(cd_size).is_none_or(|e| e > end_pos) {
        return Err(ZipError::Truncated);
    }
    let mut cd = Cursor { b: bytes, pos: cd_offset };
    let mut entries = Vec::with_capacity(total.min(1024));
    for _ in 0..total {
        if cd.u32()? != CENTRAL_SIG {
            return Err(ZipError::Corrupt);
        }
        cd.take(4)?; // versions
        let flags = cd.u16()?;
        let method = cd.u16()?;
        cd.take(8)?; // time, date, crc
        let csize = cd.u32()? as usize;
        let usize_ = cd.u32()? as usize;
        let name_len = cd.u16()? as usize;
        let extra_len = cd.u16()? as usize;
        let comment_len = cd.u16()? as usize;
        cd.take(8)?; // disk, attributes
        let offset = cd.u32()? as usize;
        let name = String::from_utf8(cd.take(name_len)?.to_vec()).map_err(|_| ZipError::Corrupt)?;
        let extra = cd.take(extra_len)?;
        cd.take(comment_len)?;
        if method != METHOD_AES || flags & 1 == 0 {
            return Err(ZipError::Unsupported);
        }
        let actual = parse_aes_extra(extra)?;
        if usize_ > MAX_FILE_BYTES {
            return Err(ZipError::Unsupported);
        }
        // The local header repeats name and extra; its lengths may differ from the central copy.
        let mut local = Cursor { b: bytes, pos: offset };
        if local.u32()? != LOCAL_SIG {
            return Err(ZipError::Corrupt);
        }
        local.take(22)?;
        let ln = local.u16()? as usize;
        let le = local.u16()? as usize;
        local.take(ln)?;
        local.take(le)?;
        if csize < SALT_LEN + 2 + MAC_LEN {
            return Err(ZipError::Corrupt);
        }
        let start = local.pos;
        local.take(csize)?;
        entries.push(Located { name, actual, usize_, offset: start, csize });
    }
    Ok(entries)
}

/// Checks the passphrase and the authentication code of one located file, then decrypts and
/// inflates it.
fn decrypt(bytes: &[u8], e: Located, passphrase: &str) -> Result<ZipEntry, ZipError> {
    let payload = &bytes[e.offset..e.offset + e.csize];
    let (salt, rest) = payload.split_at(SALT_LEN);
    let (verifier, rest) = rest.split_at(2);
    let (body, mac) = rest.split_at(rest.len() - MAC_LEN);
    let keys = derive(passphrase, salt);
    if keys.verifier != verifier {
        return Err(ZipError::WrongPassphrase);
    }
    if mac_of(&keys.mac, body) != mac {
        return Err(ZipError::Tampered);
    }
    let mut plain = body.to_vec();
    Aes256Ctr::new(&keys.enc.into(), &ctr_iv().into()).apply_keystream(&mut plain);
    let data = match e.actual {
        METHOD_STORED => plain,
        METHOD_DEFLATE => {
            miniz_oxide::inflate::decompress_to_vec_with_limit(&plain, e.usize_.max(1)).map_err(|_| ZipError::Corrupt)?
        }
        _ => return Err(ZipError::Unsupported),
    };
    if data.len() != e.usize_ {
        return Err(ZipError::Corrupt);
    }
    Ok(ZipEntry { name: e.name, data })
}

/// Reads and decrypts every file of an AE-2 archive. Any structural problem, wrong
/// passphrase or altered byte fails the whole archive.
pub fn read_encrypted(bytes: &[u8], passphrase: &str) -> Result<Vec<ZipEntry>, ZipError> {
    locate(bytes)?.into_iter().map(|e| decrypt(bytes, e, passphrase)).collect()
}

/// Reads and decrypts only the file called `name` (None when there is none), after checking
/// the structure of the whole archive. Each file costs a key derivation, so the importer,
/// which needs only the records, reads just that file: an altered byte anywhere in it, a
/// wrong passphrase or a damaged archive still fails.
pub fn read_encrypted_file(bytes: &[u8], passphrase: &str, name: &str) -> Result<Option<ZipEntry>, ZipError> {
    match locate(bytes)?.into_iter().find(|e| e.name == name) {
        Some(e) => decrypt(bytes, e, passphrase).map(Some),
        None => Ok(None),
    }
}

fn parse_aes_extra(mut extra: &[u8]) -> Result<u16, ZipError> {
    while extra.len() >= 4 {
        let id = u16::from_le_bytes([extra[0], extra[1]]);
        let len = u16::from_le_bytes([extra[2], extra[3]]) as usize;
        let body = extra.get(4..4 + len).ok_or(ZipError::Corrupt)?;
        if id == 0x9901 {
            if len < 7 || &body[2..4] != b"AE" {
                return Err(ZipError::Corrupt);
            }
            if body[4] != 3 {
                return Err(ZipError::Unsupported);
            }
            return Ok(u16::from_le_bytes([body[5], body[6]]));
        }
        extra = &extra[4 + len..];
    }
    Err(ZipError::Unsupported)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at() -> chrono::DateTime<chrono::Utc> {
        chrono::Utc.with_ymd_and_hms(2026, 11, 28, 15, 4, 6).unwrap()
    }

    fn counter_salts() -> impl FnMut() -> [u8; 16] {
        let mut n = 0u8;
        move || {
            n += 1;
            [n; 16]
        }
    }

    fn sample() -> Vec<ZipEntry> {
        vec![
            ZipEntry { name: "a.txt".into(), data: b"hello hello hello hello hello hello".to_vec() },
            ZipEntry { name: "b/ü.bin".into(), data: vec![7, 1, 250] },
            ZipEntry { name: "empty".into(), data: vec![] },
        ]
    }

    #[test]
    fn round_trips_with_the_right_passphrase_only() {
        let zip = write_encrypted(&sample(), "correct horse battery", counter_salts(), at());
        assert_eq!(read_encrypted(&zip, "correct horse battery").unwrap(), sample());
        assert_eq!(read_encrypted(&zip, "wrong horse battery"), Err(ZipError::WrongPassphrase));
        // The plaintext never appears in the archive.
        assert!(!zip.windows(5).any(|w| w == b"hello"));
    }

    #[test]
    fn any_changed_or_missing_byte_is_refused() {
        let zip = write_encrypted(&sample(), "pass phrase here", counter_salts(), at());
        // Flip a byte inside the first file's ciphertext (after 30+5+11 header, 18 salt+verifier).
        let mut bad = zip.clone();
        bad[30 + 5 + 11 + 18 + 1] ^= 0x40;
        assert_eq!(read_encrypted(&bad, "pass phrase here"), Err(ZipError::Tampered));
        for cut in [0, 3, 10, zip.len() / 2, zip.len() - 1] {
            let r = read_encrypted(&zip[..cut], "pass phrase here");
            assert!(matches!(r, Err(ZipError::Truncated | ZipError::Corrupt)), "cut at {cut}: {r:?}");
        }
        assert_eq!(read_encrypted(b"{\"json\":1}", "x"), Err(ZipError::Corrupt));
    }

    #[test]
    fn dos_time_encodes_the_export_moment() {
        let (t, d) = dos_time(at());
        assert_eq!(d >> 9, 2026 - 1980);
        assert_eq!((d >> 5) & 0xF, 11);
        assert_eq!(d & 0x1F, 28);
        assert_eq!(t >> 11, 15);
        assert_eq!((t >> 5) & 0x3F, 4);
        assert_eq!(t & 0x1F, 3);
    }
}

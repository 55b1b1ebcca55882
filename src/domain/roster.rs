//! Class lists from school MIS exports (SIMS, Arbor, Bromcom... all differ): finds the header
//! row, the name and admission-number columns, decodes UTF-8 or Windows-1252, handles quoted
//! fields, and reports problems per row BEFORE anything is saved.

use serde::{Deserialize, Serialize};

/// One pupil row ready to import.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterRow {
    /// 1-based line number in the file (for messages).
    pub line: usize,
    /// Name as the pupil will see it.
    pub display_name: String,
    /// Admission number, when the file has one.
    pub admission_number: Option<String>,
}

/// A problem with one row; the row is skipped and the teacher sees why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RowProblem {
    /// No name in the name column(s).
    MissingName,
    /// Same admission number (or same name when there are none) as an earlier row.
    Duplicate {
        /// The line of the first occurrence.
        first_line: usize,
    },
    /// Same as a pupil already in the class.
    AlreadyInClass,
    /// Unreadable row (wrong number of fields, broken quotes).
    Unreadable,
}

/// The result of reading a file: rows to import and rows refused with reasons.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterPreview {
    /// Rows that will be imported.
    pub rows: Vec<RosterRow>,
    /// (line, problem) for rows that will not.
    pub problems: Vec<(usize, RowProblem)>,
    /// True when the file was not valid UTF-8 and was read as Windows-1252.
    pub windows_1252: bool,
}

/// Why a whole file could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RosterError {
    /// Nothing in the file.
    Empty,
    /// No column looks like a name.
    NoNameColumn,
}

/// Decodes bytes as UTF-8 (with or without BOM), falling back to Windows-1252.
pub fn decode(bytes: &[u8]) -> (String, bool) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), false),
        Err(_) => (encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(), true),
    }
}

fn norm(h: &str) -> String {
    h.trim().to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect()
}

#[derive(Default)]
struct Columns {
    full: Option<usize>,
    first: Option<usize>,
    preferred: Option<usize>,
    last: Option<usize>,
    admission: Option<usize>,
}

fn columns(header: &[String]) -> Columns {
    let mut c = Columns::default();
    for (i, h) in header.iter().enumerate() {
        let n = norm(h);
        match n.as_str() {
            "name" | "fullname" | "pupilname" | "pupil" | "studentname" | "student" | "displayname" | "childsname" => {
                c.full.get_or_insert(i);
            }
            "preferredforename" | "preferredname" | "chosenforename" | "knownas" => {
                c.preferred.get_or_insert(i);
            }
            "forename" | "firstname" | "legalforename" | "givenname" => {
                c.first.get_or_insert(i);
            }
            "surname" | "lastname" | "legalsurname" | "familyname" | "preferredsurname" => {
                c.last.get_or_insert(i);
            }
            "adno" | "admissionno" | "admissionnumber" | "admno" | "upn" | "misid" | "pupilid" | "studentid" | "id" => {
                c.admission.get_or_insert(i);
            }
            _ => {}
        }
    }
    c
}

fn looks_like_header(row: &[String]) -> bool {
    let c = columns(row);
    c.full.is_some() || c.first.is_some() || c.preferred.is_some()
}

/// Short display name: "Amira Khan" -> "Amira K." (first name + initial is enough: minimum data).
pub fn short_name(first: &str, last: &str) -> String {
    let first = first.trim();
    match last.trim().chars().next() {
        Some(i) if !first.is_empty() => format!("{first} {}.", i.to_uppercase()),
        _ => first.to_string(),
    }
}

/// Reads a class list. `existing` are (display name, admission number) pairs already in the
/// class, used to flag duplicates of pupils already there.
pub fn parse(bytes: &[u8], existing: &[(String, Option<String>)]) -> Result<RosterPreview, RosterError> {
    let (text, windows_1252) = decode(bytes);
    if text.trim().is_empty() {
        return Err(RosterError::Empty);
    }
    let delimiter = {
        let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        [b',', b';', b'\t'].into_iter().max_by_key(|d| first.matches(*d as char).count()).unwrap_or(b',')
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut records: Vec<(usize, Result<Vec<String>, ()>)> = vec![];
    for rec in reader.records() {
        match rec {
            Ok(r) => {
                let line = r.position().map(|p| p.line() as usize).unwrap_or(0);
                let cells: Vec<String> = r.iter().map(|s| s.trim().to_string()).collect();
                if cells.iter().all(|c| c.is_empty()) {
                    continue;
                }
                records.push((line, Ok(cells)));
            }
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
                records.push((line, Err(())));
            }
        }
    }
    // The header is the first of the first five rows that names a name column (MIS exports
    // often start with a title row such as "Class list - 5K").
    let header_at = records.iter().take(5).position(|(_, r)| r.as_ref().is_ok_and(|c| looks_like_header(c)));
    let (cols, body_start) = match header_at {
        Some(i) => (columns(records[i].1.as_ref().unwrap()), i + 1),
        None => {
            // No header: a single column of names is still a class list.
            let single = records.iter().all(|(_, r)| r.as_ref().is_ok_and(|c| c.iter().filter(|x| !x.is_empty()).count() == 1));
            if single {
                (Columns { full: Some(0), ..Default::default() }, 0)
            } else {
                return Err(RosterError::NoNameColumn);
            }
        }
    };
    let mut preview = RosterPreview { windows_1252, ..Default::default() };
    let mut seen: Vec<(String, usize)> = vec![];
    let cell = |c: &Vec<String>, i: Option<usize>| i.and_then(|i| c.get(i)).cloned().unwrap_or_default();
    for (line, rec) in records.into_iter().skip(body_start) {
        let Ok(c) = rec else {
            preview.problems.push((line, RowProblem::Unreadable));
            continue;
        };
        let name = if cols.first.is_some() || cols.preferred.is_some() {
            // A preferred forename wins; an empty one falls back to the legal forename.
            let preferred = cell(&c, cols.preferred);
            let first = if preferred.is_empty() { cell(&c, cols.first) } else { preferred };
            short_name(&first, &cell(&c, cols.last))
        } else {
            let full = cell(&c, cols.full);
            // "Surname, Forename" is common in MIS exports.
            match full.split_once(',') {
                Some((last, first)) if !first.trim().is_empty() => short_name(first, last),
                _ => full,
            }
        };
        if name.trim().is_empty() {
            preview.problems.push((line, RowProblem::MissingName));
            continue;
        }
        let adno = Some(cell(&c, cols.admission)).filter(|a| !a.is_empty());
        let key = adno.clone().map(|a| format!("#{a}")).unwrap_or_else(|| name.to_lowercase());
        if let Some((_, first_line)) = seen.iter().find(|(k, _)| *k == key) {
            preview.problems.push((line, RowProblem::Duplicate { first_line: *first_line }));
            continue;
        }
        let in_class = existing.iter().any(|(n, a)| match (&adno, a) {
            (Some(x), Some(y)) => x == y,
            _ => n.eq_ignore_ascii_case(&name),
        });
        if in_class {
            preview.problems.push((line, RowProblem::AlreadyInClass));
            continue;
        }
        seen.push((key, line));
        preview.rows.push(RosterRow { line, display_name: name, admission_number: adno });
    }
    Ok(preview)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(p: &RosterPreview) -> Vec<&str> {
        p.rows.iter().map(|r| r.display_name.as_str()).collect()
    }

    #[test]
    fn sims_style_export_with_title_row_and_forename_surname() {
        let csv = "Class List: 5K,,\nAdno,Legal Surname,Legal Forename,Preferred Forename\n001234,Khan,Amira,\n001235,O'Neill,Séan,Sean\n";
        let p = parse(csv.as_bytes(), &[]).unwrap();
        // Preferred forename wins when given (Séan -> Sean), else the legal forename.
        assert_eq!(names(&p), vec!["Amira K.", "Sean O."]);
        assert_eq!(p.rows[0].admission_number.as_deref(), Some("001234"));
        assert!(p.problems.is_empty());
    }

    #[test]
    fn arbor_style_full_name_surname_first_with_quotes() {
        let csv = "\"Name\",\"Admission No\"\n\"Khan, Amira\",\"A1\"\n\"Smith, Ben \"\"BJ\"\"\",\"A2\"\n";
        let p = parse(csv.as_bytes(), &[]).unwrap();
        assert_eq!(names(&p), vec!["Amira K.", "Ben \"BJ\" S."]);
        assert_eq!(p.rows[1].admission_number.as_deref(), Some("A2"));
    }

    #[test]
    fn windows_1252_and_semicolons_and_bom() {
        // "Zoë" in Windows-1252 is 0xEB.
        let mut bytes = b"First name;Last name\nZo".to_vec();
        bytes.push(0xEB);
        bytes.extend_from_slice(b";Brown\n");
        let p = parse(&bytes, &[]).unwrap();
        assert!(p.windows_1252);
        assert_eq!(names(&p), vec!["Zoë B."]);
        let bom = "\u{feff}Forename,Surname\nAli,Hassan\n";
        assert_eq!(names(&parse(bom.as_bytes(), &[]).unwrap()), vec!["Ali H."]);
    }

    #[test]
    fn duplicates_blank_names_and_pupils_already_in_class() {
        let csv = "Forename,Surname,UPN\nAmy,Lee,X1\nAmy,Lee,X1\n,Nobody,X3\nTom,Hart,X4\n\n";
        let existing = vec![("Tom H.".to_string(), Some("X4".to_string()))];
        let p = parse(csv.as_bytes(), &existing).unwrap();
        assert_eq!(names(&p), vec!["Amy L."]);
        assert_eq!(
            p.problems,
            vec![(3, RowProblem::Duplicate { first_line: 2 }), (4, RowProblem::MissingName), (5, RowProblem::AlreadyInClass)]
        );
    }

    #[test]
    fn plain_list_of_names_without_header() {
        let p = parse(b"Amira\nBen\nCara\n", &[]).unwrap();
        assert_eq!(names(&p), vec!["Amira", "Ben", "Cara"]);
    }

    #[test]
    fn unusable_files_say_why() {
        assert_eq!(parse(b"   \n", &[]), Err(RosterError::Empty));
        assert_eq!(parse(b"colour,shoe size\nred,4\n", &[]), Err(RosterError::NoNameColumn));
    }

    #[test]
    fn arbitrary_bytes_never_panic() {
        for seed in 0u32..300 {
            let bytes: Vec<u8> = (0..(seed % 97)).map(|i| ((i * 31 + seed * 7) % 256) as u8).collect();
            let _ = parse(&bytes, &[]);
        }
    }
}

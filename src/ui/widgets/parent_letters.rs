//! Printed parent letters (one per page, with the link and QR code to co-sign at home), shared
//! by the teacher's AUP view and the coordinator's chase list so both print the same letter.

use crate::content::model::aup::Aup;
use crate::domain::aup_token::{issue_letter, key_bytes, LetterToken};
use crate::domain::records::{Pupil, School};
use crate::ui::i18n::t_in as in_locale;
use leptos::prelude::*;

/// Makes the SVG of a QR code for some text, or None when it is too long for one code.
pub fn qr_svg(text: &str) -> Option<String> {
    use qrcode::render::svg;
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::L).ok()?;
    Some(code.render::<svg::Color>().min_dimensions(200, 200).quiet_zone(true).build())
}

/// The parent link for a letter token on this app's origin. `text` is the school's own
/// wording (from `aup_text::encode`) when it differs from the built-in text, so the parent's
/// phone can show exactly what the family is asked to sign.
pub fn letter_link(token: &str, text: Option<&str>) -> String {
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    match text {
        Some(code) => format!("{origin}/parent/sign?t={token}#{}{code}", crate::domain::aup_text::FRAGMENT_KEY),
        None => format!("{origin}/parent/sign?t={token}"),
    }
}

/// One printed letter: the pupil, the school's text in force for their band, and the signed
/// link (with its QR code) the parent opens.
#[derive(Clone)]
pub struct Letter {
    /// Who the letter is about.
    pub pupil: Pupil,
    /// The text in force for the pupil's band (the school's published version or built-in).
    pub text: Aup,
    /// Link to co-sign at home (with the school's wording, for the QR code and the href).
    pub link: String,
    /// The link as printed for typing by hand: without the carried wording, which can be a
    /// thousand characters (a typed link then shows the standard text with a notice that the
    /// exact wording is on the paper letter).
    pub typed_link: String,
    /// QR code of the link.
    pub qr: Option<String>,
}

/// Issues a letter for a pupil and the text in force (`hash` is its content hash). None when
/// the token cannot be made (e.g. a name too long for a letter).
pub fn make_letter(school: &School, pupil: Pupil, text: Aup, hash: &str, today: chrono::NaiveDate) -> Option<Letter> {
    let token = issue_letter(
        &LetterToken {
            school_ref: school.school_ref.clone(),
            pupil_id: pupil.id.clone(),
            pupil_name: pupil.display_name.clone(),
            aup_id: text.id.clone(),
            aup_hash: hash.to_string(),
            issued: today,
        },
        &key_bytes(&school.school_key),
    )?;
    // The school's own wording rides along when it differs from the built-in text.
    let carried = crate::content::library()
        .aups
        .iter()
        .find(|a| a.id == text.id)
        .and_then(|builtin| crate::domain::aup_text::encode(&text, builtin));
    let link = letter_link(&token, carried.as_deref());
    Some(Letter { qr: qr_svg(&link), typed_link: letter_link(&token, None), link, pupil, text })
}

/// Opens the print dialog once the letters have rendered.
pub fn print_after_render() {
    request_animation_frame(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
}

/// The letters, one per printed page, in the family's language `letter_locale`.
#[component]
pub fn PrintedLetters(letters: RwSignal<Vec<Letter>>, letter_locale: RwSignal<String>, school: Signal<Option<School>>) -> impl IntoView {
    view! {
        <div class="print-letters" data-letters=move || letters.get().len()>
            {move || {
                let school = school.get()?;
                let code = letter_locale.get();
                let rtl = crate::i18n::locales::find(&code).is_some_and(|l| l.rtl);
                Some(letters.get().into_iter().map(|l| {
                    // The school's published text, with the family's language for every field
                    // the school has not edited.
                    let text = match crate::content::library().aups.iter().find(|a| a.id == l.text.id) {
                        Some(builtin) => crate::domain::aup::localised(&l.text, builtin, crate::content::library().translation(&builtin.id, &code)).0,
                        None => l.text.clone(),
                    };
                    let code = code.clone();
                    view! {
                        <article class="letter" data-pupil=l.pupil.display_name.clone() lang=code.clone() dir=if rtl { "rtl" } else { "ltr" }>
                            <p class="letter-school">{school.name.clone()}</p>
                            <h2>{in_locale(&code, "aup-letter-heading", &[("name", l.pupil.display_name.clone().into())])}</h2>
                            {text.parent_letter.split("\n\n").map(|p| view! { <p>{p.to_string()}</p> }).collect_view()}
                            <h3>{text.title.clone()}</h3>
                            <ol class="letter-statements">
                                {text.statements.iter().map(|s| view! { <li>{s.text.clone()}</li> }).collect_view()}
                            </ol>
                            <p class="letter-pledge">{text.pledge.clone()}</p>
                            <h3>{in_locale(&code, "aup-letter-parent-heading", &[])}</h3>
                            <p class="letter-parent-statement">{text.parent_statement.clone()}</p>
                            <div class="letter-how">
                                {l.qr.clone().map(|svg| view! { <div class="letter-qr" role="img" aria-label=in_locale(&code, "aup-letter-qr", &[]) inner_html=svg></div> })}
                                <div>
                                    <p>{in_locale(&code, "aup-letter-how", &[])}</p>
                                    <p class="letter-link"><a href=l.link.clone() data-letter-link="">{l.typed_link.clone()}</a></p>
                                </div>
                            </div>
                        </article>
                    }
                }).collect_view())
            }}
        </div>
    }
}

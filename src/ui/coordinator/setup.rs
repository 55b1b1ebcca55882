//! First run: the coordinator sets the tablet up for the school (name, academic year, PIN, and
//! a new school key or one joined from another device), or tries a clearly labelled demo school.

use crate::domain::academic_year::AcademicYear;
use crate::domain::pin::{check_new_pin, hash_pin, PinProblem};
use crate::domain::records::School;
use crate::domain::school::{demo_roster, new_school_key, school_ref, Enrolment, EnrolmentError};
use crate::platform;
use crate::storage::school::create_school;
use crate::tr;
use crate::ui::i18n::t;
use crate::ui::session::{use_session, StaffRole};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The set-up screen at `/setup`.
#[component]
pub fn Setup() -> impl IntoView {
    let s = use_session();
    let navigate = use_navigate();
    let this_year = AcademicYear::containing(platform::today());
    let name = RwSignal::new(String::new());
    let year = RwSignal::new(this_year.0);
    let pin = RwSignal::new(String::new());
    let pin2 = RwSignal::new(String::new());
    let joining = RwSignal::new(false);
    let code = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);

    let check_pin = move || -> Result<(), String> {
        match check_new_pin(&pin.get_untracked()) {
            Err(PinProblem::Length) => return Err(t("setup-pin-length")),
            Err(PinProblem::NotDigits) => return Err(t("setup-pin-digits")),
            Err(PinProblem::TooEasy) => return Err(t("setup-pin-easy")),
            Ok(()) => {}
        }
        if pin.get_untracked() != pin2.get_untracked() {
            return Err(t("setup-pin-mismatch"));
        }
        Ok(())
    };

    let finish = {
        let navigate = navigate.clone();
        move |school: School, demo: bool| {
            let navigate = navigate.clone();
            busy.set(true);
            leptos::task::spawn_local(async move {
                let (classes, pupils) = if demo { demo_roster(platform::now()) } else { (vec![], vec![]) };
                match create_school(&school, &classes, &pupils).await {
                    Ok(()) => {
                        let _ = platform::persist_storage().await;
                        s.school.set(Some(school));
                        s.unlock_staff(StaffRole::Coordinator);
                        navigate("/coordinator", Default::default());
                    }
                    Err(e) => error.set(Some(t(e.message_key()))),
                }
                busy.set(false);
            });
        }
    };

    let make_school = move |name: String, year: AcademicYear, key: String, demo: bool| School {
        id: "school".into(),
        name,
        academic_year: year,
        school_ref: school_ref(&key),
        school_key: key,
        pin: hash_pin(&pin.get_untracked(), &platform::random_bytes::<16>()),
        demo,
        device_name: format!("tablet-{}", &school_ref(&platform::new_id("d"))[..4]),
        last_backup: None,
        retention_years: 2,
    };

    let submit = {
        let finish = finish.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            error.set(None);
            if let Err(e) = check_pin() {
                error.set(Some(e));
                return;
            }
            let school = if joining.get_untracked() {
                match Enrolment::decode(&code.get_untracked()) {
                    Ok(e) => make_school(e.school_name, e.academic_year, e.school_key, false),
                    Err(EnrolmentError::NotACode) => return error.set(Some(t("setup-code-not-code"))),
                    Err(EnrolmentError::Damaged) => return error.set(Some(t("setup-code-damaged"))),
                }
            } else {
                let n = name.get_untracked().trim().to_string();
                if n.is_empty() {
                    return error.set(Some(t("setup-name-missing")));
                }
                make_school(n, AcademicYear(year.get_untracked()), new_school_key(platform::random_bytes::<32>()), false)
            };
            finish(school, false);
        }
    };

    let demo = move |_| {
        error.set(None);
        if let Err(e) = check_pin() {
            error.set(Some(e));
            return;
        }
        let key = new_school_key(platform::random_bytes::<32>());
        finish(make_school(t("demo-school-name"), this_year, key, true), true);
    };

    let on_file = move |ev: leptos::ev::Event| {
        let files = platform::files_from_input(&ev);
        leptos::task::spawn_local(async move {
            if let Some(f) = files.first()
                && let Some(bytes) = platform::read_file(f).await
            {
                code.set(String::from_utf8_lossy(&bytes).to_string());
            }
        });
    };

    view! {
        <section class="page setup">
            <h1>{tr!("setup-heading")}</h1>
            <p>{tr!("setup-intro")}</p>
            <form on:submit=submit>
                <fieldset class="field">
                    <legend>{tr!("setup-how")}</legend>
                    <label class="choice">
                        <input type="radio" name="how" prop:checked=move || !joining.get() on:change=move |_| joining.set(false) />
                        {tr!("setup-new-school")}
                    </label>
                    <label class="choice">
                        <input type="radio" name="how" prop:checked=move || joining.get() on:change=move |_| joining.set(true) />
                        {tr!("setup-join-school")}
                    </label>
                </fieldset>
                <Show
                    when=move || joining.get()
                    fallback=move || view! {
                        <div class="field">
                            <label for="school-name">{tr!("setup-school-name")}</label>
                            <input id="school-name" type="text" autocomplete="organization" prop:value=move || name.get()
                                on:input=move |ev| name.set(event_target_value(&ev)) />
                        </div>
                        <div class="field">
                            <label for="academic-year">{tr!("setup-year")}</label>
                            <select id="academic-year" on:change=move |ev| year.set(event_target_value(&ev).parse().unwrap_or(this_year.0))>
                                {[this_year.0 - 1, this_year.0, this_year.0 + 1].into_iter().map(|y| {
                                    view! { <option value=y.to_string() selected=y == this_year.0>{AcademicYear(y).label()}</option> }
                                }).collect_view()}
                            </select>
                            <span class="field-hint">{tr!("setup-year-hint")}</span>
                        </div>
                    }
                >
                    <div class="field">
                        <label for="enrol-code">{tr!("setup-code")}</label>
                        <textarea id="enrol-code" rows="3" prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev))></textarea>
                        <label for="enrol-file" class="field-hint">{tr!("setup-code-file")}</label>
                        <input id="enrol-file" type="file" accept=".txt,.bytesmart-enrol,text/plain" on:change=on_file />
                    </div>
                </Show>
                <div class="field">
                    <label for="new-pin">{tr!("setup-pin")}</label>
                    <input id="new-pin" type="password" inputmode="numeric" autocomplete="new-password" maxlength="8"
                        prop:value=move || pin.get() on:input=move |ev| pin.set(event_target_value(&ev)) />
                    <span class="field-hint">{tr!("setup-pin-hint")}</span>
                </div>
                <div class="field">
                    <label for="new-pin-2">{tr!("setup-pin-again")}</label>
                    <input id="new-pin-2" type="password" inputmode="numeric" autocomplete="new-password" maxlength="8"
                        prop:value=move || pin2.get() on:input=move |ev| pin2.set(event_target_value(&ev)) />
                </div>
                <p role="alert" class="error">{move || error.get()}</p>
                <div class="actions">
                    <button type="submit" class="button primary" disabled=move || busy.get()>{tr!("setup-submit")}</button>
                    <button type="button" class="button" disabled=move || busy.get() on:click=demo>{tr!("setup-demo")}</button>
                </div>
                <p class="field-hint">{tr!("setup-demo-hint")}</p>
            </form>
        </section>
    }
}

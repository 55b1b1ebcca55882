//! Staff screens sit behind the school PIN. Pupils on a shared tablet cannot reach teacher or
//! coordinator screens (or other pupils' records) without it. Wrong PINs back off, and the
//! session locks itself after a few idle minutes (see `ui::session`).

use crate::domain::pin::{backoff_seconds, verify_pin};
use crate::storage::school::{pin_attempts, save_pin_attempts};
use crate::tr;
use crate::ui::i18n::{t, t_args};
use crate::ui::session::{use_session, StaffRole};
use crate::ui::widgets::icon::{Icon, IconKind};
use leptos::prelude::*;
use leptos_router::components::A;

/// Shows `children` only when staff have unlocked with the PIN; otherwise the PIN form (or a
/// pointer to set-up on a new tablet).
#[component]
pub fn StaffGate(children: ChildrenFn) -> impl IntoView {
    let s = use_session();
    let children = StoredValue::new(children);
    move || {
        if !s.ready.get() {
            view! { <p class="page" aria-busy="true">{tr!("loading")}</p> }.into_any()
        } else if s.school.get().is_none() {
            view! {
                <section class="page">
                    <h1>{tr!("setup-needed-heading")}</h1>
                    <p>{tr!("setup-needed-body")}</p>
                    <A href="/setup" attr:class="button primary">{tr!("setup-start")}</A>
                </section>
            }
            .into_any()
        } else if s.staff.get().is_none() {
            view! { <PinForm /> }.into_any()
        } else {
            children.with_value(|c| c()).into_any()
        }
    }
}

#[component]
fn PinForm() -> impl IntoView {
    let s = use_session();
    let pin = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let entered = pin.get_untracked();
        leptos::task::spawn_local(async move {
            let Some(school) = s.school.get_untracked() else { return };
            let mut attempts = pin_attempts().await.unwrap_or_default();
            attempts.id = "pin-attempts".into();
            let now = js_sys::Date::now();
            if attempts.locked_until > now {
                let secs = ((attempts.locked_until - now) / 1000.0).ceil() as i64;
                message.set(Some(t_args("pin-wait", &[("seconds", secs.into())])));
                busy.set(false);
                return;
            }
            if verify_pin(&entered, &school.pin) {
                attempts.failures = 0;
                attempts.locked_until = 0.0;
                let _ = save_pin_attempts(&attempts).await;
                pin.set(String::new());
                message.set(None);
                s.unlock_staff(StaffRole::Coordinator);
            } else {
                attempts.failures += 1;
                let wait = backoff_seconds(attempts.failures);
                attempts.locked_until = now + f64::from(wait) * 1000.0;
                let _ = save_pin_attempts(&attempts).await;
                pin.set(String::new());
                message.set(Some(if wait > 0 {
                    t_args("pin-wrong-wait", &[("seconds", wait.into())])
                } else {
                    t("pin-wrong")
                }));
            }
            busy.set(false);
        });
    };
    view! {
        <section class="page pin-gate">
            <h1>{tr!("pin-heading")}</h1>
            <p>{tr!("pin-explain")}</p>
            <form on:submit=submit>
                <div class="field">
                    <label for="staff-pin">{tr!("pin-label")}</label>
                    <input
                        id="staff-pin"
                        type="password"
                        inputmode="numeric"
                        autocomplete="off"
                        maxlength="8"
                        prop:value=move || pin.get()
                        on:input=move |ev| pin.set(event_target_value(&ev))
                    />
                </div>
                <p role="alert" class="error">{move || message.get()}</p>
                <button type="submit" class="button primary" disabled=move || busy.get()>
                    {move || if busy.get() { t("pin-checking") } else { t("pin-unlock") }}
                </button>
            </form>
        </section>
    }
}

/// A "Lock" button for staff screens (hand the tablet back to pupils).
#[component]
pub fn LockButton() -> impl IntoView {
    let s = use_session();
    view! {
        <button class="button" on:click=move |_| s.lock_staff()>
            <Icon kind=IconKind::Lock />
            {tr!("pin-lock")}
        </button>
    }
}

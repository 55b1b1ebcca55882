//! Read-aloud through the Web Speech API, for pupils who cannot read well yet and for parents
//! reading in another language. Speaks in the current locale (en-GB voice where available),
//! highlights the sentence being spoken, and hides itself where speech is unsupported, so
//! every screen still works without it.

use crate::domain::sentences::{self, Sentence};
use crate::tr;
use crate::ui::i18n::locale;
use crate::ui::widgets::icon::{Icon, IconKind};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{SpeechSynthesis, SpeechSynthesisEvent, SpeechSynthesisUtterance};

fn synth() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// Speaks `text` in `lang`; `on_sentence` gets the index of each sentence as it starts and
/// `None` at the end.
fn speak(text: &str, lang: &str, sentences: Vec<Sentence>, on_sentence: impl Fn(Option<usize>) + 'static) {
    let Some(s) = synth() else { return };
    s.cancel();
    let Ok(u) = SpeechSynthesisUtterance::new_with_text(text) else { return };
    u.set_lang(lang);
    u.set_rate(0.9);
    let voices = s.get_voices();
    let prefix = lang.split('-').next().unwrap_or(lang).to_string();
    let mut best = None;
    for v in voices.iter() {
        let v: web_sys::SpeechSynthesisVoice = v.unchecked_into();
        let vl = v.lang().replace('_', "-");
        if vl.eq_ignore_ascii_case(lang) {
            best = Some(v);
            break;
        }
        if best.is_none() && vl.starts_with(&prefix) {
            best = Some(v);
        }
    }
    if let Some(v) = best {
        u.set_voice(Some(&v));
    }
    let on_sentence = std::rc::Rc::new(on_sentence);
    let cb = on_sentence.clone();
    let boundary = Closure::<dyn Fn(SpeechSynthesisEvent)>::new(move |e: SpeechSynthesisEvent| {
        cb(sentences::sentence_at(&sentences, e.char_index() as usize));
    });
    u.set_onboundary(Some(boundary.as_ref().unchecked_ref()));
    boundary.forget();
    let cb = on_sentence.clone();
    let end = Closure::<dyn Fn()>::new(move || cb(None));
    u.set_onend(Some(end.as_ref().unchecked_ref()));
    u.set_onerror(Some(end.as_ref().unchecked_ref()));
    end.forget();
    s.speak(&u);
}

/// Stops any speech (called when leaving a screen or moving to the next step).
pub fn stop_speaking() {
    if let Some(s) = synth() {
        s.cancel();
    }
}

/// Text with a read-aloud button; the sentence being spoken is highlighted.
#[component]
pub fn ReadAloud(
    /// The text to show and speak.
    #[prop(into)]
    text: Signal<String>,
    /// Extra class for the text block.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let speaking = RwSignal::new(false);
    let current = RwSignal::new(None::<usize>);
    let supported = synth().is_some();
    let parts = Memo::new(move |_| sentences::split(&text.get()));
    Effect::new(move |_| {
        text.track();
        current.set(None);
    });
    on_cleanup(stop_speaking);
    let toggle = move |_| {
        if speaking.get_untracked() {
            stop_speaking();
            speaking.set(false);
            current.set(None);
            return;
        }
        speaking.set(true);
        current.set(Some(0));
        let t = text.get_untracked();
        speak(&t, locale_untracked(), parts.get_untracked(), move |i| {
            current.set(i);
            if i.is_none() {
                speaking.set(false);
            }
        });
    };
    view! {
        <div class="read-aloud">
            <p class=format!("read-aloud-text {class}")>
                {move || {
                    parts
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, s)| {
                            let on = move || current.get() == Some(i);
                            view! { <span class:speaking=on>{s.text}</span> }
                        })
                        .collect_view()
                }}
            </p>
            <Show when=move || supported>
                <button
                    class="button read-aloud-button"
                    aria-pressed=move || if speaking.get() { "true" } else { "false" }
                    on:click=toggle
                >
                    {move || if speaking.get() { view! { <Icon kind=IconKind::Stop /> } } else { view! { <Icon kind=IconKind::Speaker /> } }}
                    {move || if speaking.get() { crate::ui::i18n::t("read-aloud-stop") } else { crate::ui::i18n::t("read-aloud") }}
                </button>
            </Show>
        </div>
    }
}

fn locale_untracked() -> &'static str {
    untrack(locale)
}

/// Just the button, for text shown elsewhere on the screen (e.g. a list of statements).
#[component]
pub fn ReadAloudButton(
    /// Text to speak.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    let speaking = RwSignal::new(false);
    let supported = synth().is_some();
    on_cleanup(stop_speaking);
    let toggle = move |_| {
        if speaking.get_untracked() {
            stop_speaking();
            speaking.set(false);
        } else {
            speaking.set(true);
            let t = text.get_untracked();
            speak(&t, locale_untracked(), sentences::split(&t), move |i| {
                if i.is_none() {
                    speaking.set(false);
                }
            });
        }
    };
    view! {
        <Show when=move || supported>
            <button class="button read-aloud-button" aria-pressed=move || if speaking.get() { "true" } else { "false" } on:click=toggle>
                <Icon kind=IconKind::Speaker />
                <span>{tr!("read-aloud")}</span>
            </button>
        </Show>
    }
}

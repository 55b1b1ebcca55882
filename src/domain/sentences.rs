//! Splits text into sentences with character offsets, so read-aloud can highlight the sentence
//! being spoken (speech `boundary` events report a character index).

/// A sentence: its text and the char offset where it starts in the original string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Char index (not byte index) of the first character.
    pub start: usize,
    /// The sentence text, including its closing punctuation and trailing space.
    pub text: String,
}

/// Splits at `.`, `!`, `?` (and Arabic/Urdu `؟` and `۔`) followed by whitespace, and at blank lines.
pub fn split(text: &str) -> Vec<Sentence> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = vec![];
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let end_punct = matches!(c, '.' | '!' | '?' | '؟' | '۔');
        let next_ws = chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        let closing_quote = matches!(chars.get(i + 1), Some('"' | '”' | '\''));
        if end_punct && closing_quote && chars.get(i + 2).is_none_or(|n| n.is_whitespace()) {
            i += 1;
        }
        if (end_punct && (next_ws || closing_quote)) || (c == '\n' && chars.get(i + 1) == Some(&'\n')) {
            let mut j = i + 1;
            while j < chars.len() && chars[j].is_whitespace() {
                j += 1;
            }
            let s: String = chars[start..j].iter().collect();
            if !s.trim().is_empty() {
                out.push(Sentence { start, text: s });
            }
            start = j;
            i = j;
            continue;
        }
        i += 1;
    }
    if start < chars.len() {
        let s: String = chars[start..].iter().collect();
        if !s.trim().is_empty() {
            out.push(Sentence { start, text: s });
        }
    }
    out
}

/// Index of the sentence containing char index `at` (speech boundary events).
pub fn sentence_at(sentences: &[Sentence], at: usize) -> Option<usize> {
    sentences.iter().rposition(|s| s.start <= at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_and_finds_the_one_being_spoken() {
        let s = split("Pip is an owl. Pip likes games! Do you?\n\nTell a grown-up.");
        let texts: Vec<&str> = s.iter().map(|x| x.text.trim()).collect();
        assert_eq!(texts, vec!["Pip is an owl.", "Pip likes games!", "Do you?", "Tell a grown-up."]);
        assert_eq!(sentence_at(&s, 0), Some(0));
        assert_eq!(sentence_at(&s, 15), Some(1));
        assert_eq!(sentence_at(&s, 45), Some(3));
        // Decimal points and quotes do not end sentences early.
        let q = split("It says: \"You are bad at games.\" Pip feels sad. It costs 2.50 pounds.");
        assert_eq!(q.len(), 3, "{q:?}");
        // Urdu full stop.
        assert_eq!(split("یہ پہلا ہے۔ یہ دوسرا ہے۔").len(), 2);
    }
}

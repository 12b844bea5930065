//! `#/q/<id>`: one statement and every article that carries it, each with
//! its own wording and attribution.

use super::not_found::NotFound;
use super::parts::{count, set_page_title, shorten, BackToList, QuoteText, RelationBadge, SpeakerName};
use crate::data::use_index;
use leptos::prelude::*;
use quote_engine::index::{ArticleEntry, Occurrence, Statement};
use quote_engine::Kind;

/// The statement named by `id` (its own id or any occurrence's), or "not found".
#[component]
pub fn StatementPage(
    /// The id from the address.
    id: String,
) -> impl IntoView {
    let index = use_index();
    let Some(statement) = index.statement(&id).cloned() else {
        return view! { <NotFound what="statement" name=id/> }.into_any();
    };
    set_page_title(&shorten(&statement.text, 60));
    let occurrences = statement
        .occurrences
        .iter()
        .map(|occurrence| {
            let article = index.article(&occurrence.article).cloned();
            let original = article
                .as_ref()
                .and_then(|a| a.republished_from.as_deref())
                .and_then(|id| index.article(id))
                .map(|original| original.title.clone());
            view! { <OccurrenceCard occurrence=occurrence.clone() article original/> }
        })
        .collect_view();
    view! {
        <article class="statement" data-testid="statement" data-statement-id=statement.id.clone()>
            <BackToList/>
            <StatementHead statement=statement.clone()/>
            <h2 class="section-title">"How each article has it"</h2>
            <ol class="occurrences" data-testid="occurrences">{occurrences}</ol>
        </article>
    }
    .into_any()
}

/// The representative wording, the speaker and how widely it is carried.
#[component]
fn StatementHead(
    /// The statement shown.
    statement: Statement,
) -> impl IntoView {
    let carried = format!("quoted in {}", count(statement.article_count as usize, "article", "articles"));
    let phrase_note = (statement.kind == Kind::Phrase).then(|| view! { <span class="badge">"term or phrase"</span> });
    view! {
        <header class="statement-head">
            <QuoteText text=statement.text.clone() testid="statement-text"/>
            <p class="statement-meta">
                <SpeakerName speaker=statement.speaker.clone()/>
                <span class="article-count" data-testid="statement-article-count">{carried}</span>
                {phrase_note}
            </p>
        </header>
    }
}

/// One article's rendering of the statement: where, how worded, how credited.
#[component]
fn OccurrenceCard(
    /// The article's quotation.
    occurrence: Occurrence,
    /// The article that carries it (missing only if the index is inconsistent).
    article: Option<ArticleEntry>,
    /// The title of the article this one republishes, if it is a copy.
    original: Option<String>,
) -> impl IntoView {
    let title = article.as_ref().map_or_else(|| occurrence.article.clone(), |a| a.title.clone());
    let source_line = article.as_ref().map(source_line).unwrap_or_default();
    let article_id = occurrence.article.clone();
    let text = occurrence.text.clone();
    let relation = occurrence.relation;
    view! {
        <li class="occurrence" data-testid="occurrence" data-article-id=article_id>
            <header class="occurrence-head">
                <h3 class="article-title" data-testid="article-title">{title}</h3>
                <p class="article-source" data-testid="article-source">{source_line}</p>
                {original.map(|title| view! {
                    <p class="republished" data-testid="republished">"A republished copy of " <q>{title}</q></p>
                })}
                <RelationBadge relation/>
            </header>
            <QuoteText text testid="occurrence-text"/>
            <AttributionDetails occurrence/>
        </li>
    }
}

/// "Outlet · date · file", leaving out what is unknown.
fn source_line(article: &ArticleEntry) -> String {
    [article.outlet.as_deref(), article.date.as_deref(), Some(article.file.as_str())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Who the article says spoke, the reporting verb, the credited channel and the sentence itself.
#[component]
fn AttributionDetails(
    /// The occurrence whose attribution is shown.
    occurrence: Occurrence,
) -> impl IntoView {
    let row = |label: &'static str, testid: &'static str, value: Option<String>| {
        value.map(|value| {
            view! {
                <dt>{label}</dt>
                <dd data-testid=testid>{value}</dd>
            }
        })
    };
    view! {
        <dl class="attribution" data-testid="attribution">
            <dt>"Speaker"</dt>
            <dd><SpeakerName speaker=occurrence.speaker/></dd>
            {row("As written", "speaker-as-written", occurrence.speaker_as_written)}
            {row("Role", "role", occurrence.role)}
            {row("Cue", "cue", occurrence.cue)}
            {row("Via", "via", occurrence.via)}
        </dl>
        {occurrence.context.map(|context| view! {
            <p class="context" data-testid="context"><span class="context-label">"In the article: "</span>{context}</p>
        })}
    }
}

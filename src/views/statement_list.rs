//! `#/`: every statement, speech first, then quoted terms and phrases.

use super::parts::{count, set_page_title, shorten, SpeakerName};
use crate::data::use_index;
use crate::route::Route;
use leptos::prelude::*;
use quote_engine::index::Statement;
use quote_engine::Kind;

/// The list of statements, each a link to its own view.
#[component]
pub fn StatementList() -> impl IntoView {
    set_page_title("");
    let index = use_index();
    let (quotes, phrases): (Vec<&Statement>, Vec<&Statement>) =
        index.statements.iter().partition(|s| s.kind == Kind::Quote);
    let empty = quotes.is_empty().then(|| {
        view! { <p class="notice" data-testid="no-statements">"No quotations were found in these articles."</p> }
    });
    let quote_cards = quotes.into_iter().map(|s| view! { <StatementCard statement=s.clone()/> }).collect_view();
    let phrase_section = (!phrases.is_empty()).then(|| {
        let heading = count(phrases.len(), "quoted term or phrase", "quoted terms and phrases");
        let chips = phrases.into_iter().map(|s| view! { <PhraseChip statement=s.clone()/> }).collect_view();
        view! {
            <section class="phrase-list" data-testid="phrase-list">
                <h2 class="section-title">{heading}</h2>
                <ul class="chips">{chips}</ul>
            </section>
        }
    });
    view! {
        <section class="statement-list" data-testid="statement-list">
            <h1 class="view-title">"Who said what"</h1>
            <p class="view-lede">"Pick a quotation to see every article that carries it, and how each one credits it."</p>
            {empty}
            <ol class="cards" data-testid="statements">{quote_cards}</ol>
        </section>
        {phrase_section}
    }
}

/// One statement in the list: its wording, speaker and how many articles carry it.
#[component]
fn StatementCard(
    /// The statement to show.
    statement: Statement,
) -> impl IntoView {
    let href = Route::Statement(statement.id.clone()).href();
    let articles = count(statement.article_count as usize, "article", "articles");
    view! {
        <li class="card" data-testid="statement-item" data-statement-id=statement.id.clone()>
            <a class="card-link" href=href data-testid="statement-link">
                <blockquote class="quote-text card-quote">{shorten(&statement.text, 320)}</blockquote>
                <span class="card-meta">
                    <SpeakerName speaker=statement.speaker.clone()/>
                    <span class="article-count" data-testid="article-count">{articles}</span>
                </span>
            </a>
        </li>
    }
}

/// One quoted term or phrase, shown compactly.
#[component]
fn PhraseChip(
    /// The phrase's statement.
    statement: Statement,
) -> impl IntoView {
    let href = Route::Statement(statement.id.clone()).href();
    view! {
        <li class="chip" data-testid="phrase-item" data-statement-id=statement.id.clone()>
            <a href=href>
                <q>{statement.text.clone()}</q>
                <span class="chip-count">{statement.article_count}</span>
            </a>
        </li>
    }
}

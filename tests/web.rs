//! The mounted widget in a real browser: an assumption changes, the reader sees it.
#![cfg(target_arch = "wasm32")]

use ai_capex_explorer::app::App;
use ai_capex_explorer::format::{column_1, money_b, money_round};
use ai_capex_explorer::model::{project, Assumption, Scenario};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> HtmlElement {
    let document = document();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), || view! { <App /> }).forget();
    host
}

fn find<T: JsCast>(host: &HtmlElement, test_id: &str) -> T {
    host.query_selector(&format!("[data-testid='{test_id}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no [data-testid={test_id}]"))
        .unchecked_into()
}

fn text(host: &HtmlElement, test_id: &str) -> String {
    find::<HtmlElement>(host, test_id)
        .text_content()
        .unwrap_or_default()
}

/// What the number field of assumption `key` shows.
fn field(host: &HtmlElement, key: &str) -> String {
    find::<HtmlInputElement>(host, &format!("field-{key}")).value()
}

fn slide(host: &HtmlElement, key: &str, value: &str) {
    let input: HtmlInputElement = find(host, &format!("slider-{key}"));
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn mounts_with_the_report_baseline() {
    let host = mount();
    leptos::task::tick().await;
    assert_eq!(text(&host, "sentence-total"), "$525B");
    assert_eq!(text(&host, "sentence-inference"), "50%");
    assert_eq!(text(&host, "total-2025"), "371.0");
    assert_eq!(text(&host, "total-2032"), "525.0");
    assert!(text(&host, "sentence").contains("overtakes training in 2028"));
    host.remove();
}

#[wasm_bindgen_test]
async fn moving_long_run_growth_updates_sentence_and_table() {
    let host = mount();
    leptos::task::tick().await;
    slide(&host, "glr", "12");
    leptos::task::tick().await;

    let expected = Scenario::default()
        .with(Assumption::LongRunGrowth, 12.0)
        .scenario;
    let total = project(&expected).summary().total_2032;
    assert_ne!(money_b(&ai_capex_explorer::i18n::EN, total), "$525B");
    // The sentence rounds as a headline does; the table keeps the decimal.
    assert_eq!(
        text(&host, "sentence-total"),
        money_round(&ai_capex_explorer::i18n::EN, total)
    );
    assert_eq!(text(&host, "total-2032"), column_1(total));
    // The field follows one effect pass later.
    leptos::task::tick().await;
    assert_eq!(field(&host, "glr"), "12");
    assert_eq!(text(&host, "value-glr"), "%/yr");
    assert!(text(&host, "sentence").contains("above) compared with the report's $525B"));
    host.remove();
}

#[wasm_bindgen_test]
async fn raising_inference_past_the_room_left_explains_the_adjustment() {
    let host = mount();
    leptos::task::tick().await;
    // The training share's controls are under "More assumptions", built when it opens.
    let more: web_sys::HtmlDetailsElement = find(&host, "more");
    more.set_open(true);
    for _ in 0..3 {
        leptos::task::tick().await;
        gloo_next_frame().await;
    }
    slide(&host, "inf32", "95");
    leptos::task::tick().await;

    assert_eq!(text(&host, "sentence-inference"), "95%");
    // The other share's controls follow one effect pass later.
    leptos::task::tick().await;
    assert_eq!(field(&host, "tr32"), "5");
    assert_eq!(find::<HtmlInputElement>(&host, "slider-tr32").value(), "5");
    // The note shows under the control the reader moved.
    assert!(text(&host, "notes-inf32").contains("Training share in 2032 lowered to 5%"));

    find::<HtmlElement>(&host, "reset").click();
    leptos::task::tick().await;
    leptos::task::tick().await;
    assert_eq!(text(&host, "sentence-inference"), "50%");
    assert_eq!(field(&host, "tr32"), "14");
    assert_eq!(text(&host, "notice-list"), "");
    host.remove();
}

#[wasm_bindgen_test]
async fn canvas_backing_store_follows_the_container() {
    let host = mount();
    host.style().set_property("width", "500px").unwrap();
    // ResizeObserver delivers after layout; give it a frame.
    for _ in 0..5 {
        leptos::task::tick().await;
        gloo_next_frame().await;
    }
    let canvas: web_sys::HtmlCanvasElement = find(&host, "chart-investment");
    let dpr = window().device_pixel_ratio();
    assert!(canvas.width() > 0, "canvas never sized");
    let css = canvas.get_bounding_client_rect().width();
    assert!(
        (f64::from(canvas.width()) - css * dpr).abs() <= 1.0,
        "{} vs {css}×{dpr}",
        canvas.width()
    );
    host.remove();
}

async fn gloo_next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_the_words_in_place_and_keeps_the_scenario() {
    let host = mount();
    leptos::task::tick().await;
    slide(&host, "glr", "10");
    leptos::task::tick().await;
    let total = project(
        &Scenario::default()
            .with(Assumption::LongRunGrowth, 10.0)
            .scenario,
    )
    .summary()
    .total_2032;
    find::<HtmlElement>(&host, "language").click();
    // The widget is built anew in the other language; its fields take their values
    // from effects that run on a later tick.
    for _ in 0..3 {
        leptos::task::tick().await;
    }
    let yi = ai_capex_explorer::format::money_b(&ai_capex_explorer::i18n::ZH_HANT, total);
    assert!(yi.ends_with("億美元"));
    assert_eq!(text(&host, "sentence-total"), yi);
    assert_eq!(field(&host, "glr"), "10");
    assert_eq!(text(&host, "language"), "English");
    // And back.
    find::<HtmlElement>(&host, "language").click();
    leptos::task::tick().await;
    assert_eq!(
        text(&host, "sentence-total"),
        money_round(&ai_capex_explorer::i18n::EN, total)
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn two_widgets_in_one_document_change_independently() {
    let first = mount();
    let second = mount();
    leptos::task::tick().await;
    slide(&first, "glr", "10");
    leptos::task::tick().await;
    assert_ne!(text(&first, "sentence-total"), "$525B");
    assert_eq!(text(&second, "sentence-total"), "$525B");
    find::<HtmlElement>(&second, "language").click();
    leptos::task::tick().await;
    assert_eq!(text(&second, "sentence-total"), "5,250 億美元");
    assert!(text(&first, "sentence-total").starts_with('$'));
    // No id twice in the document: labels, tabs and descriptions point to the right
    // widget's elements.
    let ids = document().query_selector_all("[id]").unwrap();
    let mut seen = std::collections::HashSet::new();
    for i in 0..ids.length() {
        let id = ids
            .item(i)
            .unwrap()
            .unchecked_into::<web_sys::Element>()
            .id();
        assert!(seen.insert(id.clone()), "id {id} appears twice");
    }
    assert!(seen.len() > 40, "both widgets have ids: {}", seen.len());
    first.remove();
    second.remove();
}

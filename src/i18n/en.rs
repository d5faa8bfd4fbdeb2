//! English.

use super::{AssumptionText, EmbedText, MethodText, PresetText, Text};

const COMPANY_SOURCE: &str = "Default: the company's 2025 capex guidance (early 2025) divided by \
the report's $371B; guidance is total capex, so this is a relative weight, not a reported AI \
figure. What the four leave is \"others\".";
const CHIPS_SOURCE: &str = "Our assumption, informed by the article: Google's own chips handle \
training and inference; Microsoft and Meta rely mainly on Nvidia.";
const SAME_IN_2032: &str = "The same in 2032.";

const fn a(label: &'static str, explanation: &'static str, source: &'static str) -> AssumptionText {
    AssumptionText {
        label,
        explanation,
        source,
    }
}

/// English.
pub static EN: Text = Text {
    lang: "en",
    money_in_yi: false,
    money: "${n}B",
    unit_suffix: ["$B", "%/yr", "%", "%", "pp", "yr", "", ""],
    unit_spoken: [
        "billion US dollars",
        "percent per year",
        "percent of the total",
        "percent of its AI spend",
        "percentage points",
        "years",
        "",
        "",
    ],
    points: "{n} pp",

    language_name: "English",
    page_title: "What if Big Tech's AI spending grows faster? · AI Capex Explorer",
    controls_title: "Your assumptions",
    reset_all: "Reset to the report",
    tabs: [
        "Views of the projection",
        "Chart",
        "Table",
        "Methodology & sources",
    ],
    theme: ["Theme", "Automatic", "Light", "Dark"],
    dismiss: "Dismiss",
    pin: "Pin to compare",
    preset: [
        "Scenario",
        "Your own assumptions",
        "Your own assumptions. Pick a scenario to start again from it.",
    ],
    groups: [
        "Growth",
        "Training, inference and other",
        "Efficiency and demand (Jevons)",
        "Companies and chips",
        "Uncertainty",
    ],
    control: ["About", "Reset", "Reset {label} to {value}", "{label}, {unit}"],
    provenance: ["Report figure", "Derived from the report", "Our assumption"],
    assumptions: [
        a(
            "AI investment in 2024",
            "Where the path starts.",
            "Default ≈ $257.6B: 371 / 1.44, derived from the report's 2025 figure and growth. \
             Bloomberg Intelligence, 17 Mar 2025.",
        ),
        a(
            "Growth in 2025",
            "How much more was invested in 2025 than in 2024.",
            "Default +44 %. Bloomberg Intelligence, 17 Mar 2025.",
        ),
        a(
            "Growth in 2026",
            "How much AI investment grows next year. Faster near-term growth fades towards \
             the long-run rate over a few years.",
            "Default ≈ 5.1 %/yr, the average the report implies: (525 / 371)^(1/7) − 1. \
             Bloomberg Intelligence, 17 Mar 2025.",
        ),
        a(
            "Long-run growth",
            "The yearly growth rate spending settles to by the early 2030s.",
            "Default ≈ 5.1 %/yr, which takes $371B (2025) to $525B (2032). \
             Bloomberg Intelligence, 17 Mar 2025.",
        ),
        a(
            "Years for growth to settle",
            "How quickly growth in 2026 gives way to the long-run rate: after this many years \
             about two thirds of the gap has closed.",
            "Our assumption; it changes nothing while both growth rates are equal.",
        ),
        a(
            "Training share in 2025",
            "The part of AI budgets spent on training new models today.",
            "Default 40 % (\"more than 40 %\" in English coverage). \
             Bloomberg Intelligence, 17 Mar 2025.",
        ),
        a(
            "Inference share in 2025",
            "The part spent on running models for users today.",
            "Our assumption: no source gives it. We hold \"other\" at its 2032 share \
             (1 − 14 % − 50 % = 36 %), which leaves 24 % for inference in 2025.",
        ),
        a(
            "Training share in 2032",
            "The part of AI budgets spent on training new models in 2032 (about 40 % in 2025).",
            "Default 14 %. Bloomberg Intelligence, 17 Mar 2025, via ChainNews / ABMedia.",
        ),
        a(
            "Inference share in 2032",
            "The part spent on running models for users in 2032. Raising it past what \
             training leaves makes room by lowering training.",
            "Default 50 %: the article says \"over 50 %\", English coverage \"nearly half\" \
             (≈ 45–50 %). Bloomberg Intelligence, 17 Mar 2025.",
        ),
        a(
            "Shift half done by",
            "The year the move from training to inference is half done. Earlier means \
             inference takes over sooner.",
            "Our assumption: the report gives only the 2025 and 2032 shares; by default the \
             shift is symmetric between them.",
        ),
        a(
            "Extra efficiency gains",
            "How much faster than the report expects the cost of AI computing falls each year \
             from 2026, e.g. from DeepSeek-style efficiency.",
            "Default 0: the report's own projection. Our assumption beyond it.",
        ),
        a(
            "Demand response (elasticity)",
            "How strongly demand for AI grows when compute gets cheaper. Below 1, efficiency \
             cuts total spending; above 1, cheaper compute raises it (the Jevons paradox); \
             at 1 they cancel.",
            "Our assumption (no source gives it); it changes nothing while extra \
             efficiency is 0.",
        ),
        a(
            "Microsoft's share",
            "Microsoft's part of the total.",
            COMPANY_SOURCE,
        ),
        a(
            "Amazon's share",
            "Amazon's part of the total.",
            COMPANY_SOURCE,
        ),
        a(
            "Alphabet's share",
            "Alphabet's (Google's) part of the total.",
            COMPANY_SOURCE,
        ),
        a("Meta's share", "Meta's part of the total.", COMPANY_SOURCE),
        a(
            "Microsoft in-house chips, 2025",
            "How much of Microsoft's AI spend goes to its own chips (Maia) rather than Nvidia's.",
            CHIPS_SOURCE,
        ),
        a("Microsoft in-house chips, 2032", SAME_IN_2032, CHIPS_SOURCE),
        a(
            "Amazon in-house chips, 2025",
            "How much of Amazon's AI spend goes to its own Trainium and Inferentia chips.",
            CHIPS_SOURCE,
        ),
        a("Amazon in-house chips, 2032", SAME_IN_2032, CHIPS_SOURCE),
        a(
            "Alphabet in-house chips, 2025",
            "How much of Google's AI spend goes to its own TPUs.",
            CHIPS_SOURCE,
        ),
        a("Alphabet in-house chips, 2032", SAME_IN_2032, CHIPS_SOURCE),
        a(
            "Meta in-house chips, 2025",
            "How much of Meta's AI spend goes to its own chips (MTIA).",
            CHIPS_SOURCE,
        ),
        a("Meta in-house chips, 2032", SAME_IN_2032, CHIPS_SOURCE),
        a(
            "Others' in-house chips, 2025",
            "The in-house share of everyone else's AI spend.",
            CHIPS_SOURCE,
        ),
        a("Others' in-house chips, 2032", SAME_IN_2032, CHIPS_SOURCE),
        a(
            "Uncertainty in growth",
            "How far either growth rate could plausibly be off (one standard deviation). \
             Drawn as the likely range on the investment chart.",
            "Our assumption.",
        ),
        a(
            "Uncertainty in the mix",
            "How far the 2032 inference share could plausibly be off (one standard deviation). \
             Drawn as the likely range of the inference share on the shares chart.",
            "Our assumption; sources already differ by about 5 points (\"nearly half\" vs \
             \"over 50 %\").",
        ),
    ],
    presets: [
        PresetText {
            title: "Report baseline (Bloomberg Intelligence, Mar 2025)",
            description: "The report's projection: $371B in 2025, 44 % more than 2024, rising \
                to $525B in 2032, with training falling from 40 % to 14 % of budgets and \
                inference rising to half.",
        },
        PresetText {
            title: "Efficiency shock",
            description: "DeepSeek-style gains make AI computing 15 % a year cheaper than the \
                report expects, and demand responds only weakly (elasticity 0.5): the same work \
                costs less, so total spending falls well short of the report. Our assumptions.",
        },
        PresetText {
            title: "Jevons boom",
            description: "The same 15 % a year efficiency, but cheaper AI unlocks so much new \
                use (elasticity 1.5) that total spending rises: the Jevons paradox. Inference \
                takes over sooner. Our assumptions.",
        },
        PresetText {
            title: "Digestion / capex bust",
            description: "After the 2025 surge, companies pause to digest the capacity they \
                built: spending falls 20 % in 2026 and then grows only 2 % a year. Our \
                assumptions.",
        },
        PresetText {
            title: "What happened next",
            description: "Follows what was reported after the article: spending of about $650B \
                in 2026 (a Bloomberg Intelligence estimate of all hyperscale capex, 6 Feb 2026), \
                then a quick return to the report's pace (our assumption). Company weights \
                follow their October 2025 capex revisions.",
        },
    ],
    companies: ["Microsoft", "Amazon", "Alphabet (Google)", "Meta", "Others"],
    adjustments: [
        "{label} needs a number; kept the previous value.",
        "{label} must be between {min} and {max} {unit}; used {value}.",
        "{label} lowered to {value} % so that training and inference add up to at most 100 %.",
        "{label} capped at {value} % so that the four companies add up to at most 100 %.",
    ],

    sentence: "Under these assumptions, AI investment reaches {total} in {year}; \
        {inference} of it goes to inference. {crossover} {versus}",
    crossover: [
        "Inference spending overtakes training in {year}.",
        "Inference spending is ahead of training from the start.",
        "Inference spending does not overtake training before {year}.",
    ],
    versus: [
        "That matches the report's projection.",
        "That is {delta} ({percent} {side}) compared with the report's {report}.",
        "above",
        "below",
    ],

    chart_switch: [
        "Chart",
        "Investment",
        "Shares by workload",
        "Companies and chips",
        "What moves 2032 most",
    ],
    chart_titles: [
        "AI investment by workload, 2024–2032",
        "Billions of US dollars",
        "Share of AI investment by workload, 2024–2032",
        "Percent of each year's total",
        "AI investment per company: in-house chips or Nvidia",
        "Billions of US dollars, in the year chosen",
        "What moves the 2032 total most",
        "2032 total, billions of US dollars, with one assumption at either end of its range",
    ],
    legend: [
        "Training",
        "Inference",
        "Other (our assumption)",
        "Report figure",
        "Report's path, or your pinned scenario",
        "Reported later (total capex)",
        "In-house chips",
        "Nvidia-dependent",
        "Assumption at the low end of its range",
        "At the high end",
        "2032 total as set",
    ],
    chart_notes: [
        "Each workload's share of the year's AI investment. The dashed vertical line marks \
         the year inference spending overtakes training, if it does by 2032.",
        "Marked on the chart: Report: $371B (2025) and Report: $525B (2032). Reported later, \
         as total capital expenditure rather than AI investment alone: about $375–379B for \
         the big four in 2025 (company guidance, October 2025) and about $650B of hyperscale \
         capex in 2026 (Bloomberg Intelligence, February 2026).",
        "Company shares of the total follow their early-2025 capex guidance: a relative \
         weight, not a reported AI figure. The chip split is our assumption, from the article: \
         Google's TPUs handle training and inference; Microsoft and Meta rely mainly on Nvidia.",
        "Each bar moves one assumption to the low or the high end of its range and keeps the \
         others as set; the line is the 2032 total as set. The mix and the companies split \
         the total without changing it, so they have no bar.",
    ],
    chart_descriptions: [
        "Stacked area chart of AI investment from 2024 to 2032: {first} in 2024, {second} in \
         2025, {last} in 2032, of which training {training} and inference {inference}. \
         Marked: the report's figures, $371B in 2025 and $525B in 2032. Use the arrow keys \
         to step through the years.",
        "Line chart of each workload's share of AI investment from 2024 to 2032: training \
         from {training_from} to {training_to}, inference from {inference_from} to \
         {inference_to}. {crossover} Use the arrow keys to step through the years.",
        "Horizontal bar chart of AI investment per company, each bar split into in-house \
         chips and Nvidia-dependent spend. {companies} The year slider changes the year; the \
         arrow keys step through the companies.",
        "Tornado chart of the 2032 total, {total} under these assumptions, with one \
         assumption at a time at the low or the high end of its range, largest swing first: \
         {list}. Use the arrow keys to step through the bars.",
    ],
    year_label: "Year",
    company_text: "{company}, {year}\nTotal {total}\nIn-house chips {in_house} ({share})\n\
        Nvidia-dependent {nvidia}",
    companies_year: [
        "{year}: {list}.",
        "{company} {total}, {share} on in-house chips",
        "; ",
    ],
    sensitivity_text: [
        "{label}\nAt {low}: {low_total}\nAt {high}: {high_total}",
        "{label} from {low_total} to {high_total}",
        "; ",
    ],
    download_png: "Download the chart (PNG)",
    series: ["Training", "Inference", "Other"],
    report_label: "Report: {money}",
    year_text: "{year}\nTotal {total}\nTraining {training} ({training_share})\nInference \
        {inference} ({inference_share})\nOther {other} ({other_share})",
    guess: [
        "Guess first",
        "Pick a scenario, guess its 2032 AI investment, then reveal the projection.",
        "Scenario",
        "Your guess for 2032",
        "$B",
        "Reveal",
        "You guessed {guess}; the projection is {actual}, so you were {off} {side}. The chart \
         now shows this scenario.",
        "too high",
        "too low",
        "Type or slide to a guess (zero or more) first.",
    ],
    band: [
        "Show the likely range",
        "Likely range, P10–P90 (our assumptions)",
        "Likely range {low}–{high}",
        "Shaded: the range in which 80 % of {paths} simulated paths fall, {low} to {high} in \
         2032, given the uncertainty assumptions (ours).",
    ],
    crossover_label: ["Inference overtakes training, {year}", "Crossover {year}"],
    poster_titles: [
        "AI investment by workload, 2024–2032 (billions of US dollars)",
        "Share of AI investment by workload, 2024–2032 (%)",
        "AI investment per company in {year}: in-house chips or Nvidia (billions of US dollars)",
        "What moves the 2032 total most (billions of US dollars)",
    ],
    poster_notes: [
        "Source: Bloomberg Intelligence (17 Mar 2025) via ChainNews / ABMedia; years between \
         the report's figures, and \"other\", are our assumptions. AI Capex Explorer.",
        "Assumptions: the report's.",
        "Changed from the report: {list}.",
        "; ",
        "Dashed line: the report's path (or a pinned scenario). Crosses: figures reported \
         later, as total capital expenditure.",
    ],

    table_head: [
        "AI investment by year, in billions of US dollars",
        "Year",
        "Total",
        "Training",
        "Inference",
        "Other",
        "Inference share",
    ],
    table_note: [
        "2025 is the report's total and 2024 follows from its +44 %. Later years follow the \
         growth assumptions; by default they land on the report's $525B in 2032. The split \
         moves smoothly from the 2025 shares to the 2032 shares.",
        "\"Other\" (neither training nor inference) is our own assumption: no source names it.",
    ],
    download_csv: "Download the table (CSV)",
    csv_header: "year,total_usd_billion,training_usd_billion,inference_usd_billion,\
        other_usd_billion_our_assumption,training_share_percent,inference_share_percent",

    compare_head: [
        "Your pinned scenario and now",
        "Headline",
        "Pinned",
        "Now",
        "Change",
    ],
    compare_rows: [
        "AI investment in 2032",
        "Invested 2025–2032",
        "Inference share in 2032",
        "Training share in 2032",
        "Inference overtakes training",
    ],
    compare_words: ["not by 2032", "same", "changed"],

    methodology: MethodText {
        title: "How the projection is made",
        sections: [
            [
                "The total.",
                "It starts from the report: $371B in 2025, 44% more than in 2024, so 2024 was about $257.6B (371 ÷ 1.44). From 2026 each year grows by a rate that starts at the 2026 growth and fades into the long-run rate: g = long + (2026 − long) × e^(−(year − 2026) / fade). With both rates at 5.1% a year, the rate implied by the report's $525B in 2032 ((525 ÷ 371)^(1/7) − 1), the path lands on the report's figure.",
            ],
            [
                "Efficiency and demand.",
                "Extra efficiency e makes a unit of AI computing cost (1 − e)^(year − 2025) of what the report expects. Demand answers with an elasticity ε, so spending is multiplied by ((1 − e)^(year − 2025))^(1 − ε). Below 1, efficiency cuts spending; above 1, cheaper computing raises it (the Jevons paradox); at 1 nothing changes. The report gives neither number: both are our assumptions, and by default they change nothing.",
            ],
            [
                "Training, inference and other.",
                "The shares move from their 2025 to their 2032 values along an S-shaped curve centred on the midpoint year. The report gives training at about 40% of AI budgets now and 14% in 2032, and inference at about half in 2032; sources differ between about 45% and 50%, and we use 50%. The 2025 inference share, and \"other\" (neither training nor inference, such as networking, storage and general computing), are our assumptions: no source names them.",
            ],
            [
                "Companies and chips.",
                "Each company's AI spend is its share of the year's total; the shares stay the same every year, and \"others\" take what the four named companies leave. Each company's in-house share moves in a straight line from its 2025 to its 2032 value; the rest of its spend depends on Nvidia. The shares come from the companies' early-2025 capex guidance set against the report's $371B (relative weights, not reported AI figures); the in-house shares are our assumptions, informed by the article.",
            ],
            [
                "What moves 2032 most.",
                "Each assumption in turn is set to the low and then the high end of its range, every other kept as set, and the 2032 total computed again; the bars are sorted by the gap between the two.",
            ],
            [
                "The likely range.",
                "10,000 simulated paths each draw the 2026 and the long-run growth rates from normal distributions centred on the values set, with the growth uncertainty as standard deviation, and the 2032 inference share likewise with the mix uncertainty; every draw is kept within its assumption's range. The shaded range runs from the 10th to the 90th percentile of the paths in each year: of the total on the investment chart, of the inference share on the shares chart. Both spreads are our assumptions; the random numbers come from a fixed seed, so the same settings always give the same range.",
            ],
            [
                "What this is not.",
                "A what-if calculator built on one report's published figures, not a forecast of our own. Between 2025 and 2032 the report publishes no yearly path; the years in between follow the assumptions above.",
            ],
        ],
        defaults: ["Every default and where it comes from", "Assumption", "Default", "Source"],
        sources_title: "Sources",
        sources: [
            "Bloomberg Intelligence, report on hyperscalers' AI investment, 17 March 2025 (analyst Mandeep Singh): $371B in 2025 (+44%), over $525B in 2032, training about 40% → 14%, inference about half.",
            "ChainNews / ABMedia, \"2032 AI investment wave will break through $500 billion! Google has the most advantage, Microsoft, Meta still limited by Nvidia\", summarising that report; Bloomberg News (Jackie Davalos), the same day.",
        ],
    },
};

/// English, for sharing and embedding.
pub static EN_EMBED: EmbedText = EmbedText {
    buttons: ["Share", "Embed"],
    fields: ["Link to this view", "Paste this into your page"],
    copied: [
        "Copied to the clipboard.",
        "Select the text and copy it (Ctrl+C or ⌘C).",
    ],
    iframe_title: "AI Capex Explorer: Big Tech's AI investment to 2032",
    source: [
        "Source: Bloomberg Intelligence (17 Mar 2025) via ChainNews / ABMedia; projections \
         between the report's figures are our assumptions.",
        "Open the full interactive",
    ],
    link_notes: [
        "The link was too long; only its beginning was read.",
        "Ignored \"{key}\" in the link: its value is too long.",
        "Ignored \"{key}\" in the link: {label} needs a number.",
        "Ignored the link's preset: there is no such scenario.",
        "Ignored an origin in the link that is not of the form https://host[:port].",
        "…and {n} more adjustments to the link.",
        "From the link: {message}",
    ],
};

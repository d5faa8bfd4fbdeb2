//! English.

use super::{AssumptionText, EmbedText, LaterText, MethodText, PresetText, Text};

const COMPANY_SOURCE: &str = "Default: the company's 2025 capex guidance (early 2025) divided by \
the report's $371B; guidance is total capex, so this is a relative weight, not a reported AI \
figure. What the four leave is \"others\".";
const CHIPS_SOURCE: &str = "Our assumption, informed by the article: Google's own chips handle \
training and inference; Microsoft and Meta rely mainly on Nvidia. The rest of each company's \
spend is everything it buys from others: chips (mostly Nvidia's), networking, buildings, power.";
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
    unit_suffix: ["$B", "%/yr", "%", "%", "points", "yr", "", ""],
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
    points: "{n} points",

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
    pin: ["Pin to compare", "Stop comparing"],
    key_number: ["{total} in {year}", "{change} on {base}", "report: {report}"],
    more_assumptions: "More assumptions",
    inactive: [
        "No effect while growth in 2026 equals long-run growth.",
        "No effect while extra efficiency gains are 0.",
    ],
    preset: [
        "Scenario",
        "Your own assumptions",
        "Your own assumptions. Pick a scenario to start again from it.",
    ],
    groups: [
        "Growth",
        "Training, inference and other",
        "Efficiency and demand",
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
            "Default +44%. Bloomberg Intelligence, 17 Mar 2025.",
        ),
        a(
            "Growth in 2026",
            "How much AI investment grows next year. Faster near-term growth fades towards \
             the long-run rate over a few years.",
            "Default ≈ 5.1%/yr, derived: the average yearly growth that takes the report's \
             $371B (2025) to its $525B (2032), (525 / 371)^(1/7) − 1. The report publishes \
             no rate for 2026. Bloomberg Intelligence, 17 Mar 2025.",
        ),
        a(
            "Long-run growth",
            "The yearly growth rate spending settles to by the early 2030s.",
            "Default ≈ 5.1%/yr, derived from the report's two totals, $371B (2025) and \
             $525B (2032); the report publishes no long-run rate. Bloomberg Intelligence, \
             17 Mar 2025.",
        ),
        a(
            "Years for growth to settle",
            "How quickly growth in 2026 gives way to the long-run rate: after this many years \
             63% of the gap has closed.",
            "Our assumption; it changes nothing while both growth rates are equal.",
        ),
        a(
            "Training share in 2025",
            "The part of AI budgets spent on training new models today.",
            "Default 40% (\"more than 40%\" in English coverage). \
             Bloomberg Intelligence, 17 Mar 2025.",
        ),
        a(
            "Inference share in 2025",
            "The part spent on running models for users today.",
            "Our assumption: no source gives it. We hold \"other\" at its 2032 share \
             (1 − 14% − 50% = 36%), which leaves 24% for inference in 2025.",
        ),
        a(
            "Training share in 2032",
            "The part of AI budgets spent on training new models in 2032 (about 40% in 2025).",
            "Default 14%. Bloomberg Intelligence, 17 Mar 2025, via ChainNews / ABMedia.",
        ),
        a(
            "Inference share in 2032",
            "The part spent on running models for users in 2032. Raising it past what \
             training leaves makes room by lowering training.",
            "The article says \"over 50%\"; English coverage says \"nearly half\". The \
             default of 50% is ours, chosen between them. Bloomberg Intelligence, 17 Mar 2025.",
        ),
        a(
            "Year the shift is halfway",
            "The year the move from training to inference is half done (the midpoint of an \
             S-curve). Earlier means inference takes over sooner.",
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
            "How much cheaper AI lifts demand",
            "How strongly demand for AI grows when compute gets cheaper (economists call it \
             the price elasticity of demand). Below 1, efficiency \
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
            "Uncertainty in 2026 growth",
            "How far growth in 2026 could be off (one standard deviation). Drawn, with the \
             long-run uncertainty, as the likely range on the investment chart.",
            "Default 56 points, from how far forecasts made about a year ahead missed: in \
             2025 the big four grew about 37 points faster than their early-2025 guidance \
             implied ($406–410B spent against $320–325B planned); for 2026 they guided to \
             +75%, about 70 points above the report's 5.1%. 56 is the root mean square of \
             the two. Derived; the choice of measure is our assumption.",
        ),
        a(
            "Uncertainty in long-run growth",
            "How far the long-run growth rate could be off (one standard deviation).",
            "Default 9 points: the gap between Dell'Oro's forecast of data-centre capex, \
             ≈ 14%/yr from 2026 to 2030 (11 Feb 2026), and the report's 5.1%/yr. Derived; \
             the choice of measure is our assumption.",
        ),
        a(
            "Uncertainty in the mix",
            "How far the 2032 inference share could plausibly be off (one standard deviation). \
             Drawn as the likely range of the inference share on the shares chart.",
            "Our assumption; sources already differ by about 5 points (\"nearly half\" vs \
             \"over 50%\").",
        ),
    ],
    presets: [
        PresetText {
            title: "Report baseline (Bloomberg Intelligence, Mar 2025)",
            description: "The report's projection: $371B in 2025, 44% more than 2024, rising \
                to $525B in 2032, with training falling from 40% to 14% of budgets and \
                inference rising to about half (\"over 50%\" in the article, \"nearly half\" in \
                English coverage; 50% is our choice between them).",
        },
        PresetText {
            title: "Efficiency shock",
            description: "DeepSeek-style gains make AI computing 15% a year cheaper than the \
                report expects, and demand responds only weakly (elasticity 0.5): the same work \
                costs less, so total spending falls well short of the report. Our assumptions.",
        },
        PresetText {
            title: "Cheaper AI, bigger boom",
            description: "The same 15% a year efficiency, but cheaper AI unlocks so much new \
                use (elasticity 1.5) that total spending rises: the Jevons paradox. Inference \
                takes over sooner. Our assumptions.",
        },
        PresetText {
            title: "Digestion / capex bust",
            description: "After the 2025 surge, companies pause to digest the capacity they \
                built: spending falls 20% in 2026 and then grows only 2% a year. Our \
                assumptions.",
        },
        PresetText {
            title: "What happened next",
            description: "AI investment grows in 2026 as fast as the big four's capex: from \
                $406–410B spent in 2025 to $700–725B guided for 2026 (+75%; companies' \
                results and guidance, Feb and 29 Apr 2026). That assumes AI stays about 91% \
                of their capex, as the report's $371B was of 2025's $408B. Then growth returns \
                quickly to the report's pace. Company weights follow their 2025 capex. The \
                basis and the return are our assumptions.",
        },
    ],
    companies: ["Microsoft", "Amazon", "Alphabet (Google)", "Meta", "Others"],
    adjustments: [
        "{label} needs a number; kept the previous value.",
        "{label} must be between {min} and {max}; used {value}.",
        "{label} lowered to {value}% so that training and inference add up to at most 100%.",
        "{label} capped at {value}% so that the four companies add up to at most 100%.",
    ],

    sentence: "Under these assumptions, AI investment reaches {total} in {year}; \
        {inference} of it goes to inference. {training} {crossover} {versus}",
    training_change: [
        "Training spending falls from {from} in 2025 to {to} in {year}.",
        "Training spending rises from {from} in 2025 to {to} in {year}.",
    ],
    crossover: [
        "In our model, inference spending overtakes training in {year}.",
        "In our model, training spending overtakes inference again in {year}.",
        "Inference spending is ahead of training throughout.",
        "Training spending stays ahead of inference up to {year}.",
    ],
    versus: [
        "That matches the report's projection.",
        "That is {delta} ({percent} {side}) compared with the report's {report}.",
        "above",
        "below",
        "That is about {times} times the report's {report}.",
        "The total matches the report's; the split between training and inference does not.",
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
        "2032 total, billions of US dollars, with one assumption at either end of its plausible range",
    ],
    legend: [
        "Training",
        "Inference",
        "Other (our assumption)",
        "Report figure",
        "Report's path, or your pinned scenario",
        "Big four's capex, reported later (not only AI)",
        "In-house chips",
        "Bought from chip vendors, mostly Nvidia",
        "Assumption at the low end of its plausible range",
        "At the high end",
        "2032 total as set",
        "Other forecasts (other measures)",
    ],
    chart_notes: [
        "Each workload's share of the year's AI investment. The dashed vertical line marks \
         the year the lead between inference and training spending changes hands in our \
         model, if it does by 2032: our model's year, not the report's.",
        "Marked on the chart: Report: $371B (2025) and Report: $525B (2032). Crosses: the big \
         four's total capital expenditure, not AI investment alone, as reported later: \
         $406–410B spent in 2025 (company results, Feb 2026) and $700–725B guided for 2026 \
         (29 Apr 2026). Other forecasts, when shown, measure other things again: see \
         Methodology & sources.",
        "Company shares of the total follow their early-2025 capex guidance: a relative \
         weight, not a reported AI figure. The chip split is our assumption, from the article: \
         Google's TPUs handle training and inference; Microsoft and Meta rely mainly on Nvidia. \
         What is not in-house is everything bought from others: chips, mostly Nvidia's, and \
         also networking, buildings and power.",
        "Each bar moves one assumption to the low or the high end of its plausible range \
         (listed in Methodology & sources) and keeps the others as set; the line is the 2032 \
         total as set. The mix and the companies split the total without changing it, so \
         they have no bar.",
    ],
    chart_descriptions: [
        "Stacked area chart of AI investment from 2024 to 2032: {first} in 2024, {second} in \
         2025, {last} in 2032, of which training {training} and inference {inference}. \
         Marked: the report's figures, $371B in 2025 and $525B in 2032, and the big four's \
         total capex reported later, $406–410B in 2025 and $700–725B guided for 2026. Use the \
         arrow keys to step through the years.",
        "Line chart of each workload's share of AI investment from 2024 to 2032: training \
         from {training_from} to {training_to}, inference from {inference_from} to \
         {inference_to}. {crossover} Use the arrow keys to step through the years.",
        "Horizontal bar chart of AI investment per company, each bar split into in-house \
         chips and spend bought from chip vendors, mostly Nvidia. {companies} The year slider changes the year; the \
         arrow keys step through the companies.",
        "Tornado chart of the 2032 total, {total} under these assumptions, with one \
         assumption at a time at the low or the high end of its plausible range, largest swing first: \
         {list}. Use the arrow keys to step through the bars.",
    ],
    year_label: "Year",
    company_text: "{company}, {year}\nTotal {total}\nIn-house chips {in_house} ({share})\n\
        Bought from chip vendors {nvidia}",
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
        "Draw your guess",
        "How fast will Big Tech's AI investment grow? Draw your line for 2026–2032 on the \
         chart, with a finger, the mouse or the arrow keys, then see how close you came.",
        "Left and right arrows pick a year; up and down move it by $5B, Page Up and Page \
         Down by $50B.",
        "Type the numbers instead",
        "$B",
        "Show me the report's path",
        "Show what the companies guided since",
        "Back to the explorer",
        "Draw every year to 2032 first: {left} to go.",
        "Your guess for {year}",
        "Start again",
    ],
    guess_labels: ["Your guess", "Draw from here"],
    guess_results: [
        "In 2032 you drew {guess}, {off} above the report's {actual}.",
        "In 2032 you drew {guess}, {off} below the report's {actual}.",
        "In 2032 you drew {guess}, within 1% of the report's {actual}.",
        "{first} Year by year, your line was {mean} off the report's path on average.",
        "For 2026 you drew {guess}, {off} above the {range} of total capital spending (not \
         only AI) the big four guided in April 2026.",
        "For 2026 you drew {guess}, {off} below the {range} of total capital spending (not \
         only AI) the big four guided in April 2026.",
        "For 2026 you drew {guess}, inside the {range} of total capital spending (not only \
         AI) the big four guided in April 2026.",
    ],
    guess_spoken: [
        "{year}: your guess {value}",
        "{year}: not drawn yet",
        "Your line so far: {points}.",
        "Nothing drawn yet.",
        "{year} {value}",
    ],
    band: [
        "Likely range",
        "Likely range: 8 in 10 simulated paths, each year (our assumptions)",
        "Likely range {low}–{high}",
        "Shaded: the likely range. In each year, 8 in 10 of {paths} simulated paths fall \
         inside it: {low} to {high} in 2032, given the uncertainty assumptions (ours, sized \
         from past forecast misses).",
        "8 in 10 simulations",
    ],
    crossover_label: [
        "Inference overtakes training, {year}",
        "Inference ahead, {year}",
        "Training overtakes inference, {year}",
        "Training ahead, {year}",
    ],
    poster_titles: [
        "AI investment by workload, 2024–2032 (billions of US dollars)",
        "Share of AI investment by workload, 2024–2032 (%)",
        "AI investment per company in {year}: in-house chips or Nvidia (billions of US dollars)",
        "What moves the 2032 total most (billions of US dollars)",
    ],
    poster_subtitle: "{name}: {total}, {change}",
    poster_notes: [
        "Source: Bloomberg Intelligence (17 Mar 2025) via ChainNews / ABMedia; years between \
         the report's figures, and \"other\", are our assumptions. AI Capex Explorer.",
        "Assumptions: the report's.",
        "Changed from the report: {list}.",
        "; ",
        "Dashed line: the report's path (or a pinned scenario). Crosses: the big four's total \
         capital expenditure reported later (not only AI).",
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
        "Only the 2025 and 2032 totals and the training and inference shares of those years \
         are the report's; 2024 follows from its +44%. The years between follow the growth \
         assumptions (by default they land on the report's $525B in 2032), and the split moves \
         smoothly from the 2025 shares to the 2032 shares: derived and assumed, not published.",
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
        "Lead changes (our model)",
    ],
    compare_words: [
        "not by 2032",
        "same",
        "changed",
        "inference, {year}",
        "training, {year}",
    ],

    later: LaterText {
        measures: [
            "the big four's total capex, calendar year",
            "the big four's capex guidance",
            "capex of five hyperscalers (the big four and Oracle)",
            "data-centre capex worldwide",
        ],
        publishers: [
            "the companies' results, summed by news coverage",
            "the companies' guidance after first-quarter results, summed by news coverage",
            "Morgan Stanley",
            "Dell'Oro Group",
        ],
        labels: ["Capex 2025", "Guidance 2026", "Morgan Stanley", "Dell'Oro"],
        firmness: ["reported", "guidance, may change", "forecast"],
        date: "{day} {month} {year}",
        months: [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ],
        line: [
            "{label}: {value} ({measure})",
            "{year}: {value}, {measure}. {publisher}, {date} ({firmness}).",
        ],
        toggle: "Other forecasts",
        title: [
            "What came after the article",
            "None of these measures what the report measures (AI investment of the \
             hyperscalers): the companies report total capital expenditure, and other \
             forecasters count other companies. The chart marks them beside the projection, \
             never as its continuation.",
        ],
    },

    methodology: MethodText {
        title: "How the projection is made",
        sections: [
            [
                "The total.",
                "It starts from the report: $371B in 2025, 44% more than in 2024, so 2024 was about $257.6B (371 ÷ 1.44). From 2026 each year grows by a rate that starts at the 2026 growth g₂₀₂₆ and fades into the long-run rate g_long: g = g_long + (g₂₀₂₆ − g_long) × e^(−(year − 2026) / fade), so after fade years 63% of the gap has closed. The report publishes neither rate: both default to 5.1% a year, derived from its two totals ((525 ÷ 371)^(1/7) − 1), and with them the path lands on its $525B in 2032.",
            ],
            [
                "Efficiency and demand.",
                "Extra efficiency e makes a unit of AI computing cost (1 − e)^(year − 2025) of what the report expects. Demand answers with an elasticity ε, so spending is multiplied by ((1 − e)^(year − 2025))^(1 − ε). Below 1, efficiency cuts spending; above 1, cheaper computing raises it (the Jevons paradox); at 1 nothing changes. The report gives neither number: both are our assumptions, and by default they change nothing.",
            ],
            [
                "Training, inference and other.",
                "The shares move from their 2025 to their 2032 values along an S-shaped curve centred on the midpoint year. The report gives training at about 40% of AI budgets now and 14% in 2032, and inference at about half in 2032: the article says over 50%, English coverage nearly half, and our default of 50% sits between them. The 2025 inference share, and \"other\" (neither training nor inference, such as networking, storage and general computing), are our assumptions: no source names them.",
            ],
            [
                "Companies and chips.",
                "Each company's AI spend is its share of the year's total; the shares stay the same every year, and \"others\" take what the four named companies leave. Each company's in-house share moves in a straight line from its 2025 to its 2032 value; the rest of its spend is bought from others: chips, mostly Nvidia's, but also networking, buildings and power. The shares come from the companies' early-2025 capex guidance set against the report's $371B (relative weights, not reported AI figures); the in-house shares are our assumptions, informed by the article.",
            ],
            [
                "What moves 2032 most.",
                "Each assumption in turn is set to the low and then the high end of its plausible range (the table below), every other kept as set, and the 2032 total computed again; the bars are sorted by the gap between the two. The plausible ranges are narrower than the sliders', which stay wide for exploring. Growth in 2026: from −20% (a pause like the \"Digestion\" scenario; ours) to +75% (the big four's 2026 guidance over their 2025 capex; derived). Long-run growth: from 0 (ours) to 14% a year (Dell'Oro's data-centre capex, 2026–2030; derived). The others are ours: 2024 within 5% of the report's, 2025 growth within 10 points of its +44%, 1 to 4 years to settle, efficiency up to our scenarios' 15% a year, and an elasticity from 0.5 to 1.5.",
            ],
            [
                "The likely range.",
                "10,000 simulated paths each draw the 2026 and the long-run growth rates from normal distributions centred on the values set, each with its own uncertainty as standard deviation, and the 2032 inference share likewise with the mix uncertainty; every draw is kept within its assumption's range. The shaded range runs from the 10th to the 90th percentile of the paths in each year on its own: in each year, 8 in 10 simulated paths fall inside it (a single path may leave it in some years). The spreads are sized from evidence: forecasts made about a year ahead missed 2025 by about 37 points of growth and 2026 by about 70 (root mean square 56 points); other forecasters' long-run growth differs from the report's by about 9 points; sources on the 2032 inference share differ by about 5 points. The misses so far were all upward, yet the range is symmetric around your assumptions. The random numbers come from a fixed seed, so the same settings always give the same range.",
            ],
            [
                "What came after.",
                "The companies report total capital expenditure, not AI investment, so their figures are never joined to the report's line. The \"What happened next\" scenario puts them on the report's basis instead: in 2025 the report's $371B of AI investment was about 91% of the $406–410B the big four spent (derived), and the scenario assumes that share holds in 2026, so AI investment grows as fast as their capex, +75%. The often quoted \"$650B in 2026\" is their February 2026 guidance as Bloomberg News added it up (6 Feb 2026), not a Bloomberg Intelligence estimate; they raised it to about $700–725B after their first-quarter results (29 Apr 2026), which is what the chart marks. Microsoft reports by fiscal years ending in June: its calendar-2025 figure, ≈ $111–121B, is what the total leaves once the other three are taken away. Meta's figure includes finance leases; for the others, outlets differ on whether they are included, hence the ranges.",
            ],
            [
                "What this is not.",
                "A what-if calculator built on one report's published figures, not a forecast of our own. Between 2025 and 2032 the report publishes no yearly path; the years in between follow the assumptions above.",
            ],
        ],
        defaults: [
            "Every default and where it comes from",
            "Assumption",
            "Default",
            "Source",
            "Plausible range (tornado)",
            "— (does not move the total)",
        ],
        sources_title: "Sources",
        sources: [
            "Bloomberg Intelligence, report on hyperscalers' AI investment, 17 March 2025 (analyst Mandeep Singh): $371B in 2025 (+44%), over $525B in 2032, training about 40% → 14%, inference about half.",
            "ChainNews / ABMedia, \"2032 AI investment wave will break through $500 billion! Google has the most advantage, Microsoft, Meta still limited by Nvidia\", summarising that report; Bloomberg News (Jackie Davalos), the same day.",
            "The big four's results for the fourth quarter of 2025 (late Jan – early Feb 2026): Alphabet $91.4B, Amazon $125–131B (Reuters, 5 Feb 2026; definitions differ), Meta $72.2B, $406–410B in all as summed by coverage of 29 Jan – 8 May 2026.",
            "The big four's 2026 guidance: about $650B in February (Bloomberg News, 6 Feb 2026; the WSJ's sum of the upper ends was $670B), about $700–725B after first-quarter results (29 Apr 2026): Amazon ≈ $200B, Alphabet $180–190B, Meta $125–145B, Microsoft ≈ $190B (its basis is not settled).",
            "Morgan Stanley, capex of five hyperscalers: $805B in 2026 and $1,116B in 2027 (coverage of 3 May 2026). Dell'Oro Group, data-centre capex worldwide: about $1T in 2026 and $1.7T in 2030 (11 Feb 2026).",
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
    more: "More assumptions ↗",
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
        "Ignored the guess in the link: it needs seven places, one per year from 2026 to \
         2032, each a number or left empty (not drawn yet).",
    ],
};

//! 繁體中文 (Traditional Chinese, as read in Taiwan and Hong Kong). Money in 億美元:
//! $525B is 5,250 億美元.

use super::{AssumptionText, PresetText, Text};

const COMPANY_SOURCE: &str = "預設值：該公司 2025 年資本支出指引（2025 年初）除以報告的 \
3,710 億美元；指引是資本支出總額，因此這是相對權重，並非已公布的 AI 數字。四家以外的部分歸入「其他」。";
const CHIPS_SOURCE: &str = "我們的假設，依據文章：Google 以自研晶片處理訓練與推論；微軟與 \
Meta 主要依賴 Nvidia。";
const SAME_IN_2032: &str = "2032 年的同一比例。";

const fn a(label: &'static str, explanation: &'static str, source: &'static str) -> AssumptionText {
    AssumptionText {
        label,
        explanation,
        source,
    }
}

/// 繁體中文。
pub static ZH_HANT: Text = Text {
    lang: "zh-Hant",
    money_in_yi: true,
    money: "{n} 億美元",
    unit_suffix: ["十億美元", "%／年", "%", "%", "個百分點", "年", "", ""],
    unit_spoken: [
        "十億美元",
        "% 每年",
        "% 占總額",
        "% 占該公司 AI 支出",
        "個百分點",
        "年",
        "",
        "",
    ],
    points: "{n} 個百分點",

    other_language: ["English", "en", "../?lang=en"],
    controls_title: "你的假設",
    reset_all: "回到報告預測",
    tabs: ["預測的檢視方式", "圖表", "表格", "方法與資料來源"],
    theme: ["配色", "自動", "淺色", "深色"],
    dismiss: "關閉",
    pin: "釘選以比較",
    preset: [
        "情境",
        "你自己的假設",
        "你自己的假設。選擇一個情境即可從它重新開始。",
    ],
    groups: [
        "成長",
        "訓練、推論與其他",
        "效率與需求（傑文斯）",
        "公司與晶片",
        "不確定性",
    ],
    control: ["說明", "重設", "重設 {label} 為 {value}"],
    provenance: ["報告數字", "由報告推算", "我們的假設"],
    assumptions: [
        a(
            "2024 年 AI 投資",
            "預測路徑的起點。",
            "預設約 2,576 億美元：371 ÷ 1.44，由報告的 2025 年數字與成長率推算。\
             彭博行業研究，2025 年 3 月 17 日。",
        ),
        a(
            "2025 年成長率",
            "2025 年的投資比 2024 年多出多少。",
            "預設 +44%。彭博行業研究，2025 年 3 月 17 日。",
        ),
        a(
            "2026 年成長率",
            "明年 AI 投資成長多少。較快的短期成長會在幾年內逐漸回落到長期成長率。",
            "預設約每年 5.1%，即報告隱含的平均值：(525 ÷ 371)^(1/7) − 1。\
             彭博行業研究，2025 年 3 月 17 日。",
        ),
        a(
            "長期成長率",
            "到 2030 年代初期，支出穩定下來的年成長率。",
            "預設約每年 5.1%，可讓 2025 年的 3,710 億美元成長到 2032 年的 5,250 億美元。\
             彭博行業研究，2025 年 3 月 17 日。",
        ),
        a(
            "成長率趨穩所需年數",
            "2026 年的成長率多快讓位給長期成長率：經過這麼多年，差距約縮小三分之二。",
            "我們的假設；兩個成長率相同時，它不改變任何結果。",
        ),
        a(
            "2025 年訓練占比",
            "目前 AI 預算中用於訓練新模型的部分。",
            "預設 40%（英文報導稱「超過 40%」）。彭博行業研究，2025 年 3 月 17 日。",
        ),
        a(
            "2025 年推論占比",
            "目前用於為使用者執行模型的部分。",
            "我們的假設：沒有資料來源提供此數字。我們讓「其他」維持 2032 年的占比\
             （1 − 14% − 50% = 36%），因此 2025 年推論占 24%。",
        ),
        a(
            "2032 年訓練占比",
            "2032 年 AI 預算中用於訓練新模型的部分（2025 年約 40%）。",
            "預設 14%。彭博行業研究，2025 年 3 月 17 日，經鏈新聞 ABMedia 報導。",
        ),
        a(
            "2032 年推論占比",
            "2032 年用於為使用者執行模型的部分。若調高到超過訓練剩下的空間，會調低訓練占比來騰出空間。",
            "預設 50%：文章說「超過 50%」，英文報導說「將近一半」（約 45–50%）。\
             彭博行業研究，2025 年 3 月 17 日。",
        ),
        a(
            "轉移過半的年份",
            "從訓練轉向推論完成一半的年份。越早代表推論越快成為主力。",
            "我們的假設：報告只提供 2025 年與 2032 年的占比；預設轉移在兩者之間對稱進行。",
        ),
        a(
            "額外效率提升",
            "從 2026 年起，AI 運算成本每年比報告預期多下降多少，例如 DeepSeek 式的效率提升。",
            "預設 0：即報告本身的預測。超出的部分是我們的假設。",
        ),
        a(
            "需求反應（彈性）",
            "運算變便宜時，AI 需求增加得多強。低於 1 時，效率會減少總支出；高於 1 時，\
             更便宜的運算反而推高支出（傑文斯悖論）；等於 1 時兩者抵銷。",
            "我們的假設（沒有資料來源提供）；額外效率為 0 時，它不改變任何結果。",
        ),
        a("微軟占比", "微軟占總額的部分。", COMPANY_SOURCE),
        a("亞馬遜占比", "亞馬遜占總額的部分。", COMPANY_SOURCE),
        a("Alphabet 占比", "Alphabet（Google）占總額的部分。", COMPANY_SOURCE),
        a("Meta 占比", "Meta 占總額的部分。", COMPANY_SOURCE),
        a(
            "微軟自研晶片，2025 年",
            "微軟的 AI 支出有多少用於自家晶片（Maia），而非 Nvidia 的晶片。",
            CHIPS_SOURCE,
        ),
        a("微軟自研晶片，2032 年", SAME_IN_2032, CHIPS_SOURCE),
        a(
            "亞馬遜自研晶片，2025 年",
            "亞馬遜的 AI 支出有多少用於自家的 Trainium 與 Inferentia 晶片。",
            CHIPS_SOURCE,
        ),
        a("亞馬遜自研晶片，2032 年", SAME_IN_2032, CHIPS_SOURCE),
        a(
            "Alphabet 自研晶片，2025 年",
            "Google 的 AI 支出有多少用於自家的 TPU。",
            CHIPS_SOURCE,
        ),
        a("Alphabet 自研晶片，2032 年", SAME_IN_2032, CHIPS_SOURCE),
        a(
            "Meta 自研晶片，2025 年",
            "Meta 的 AI 支出有多少用於自家晶片（MTIA）。",
            CHIPS_SOURCE,
        ),
        a("Meta 自研晶片，2032 年", SAME_IN_2032, CHIPS_SOURCE),
        a(
            "其他業者自研晶片，2025 年",
            "其餘所有業者的 AI 支出中，自研晶片所占比例。",
            CHIPS_SOURCE,
        ),
        a("其他業者自研晶片，2032 年", SAME_IN_2032, CHIPS_SOURCE),
        a(
            "成長的不確定性",
            "兩個成長率可能偏離多少（一個標準差）。",
            "我們的假設。",
        ),
        a(
            "占比的不確定性",
            "2032 年推論占比可能偏離多少（一個標準差）。",
            "我們的假設；各資料來源本身已相差約 5 個百分點（「將近一半」與「超過 50%」）。",
        ),
    ],
    presets: [
        PresetText {
            title: "報告基準（彭博行業研究，2025 年 3 月）",
            description: "報告的預測：2025 年 3,710 億美元，比 2024 年多 44%，2032 年增至 \
                5,250 億美元；訓練占預算比例從 40% 降到 14%，推論升至一半。",
        },
        PresetText {
            title: "效率衝擊",
            description: "DeepSeek 式的進步讓 AI 運算每年比報告預期便宜 15%，而需求反應微弱\
                （彈性 0.5）：同樣的工作花費更少，總支出遠低於報告。我們的假設。",
        },
        PresetText {
            title: "傑文斯榮景",
            description: "同樣每年 15% 的效率提升，但更便宜的 AI 帶來大量新用途（彈性 1.5），\
                使總支出上升：這就是傑文斯悖論。推論也更快成為主力。我們的假設。",
        },
        PresetText {
            title: "消化期／資本支出泡沫破裂",
            description: "經過 2025 年的暴增，企業暫停投資以消化已建好的產能：2026 年支出下降 \
                20%，之後每年只成長 2%。我們的假設。",
        },
        PresetText {
            title: "後續發展",
            description: "依據文章發表後的報導：2026 年支出約 6,500 億美元（彭博行業研究對所有\
                超大規模業者資本支出的估計，2026 年 2 月 6 日），之後很快回到報告的步調\
                （我們的假設）。各公司權重依 2025 年 10 月的資本支出修正。",
        },
    ],
    companies: ["微軟", "亞馬遜", "Alphabet（Google）", "Meta", "其他"],
    adjustments: [
        "「{label}」需要一個數字；已保留先前的值。",
        "「{label}」必須介於 {min} 與 {max} {unit} 之間；已採用 {value}。",
        "「{label}」已降為 {value}%，使訓練與推論合計不超過 100%。",
        "「{label}」上限為 {value}%，使四家公司合計不超過 100%。",
    ],

    sentence: "在這些假設下，{year} 年 AI 投資將達 <strong \
        data-testid=\"sentence-total\">{total}</strong>，其中 <strong \
        data-testid=\"sentence-inference\">{inference}</strong> 用於推論。{crossover}{versus}",
    crossover: [
        "推論支出在 {year} 年超越訓練。",
        "推論支出從一開始就高於訓練。",
        "推論支出在 {year} 年之前都不會超越訓練。",
    ],
    versus: [
        "這與報告的預測相符。",
        "這比報告的 {report}{side} {percent}（{delta}）。",
        "高出",
        "低了",
    ],

    chart_switch: ["圖表", "投資金額", "各工作負載占比"],
    chart_titles: [
        "各工作負載的 AI 投資，2024–2032 年",
        "單位：億美元",
        "各工作負載占 AI 投資的比例，2024–2032 年",
        "占每年總額的百分比",
    ],
    legend: [
        "訓練",
        "推論",
        "其他（我們的假設）",
        "報告數字",
        "報告的路徑，或你釘選的情境",
        "後續報導（資本支出總額）",
    ],
    chart_notes: [
        "各工作負載占當年 AI 投資的比例。虛線垂直線標示推論支出超越訓練的年份（若在 2032 年前發生）。",
        "圖上標示：報告：3,710 億美元（2025 年）與報告：5,250 億美元（2032 年）。後續報導的是資本支出\
         總額，而非僅 AI 投資：2025 年四大業者約 3,750–3,790 億美元（公司指引，2025 年 10 月），\
         2026 年超大規模業者資本支出約 6,500 億美元（彭博行業研究，2026 年 2 月）。",
    ],
    chart_descriptions: [
        "2024 至 2032 年 AI 投資的堆疊面積圖：2024 年 {first}，2025 年 {second}，2032 年 \
         {last}，其中訓練占 {training}，推論占 {inference}。圖上標示報告的數字：2025 年 \
         3,710 億美元與 2032 年 5,250 億美元。使用方向鍵逐年瀏覽。",
        "2024 至 2032 年各工作負載占 AI 投資比例的折線圖：訓練從 {training_from} 降到 \
         {training_to}，推論從 {inference_from} 到 {inference_to}。{crossover}使用方向鍵逐年瀏覽。",
    ],
    download_png: "下載圖表（PNG）",
    series: ["訓練", "推論", "其他"],
    report_label: "報告：{money}",
    year_text: "{year} 年\n總額 {total}\n訓練 {training}（{training_share}）\n推論 \
        {inference}（{inference_share}）\n其他 {other}（{other_share}）",
    crossover_label: ["推論超越訓練：{year} 年", "交叉 {year}"],
    poster_titles: [
        "各工作負載的 AI 投資，2024–2032 年（億美元）",
        "各工作負載占 AI 投資的比例，2024–2032 年（%）",
    ],
    poster_notes: [
        "資料來源：彭博行業研究（2025 年 3 月 17 日），經鏈新聞 ABMedia 報導；報告數字之間的\
         年份與「其他」為我們的假設。AI 資本支出探索器。",
        "假設：與報告相同。",
        "與報告不同之處：{list}。",
        "；",
        "圓圈：報告的路徑（或釘選的情境）。叉號：後續報導的數字，為資本支出總額。",
    ],

    table_head: "<caption id=\"capex-table-caption\">各年 AI 投資，單位：億美元</caption>\
        <thead><tr><th scope=\"col\">年份</th><th scope=\"col\">總額</th><th \
        scope=\"col\">訓練</th><th scope=\"col\">推論</th><th scope=\"col\">其他 <span \
        class=\"assumption-mark\">*</span></th><th scope=\"col\">推論占比</th></tr></thead>",
    table_note: "2025 年為報告的總額，2024 年由其 +44% 推算。之後的年份依成長假設計算；\
        預設會落在報告的 2032 年 5,250 億美元。各項占比從 2025 年平滑移動到 2032 年。<span \
        class=\"assumption-mark\">*</span>「其他」（既非訓練也非推論）是我們自己的假設：\
        沒有資料來源提到它。",
    download_csv: "下載表格（CSV）",
    csv_header: "年份,總額（億美元）,訓練（億美元）,推論（億美元）,其他（億美元，我們的假設）,\
        訓練占比（%）,推論占比（%）",

    compare_head: "<caption>你釘選的情境與目前情境</caption><thead><tr><th \
        scope=\"col\">重點數字</th><th scope=\"col\">釘選</th><th scope=\"col\">目前</th><th \
        scope=\"col\">變化</th></tr></thead>",
    compare_rows: [
        "2032 年 AI 投資",
        "2025–2032 年累計投資",
        "2032 年推論占比",
        "2032 年訓練占比",
        "推論超越訓練的年份",
    ],
    compare_words: ["2032 年前不會", "相同", "已改變"],

    methodology: r#"<h3 class="panel-title">預測如何計算</h3>
<p><strong>總額。</strong>以報告為起點：2025 年 3,710 億美元，比 2024 年多 44%，因此 2024 年約為 2,576 億美元（371 ÷ 1.44）。自 2026 年起，每年的成長率從 2026 年成長率開始，逐漸趨向長期成長率：g = 長期 + (2026 − 長期) × e<sup>−(年份 − 2026) / 趨穩年數</sup>。若兩個成長率都是每年 5.1%（即報告 2032 年 5,250 億美元所隱含的成長率：(525 ÷ 371)<sup>1/7</sup> − 1），路徑正好落在報告的數字上。</p>
<p><strong>效率與需求。</strong>額外效率 e 讓一單位 AI 運算的成本變成報告預期的 (1 − e)<sup>年份 − 2025</sup>。需求以彈性 ε 回應，因此支出乘上 ((1 − e)<sup>年份 − 2025</sup>)<sup>1 − ε</sup>。彈性低於 1 時，效率會減少支出；高於 1 時，更便宜的運算反而推高支出（傑文斯悖論）；等於 1 時不變。報告沒有提供這兩個數字：兩者都是我們的假設，預設不改變任何結果。</p>
<p><strong>訓練、推論與其他。</strong>各項占比沿著以轉移過半年份為中心的 S 形曲線，從 2025 年的值移動到 2032 年的值。報告指出訓練目前約占 AI 預算的 40%，2032 年降至 14%，推論在 2032 年約占一半；各來源的說法在約 45% 到 50% 之間，我們採用 50%。2025 年的推論占比與「其他」（既非訓練也非推論，例如網路、儲存與一般運算）是我們的假設：沒有資料來源提到它們。</p>
<p><strong>這不是什麼。</strong>這是一個建立在單一報告公開數字上的假設情境計算器，而不是我們自己的預測。報告沒有公布 2025 到 2032 年之間的逐年路徑；中間年份依上述假設計算。</p>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="capex-defaults-caption"><table class="defaults-table"><caption id="capex-defaults-caption">每個預設值與其來源</caption><thead><tr><th scope="col">假設</th><th scope="col">預設值</th><th scope="col">來源</th></tr></thead><tbody>{defaults}</tbody></table></div>
<h3 class="panel-title">資料來源</h3>
<ul class="sources"><li>彭博行業研究（Bloomberg Intelligence），超大規模雲端業者 AI 投資報告，2025 年 3 月 17 日（分析師 Mandeep Singh）：2025 年 3,710 億美元（+44%），2032 年超過 5,250 億美元，訓練約 40% → 14%，推論約占一半。</li><li>鏈新聞 ABMedia，〈2032 年 AI 投資潮將突破 5,000 億美元！Google 最具優勢，微軟、Meta 仍受制於 Nvidia〉，摘要該報告；彭博新聞（Jackie Davalos），同日。</li></ul>"#,
};

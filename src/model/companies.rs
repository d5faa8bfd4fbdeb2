//! The companies the report names, and their chips.

use serde::{Deserialize, Serialize};

use super::assumption::Assumption;

/// A company, or everyone else in the report's total.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Company {
    /// Microsoft (relies mainly on Nvidia, per the article).
    Microsoft,
    /// Amazon (in-house Trainium and Inferentia).
    Amazon,
    /// Alphabet, Google's parent (in-house TPUs; best placed, per the article).
    Alphabet,
    /// Meta (relies mainly on Nvidia, per the article).
    Meta,
    /// Everyone else in the report's total.
    Others,
}

impl Company {
    /// Every company, the named four first.
    pub const ALL: [Company; 5] = [
        Company::Microsoft,
        Company::Amazon,
        Company::Alphabet,
        Company::Meta,
        Company::Others,
    ];

    /// The four companies whose shares are assumptions; "others" is what they leave.
    pub const NAMED: [Company; 4] = [
        Company::Microsoft,
        Company::Amazon,
        Company::Alphabet,
        Company::Meta,
    ];

    /// The assumption holding its share of the total; `None` for others (the rest).
    pub fn share_assumption(self) -> Option<Assumption> {
        match self {
            Company::Microsoft => Some(Assumption::ShareMicrosoft),
            Company::Amazon => Some(Assumption::ShareAmazon),
            Company::Alphabet => Some(Assumption::ShareAlphabet),
            Company::Meta => Some(Assumption::ShareMeta),
            Company::Others => None,
        }
    }

    /// The assumptions holding its in-house silicon share in 2025 and in 2032.
    pub fn in_house_assumptions(self) -> (Assumption, Assumption) {
        use Assumption::*;
        match self {
            Company::Microsoft => (InHouseMicrosoft2025, InHouseMicrosoft2032),
            Company::Amazon => (InHouseAmazon2025, InHouseAmazon2032),
            Company::Alphabet => (InHouseAlphabet2025, InHouseAlphabet2032),
            Company::Meta => (InHouseMeta2025, InHouseMeta2032),
            Company::Others => (InHouseOthers2025, InHouseOthers2032),
        }
    }
}

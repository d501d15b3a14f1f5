//! The region form: 项目总额 and the 本级/转移 funding block, whose two `资金总额` labels are
//! told apart by the block label before them.

use super::{Fields, amount, assign_common};
use crate::import::labels::Key;
use crate::model::{Funding, Record, RegionFunding};

/// Header reader of the region form.
#[derive(Default)]
pub(super) struct Region {
    /// Inside the 转移市县(区)资金 block (else 本级资金).
    transfer: bool,
}

impl Fields for Region {
    fn assign(&mut self, record: &mut Record, key: Key, value: &str) -> bool {
        if key == Key::RegionAmount || key == Key::CountyAmount {
            record.header.amount = amount(value);
            return true;
        }
        if !matches!(record.funding, Funding::Region(_)) {
            record.funding = Funding::Region(RegionFunding::default());
        }
        let Funding::Region(f) = &mut record.funding else {
            return false;
        };
        let slot = match key {
            Key::LocalBlock => {
                self.transfer = false;
                return true;
            }
            Key::TransferBlock => {
                self.transfer = true;
                return true;
            }
            Key::AnnualTotal => &mut f.annual_total,
            Key::FundTotal if self.transfer => &mut f.transfer_total,
            Key::FundTotal => &mut f.local_total,
            Key::Fiscal => &mut f.local_fiscal,
            Key::OtherFunds => &mut f.local_other,
            Key::Carryover => &mut f.local_carryover,
            Key::Central => &mut f.transfer_central,
            Key::RegionFunds => &mut f.transfer_region,
            _ => return assign_common(record, key, value),
        };
        *slot = amount(value);
        true
    }
}

//! Small drawing helpers of the coach.

pub mod big_text;
pub mod figure;

// Descriptions on the loan pages: two columns from a small tablet up (three would squeeze the ID-card
// and contract numbers), one on a phone; a long value takes the whole row.
export const TWO_COLUMNS = { xs: 1, sm: 2, md: 2, lg: 2, xl: 2, xxl: 2 };
export const THREE_COLUMNS = { xs: 1, sm: 2, md: 2, lg: 3, xl: 3, xxl: 3 };
export const WHOLE_ROW = { xs: 1, sm: 2, md: 2, lg: 2, xl: 2, xxl: 2 };

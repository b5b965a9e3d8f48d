"""The claim sheet a reviewer prints and the treasury files: one row per line, then the totals."""

from collections.abc import Iterable

from chassis.excel import Book
from loans.claims.schemas import ClaimLineRead, ClaimRead

HEADERS = ["合同编号 Contract", "借款人 Borrower", "实付利息 Interest paid", "贴息天数 Days",
           "贴息本金 Eligible principal", "贴息上限 Cap", "应贴息 Subsidy", "合同利率利息 Contract interest",
           "超出合同利息 Flagged", "审核结果 Decision", "理由 Reason"]
DECISIONS = {"pending": "待审核", "approved": "通过", "rejected": "不予贴息"}


def claim_sheet(claim: ClaimRead, lines: Iterable[ClaimLineRead]) -> bytes:
    """Contract numbers come from banks, names from entrepreneurs, reasons from staff: `chassis.excel` writes
    them as text that no spreadsheet runs as a formula."""
    book = Book()
    sheet = book.sheet(f"{claim.year}Q{claim.quarter}")
    sheet.append([f"{claim.bank_name} {claim.year}年第{claim.quarter}季度贴息申报 "
                  f"({claim.period_start.isoformat()} – {claim.period_end.isoformat()})"])
    sheet.append(HEADERS)
    for line in lines:
        sheet.append([line.contract_number, line.borrower_name, line.interest_paid, line.days,
                      line.eligible_principal, line.cap_amount, line.subsidy, line.contract_interest,
                      "是" if line.flagged_excess else "", DECISIONS[line.decision.value], line.reason or ""])
    sheet.append(["合计 Total", f"{claim.line_count} 笔", claim.claimed_interest, None, None, None,
                  claim.computed_subsidy, None, claim.flagged_lines, f"通过 {claim.approved_subsidy:.2f}", None],
                 bold=True)
    if claim.voucher_number:
        sheet.append(["国库支付凭证号 Voucher", claim.voucher_number])
    return book.to_bytes()

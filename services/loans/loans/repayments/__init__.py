"""Repayment schedules: what a borrower owes on each due date."""

"""Office-supply stock (issue 14): the pure rules — valuation by moving average, half-year
periods and plan deadlines, and the checks on plans, quotes, receipts, issues, loans and counts."""

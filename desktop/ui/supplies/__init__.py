"""办公用品 (issue 14): the supplies page and its panels — stock and catalogue, receipts, issues (gui-stock);
purchases, loans, counts and reports (gui-flow)."""

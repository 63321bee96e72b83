"""报销与凭证: the claim side of the finance core — 报销单 entry with invoice lines, 借款单, 预算指标,
the cashier's payments and 日结, and the paid claims awaiting their voucher (``claims_area.ClaimsArea``
puts them together as the module's page). The screens call ``desk.claims`` and ``desk.books``;
the rules and the refusals are the services'."""

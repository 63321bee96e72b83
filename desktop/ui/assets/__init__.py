"""固定资产 (issue 13): cards, acceptance, custody, transfer / repair / disposal, stocktake, depreciation, reports."""

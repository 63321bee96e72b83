"""Fixed assets (issue 13, RULES.md §3 ASSET-*): pure rules for cards (``cards``): the value
threshold and bulk batches (ASSET-01, AMB-13), prior approval (ASSET-02), luxury furniture
(ASSET-14), acceptance by two people (ASSET-11), custody on departure (ASSET-07)."""

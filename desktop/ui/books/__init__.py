"""Screens of the books: voucher entry, journals, ledgers, trial balance."""

"""The finance core's rules without I/O: the chart, vouchers and their balance, balances, advances."""

"""系统管理: departments, people and positions, accounts, rule presets, audit trail."""

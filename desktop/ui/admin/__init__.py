"""系统管理: departments, people and positions, accounts, signing certificates, rule presets, audit trail."""

"""Seals (印章/印鉴): the registry's vocabulary, lifecycle, custody and use rules (SEAL-01..SEAL-20).

Pure: no I/O. Errors are values (:class:`desktop.domain.approval.model.Problem`).
"""

"""Limits on free-form JSON trees stored as given (a chain definition, a document's payload):
depth, size, and every text in them clean (no control or bidi characters, bounded length)."""

from typing import Any

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.fields import forbidden_char
from desktop.domain.input_gate.problems import quote

__all__ = ["tree_problems"]


def tree_problems(value: Any, *, rule: str, code: str, label: str, max_depth: int = 10, max_text: int = 10_000,
                  max_nodes: int = 20_000) -> list[Problem]:
    """Problems of a JSON-shaped tree, walked without recursion; at most 10 reported."""
    out: list[Problem] = []
    stack: list[tuple[Any, str, int]] = [(value, "", 0)]
    nodes = 0
    while stack and len(out) < 10:
        node, where, depth = stack.pop()
        nodes += 1
        if nodes > max_nodes:
            out.append(Problem(rule, code, f"{label}：内容过多（超过{max_nodes}项）"))
            break
        if depth > max_depth:
            out.append(Problem(rule, code, f"{label}{where}：嵌套过深（超过{max_depth}层）"))
            continue
        if isinstance(node, dict):
            for k, v in node.items():
                if not isinstance(k, str):
                    out.append(Problem(rule, code, f"{label}{where}：键须为文字（收到：{quote(k)}）"))
                    continue
                stack.append((k, f"{where}.{quote(k, 30)}(键)", depth + 1))
                stack.append((v, f"{where}.{quote(k, 30)}", depth + 1))
        elif isinstance(node, (list, tuple)):
            stack.extend((v, f"{where}[{i}]", depth + 1) for i, v in enumerate(node))
        elif isinstance(node, str):
            if len(node) > max_text:
                out.append(Problem(rule, code, f"{label}{where}：文字过长（{len(node)}字，上限{max_text}字）"))
            else:
                bad = forbidden_char(node.replace("\r\n", "\n"), multiline=True)
                if bad:
                    out.append(Problem(rule, code, f"{label}{where}：含不允许的字符：{bad}（收到：{quote(node)}）"))
        elif not (node is None or isinstance(node, (bool, int, float))):
            out.append(Problem(rule, code, f"{label}{where}：不是 JSON 值（{type(node).__name__}）"))
    return out

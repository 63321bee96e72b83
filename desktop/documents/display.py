"""A copy of a signed sheet for the screen and the printer: every widget's appearance (the signature
stamps) drawn into the page content, the annotations removed.

QtPdf (PDFium without its form-filling layer) does not draw signature widgets, so a signed sheet
previewed or printed from the GUI would show empty signature boxes although the signatures are
there (poppler, Acrobat and pdfsig see them). The copy is for display only: it is never stored,
and the stored bytes stay what is verified and handed out.
"""

from __future__ import annotations

import logging
from io import BytesIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import copy_into_new_writer

__all__ = ["flatten_appearances"]


def _rect(array) -> tuple[float, float, float, float]:  # noqa: ANN001
    """A PDF rectangle normalised to (left, bottom, right, top)."""
    a, b, c, d = (float(v) for v in array)
    return min(a, c), min(b, d), max(a, c), max(b, d)


def flatten_appearances(pdf: bytes) -> bytes:
    """The same pages with each visible widget annotation's normal appearance painted in."""
    quiet = logging.getLogger("pyhanko.pdf_utils.writer")  # "the copy will invalidate them": a display copy
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        writer = copy_into_new_writer(PdfFileReader(BytesIO(pdf), strict=False))
    finally:
        quiet.setLevel(level)
    pages = writer.root["/Pages"]
    flattened = 0
    for page_ix in range(int(pages["/Count"])):
        page_ref, _ = writer.find_page_for_modification(page_ix)
        page = page_ref.get_object()
        annots = page.get("/Annots")
        if annots is None:
            continue
        kept = generic.ArrayObject()
        ops: list[str] = []
        xobjects = generic.DictionaryObject()
        for ref in annots:
            annot = ref.get_object()
            ap = annot.get("/AP")
            flags = int(annot.get("/F", 0))
            if annot.get("/Subtype") != "/Widget" or ap is None or "/N" not in ap or flags & 2:  # 2 = hidden
                kept.append(ref)
                continue
            normal_ref = ap.raw_get("/N")
            normal = normal_ref.get_object()
            if not isinstance(normal, generic.StreamObject):  # an appearance per state (/AS): not for signatures
                kept.append(ref)
                continue
            x1, y1, x2, y2 = _rect(annot["/Rect"])
            bx1, by1, bx2, by2 = _rect(normal.get("/BBox", [0, 0, x2 - x1, y2 - y1]))  # may come un-normalised
            if bx2 == bx1 or by2 == by1:
                continue
            sx, sy = (x2 - x1) / (bx2 - bx1), (y2 - y1) / (by2 - by1)
            name = f"/BDFlat{flattened}"
            flattened += 1
            xobjects[generic.NameObject(name)] = normal_ref
            ops.append(f"q {sx:.6f} 0 0 {sy:.6f} {x1 - bx1 * sx:.4f} {y1 - by1 * sy:.4f} cm "
                       f"{name} Do Q")
        if not ops:
            continue
        # The page's own content may leave its graphics state changed (a flipped matrix…): wrap it.
        writer.add_stream_to_page(page_ix, writer.add_object(generic.StreamObject(stream_data=b"q\n")), prepend=True)
        stream = generic.StreamObject(stream_data=("Q\n" + "\n".join(ops) + "\n").encode("ascii"))
        writer.add_stream_to_page(page_ix, writer.add_object(stream),
                                  resources=generic.DictionaryObject({generic.NameObject("/XObject"): xobjects}))
        page[generic.NameObject("/Annots")] = kept
    if not flattened:
        return pdf
    out = BytesIO()
    writer.write(out)
    return out.getvalue()

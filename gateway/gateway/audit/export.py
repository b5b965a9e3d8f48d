"""The security events as an Excel workbook: one row an event, the detail as JSON text."""

import io
import json
from collections.abc import Sequence

from openpyxl import Workbook

from chassis.timezone import BUSINESS_TZ
from gateway.audit.models import SecurityEvent

HEADERS = ["时间 At (Asia/Shanghai)", "事件 Kind", "操作者 Actor", "用户 Subject user", "客户端 Subject client",
           "地址 Client address", "详情 Detail"]


def workbook(rows: Sequence[SecurityEvent]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "security events"
    sheet.append(HEADERS)
    for event in rows:
        sheet.append([
            event.at.astimezone(BUSINESS_TZ).replace(tzinfo=None),
            event.kind,
            event.actor,
            str(event.subject_user_id or ""),
            str(event.subject_client_id or ""),
            event.client_address,
            json.dumps(event.detail, ensure_ascii=False, sort_keys=True),
        ])
    for column, width in zip("ABCDEFG", (20, 28, 38, 38, 38, 18, 80), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()

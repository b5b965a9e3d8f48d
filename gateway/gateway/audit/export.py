"""The security events as an Excel workbook: one row an event, the detail as JSON text."""

import json
from collections.abc import Sequence

from chassis.excel import Book
from chassis.timezone import BUSINESS_TZ
from gateway.audit.models import SecurityEvent

HEADERS = ["时间 At (Asia/Shanghai)", "事件 Kind", "操作者 Actor", "用户 Subject user", "客户端 Subject client",
           "地址 Client address", "详情 Detail"]


def workbook(rows: Sequence[SecurityEvent]) -> bytes:
    """Logins and details are typed by whoever called us, attackers included: `chassis.excel` writes them as
    text that no spreadsheet runs as a formula."""
    book = Book()
    sheet = book.sheet("security events")
    sheet.widths([20, 28, 38, 38, 38, 18, 80])
    sheet.freeze_header()
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
    return book.to_bytes()

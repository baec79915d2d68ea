#!/usr/bin/env python3
"""Embedding libauctreg in Python: 王蓓's first registration, end to end.

    PYTHONPATH=<build>/python python3 first_registration.py

An administrator loads the master data, 王蓓 (management number 3200278)
creates her application, submits it, chooses to pay the registration fee and
pays by Alipay; the gateway confirms; the three levels approve. Every rule is
applied by the C library; errors arrive as exceptions with their reason and
field problems.
"""
import auctreg
from auctreg import AppState, FeeChoice, Level, PayChannel, Role

auctreg.set_language(auctreg.Lang.EN)          # messages in English on this thread
print("libauctreg", auctreg.version())

ADMIN = (Role.ADMIN, "admin")
ENTERPRISE = "91410100MA3CCCCC0"
ENTERPRISE += "0123456789ABCDEFGHJKLMNPQRTUWXY"[                     # GB 32100 check character
    (31 - sum("0123456789ABCDEFGHJKLMNPQRTUWXY".index(c) * (3 ** i % 31)
              for i, c in enumerate(ENTERPRISE)) % 31) % 31]

wang = auctreg.Person.from_dict({
    "name": "王蓓", "gender": "2", "id_type": "resident_id", "id_number": "410103198007250027",
    "id_valid_until": "2035-07-25", "mgmt_no": "3200278", "birth_date": "1980-07-25",
    "work_start_date": "2005-03-01", "political_status": "13", "ethnicity": "01",
    "nationality": "CHN", "education": "21", "postal_code": "450000", "phone": "13800138000",
    "email": "wangbei@example.com", "residence_city": "410100", "residence_county": "410103",
    "address": "河南省郑州市二七区大学路1号"})
auctreg.validate_person(wang, {"today": "2025-11-20"})      # raises InvalidError with every problem
print("personal data valid:", auctreg.validate_id_number("resident_id", wang["id_number"], "2025-11-20"))

with auctreg.Registry(":memory:") as reg:                   # a file path works the same way
    reg.set_today("2025-11-20")
    reg.put_enterprise(*ADMIN, ENTERPRISE, "郑州拍卖有限公司", 41, auctreg.EnterpriseStatus.ACTIVE, None)
    reg.put_auctioneer(*ADMIN, "3200278", "王蓓", ENTERPRISE, wang)

    me = (Role.APPLICANT, "3200278")
    app_id = reg.create_application(*me, None)
    app = reg.get_application(*me, app_id)
    print(f"application {app_id}: {auctreg.enum_label(auctreg.EnumKind.APP_TYPE, app.type, auctreg.Lang.ZH)}"
          f" for {app.year}, state {app.state.name}")

    try:                                        # the wrong version: the registry refuses
        reg.submit(*me, app_id, app.version + 5)
    except auctreg.ConflictError as e:
        print("refused:", e.reason, "-", e.message)

    reg.submit(*me, app_id, app.version)
    reg.choose_fee(*me, app_id, app.version + 1, FeeChoice.REGISTRATION)
    app = reg.get_application(*me, app_id)
    print(f"fee due: {app.fee_due_fen / 100:.2f} yuan, payment status {app.pay_status.name}")

    ref, amount = reg.create_payment_order(*me, app_id, app.version, "王蓓", "wangbei@example.com",
                                           "13800138000", PayChannel.ALIPAY, None)
    already, receipt = reg.confirm_payment(Role.SYSTEM, "gateway", ref, "ALI-2025112000001", amount)
    print(f"order {ref} paid, receipt {receipt}")

    for level, role, actor in ((Level.ENTERPRISE, Role.ENTERPRISE, ENTERPRISE),
                               (Level.PROVINCE, Role.PROVINCE, "41"),
                               (Level.NATIONAL, Role.NATIONAL, "cn")):
        version = reg.get_application(role, actor, app_id).version
        reg.approve(role, actor, app_id, version, level, "同意")
    app = reg.get_application(*me, app_id)
    assert app.state is AppState.APPROVED
    print("approved; practising in", app.year, "=", bool(reg.is_practising("3200278", app.year)))

    for row in reg.iter_history(*me, "3200278"):
        print("history:", row["year"], AppState(row["state"]).name, auctreg.PayStatus(row["pay_status"]).name)
    for row in reg.iter_audit(*me, app_id):
        print(f"audit: {AppState(row['from_state']).name:>17} -> {AppState(row['to_state']).name:<17}"
              f" by {auctreg.Role(row['role']).name.lower()} {row['actor']}")

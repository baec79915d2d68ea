"""The Python snippet of docs/guide.md ("Embedding from Python"), kept working by ctest.

An application in memory, a CE record, and an error raised as its own exception class with
the library's stable reason. Run with PYTHONPATH=build/python.
"""
import auctreg

app = auctreg.Application()
app.set_int(auctreg.AppField.YEAR, 2026)
app.ce_add("拍卖法律法规网络课程", 300)          # 30.0 hours, in tenths
assert app.ce_total_tenths() == 300
try:
    app.set_int(auctreg.AppField.PAY_STATUS, 42)
    raise SystemExit("an invalid payment status was accepted")
except auctreg.InvalidError as e:                # one class per status code
    print(e.reason)                              # field.range
    assert e.reason == "field.range"
assert app.get_int(auctreg.AppField.PAY_STATUS) == auctreg.PayStatus.UNPAID   # unchanged

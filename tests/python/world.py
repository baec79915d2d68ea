"""The stories' registry: enterprises and auctioneers as in the C tests'
fixtures (tests/check/fixtures.h), set up through the Python binding."""
import auctreg
from auctreg import Role

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
ADMIN = (Role.ADMIN, "admin")
NATIONAL = (Role.NATIONAL, "cn")
REN, REREG, WANG, MEMB = "3200101", "3200102", "3200278", "3200104"


def uscc(first17):
    """A USCC with its GB 32100-2015 check character (test data only)."""
    cs = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    s = sum(cs.index(ch) * (3 ** i % 31) for i, ch in enumerate(first17))
    return first17 + cs[(31 - s % 31) % 31]


JS = uscc("91320100MA1XXXXX0")    # 南京 (Jiangsu, 32)
HN = uscc("91410100MA3CCCCC0")    # 郑州 (Henan, 41)


def wang_bei():
    return auctreg.Person.from_dict({
        "name": "王蓓", "gender": "2", "id_type": "resident_id", "id_number": "410103198007250027",
        "id_valid_until": "2035-07-25", "mgmt_no": "3200278", "birth_date": "1980-07-25",
        "work_start_date": "2005-03-01", "political_status": "13", "ethnicity": "01",
        "nationality": "CHN", "education": "21", "postal_code": "450000",
        "phone": "13800138000", "email": "wangbei@example.com", "residence_city": "410100",
        "residence_county": "410103", "address": "河南省郑州市二七区大学路1号"})


def open_world(path=":memory:"):
    """A registry on 2025-11-20 with the master data of the stories."""
    r = auctreg.Registry(path)
    r.set_today("2025-11-20")
    r.put_enterprise(*ADMIN, JS, "南京拍卖行有限公司", 32, auctreg.EnterpriseStatus.ACTIVE, "2010-05-01")
    r.put_enterprise(*ADMIN, HN, "郑州拍卖有限公司", 41, auctreg.EnterpriseStatus.ACTIVE, None)
    r.put_auctioneer(*ADMIN, REN, "李明", JS, None)
    r.put_auctioneer(*ADMIN, REREG, "张华", JS, None)
    r.put_auctioneer(*ADMIN, WANG, "王蓓", HN, wang_bei())
    r.put_auctioneer(*ADMIN, MEMB, "孙会", JS, None)
    for mgmt, year in ((REN, 2024), (REN, 2025), (REREG, 2023), (MEMB, 2025)):
        r.import_registration_year(*ADMIN, mgmt, year)
    r.add_membership_year(*ADMIN, MEMB, 2026)
    return r


def app(r, app_id):
    return r.get_application(*NATIONAL, app_id)


def version(r, app_id):
    return app(r, app_id).version


def create(r, mgmt, ce_tenths):
    content = auctreg.Application()
    if ce_tenths:
        content.ce_add("拍卖法律法规更新", ce_tenths // 2)
        content.ce_add("拍卖实务与职业道德", ce_tenths - ce_tenths // 2)
    content.practice_add(12, "real_estate", 3_500_000)
    content.practice_add(3, "art", 800_000)
    return r.create_application(Role.APPLICANT, mgmt, content)


def pay(r, app_id, mgmt, txn, channel=auctreg.PayChannel.BANK, bank="ICBC"):
    ref, amount = r.create_payment_order(Role.APPLICANT, mgmt, app_id, version(r, app_id), "李付",
                                         "payer@example.com", "13912345678", channel, bank)
    already, receipt = r.confirm_payment(Role.SYSTEM, "gateway", ref, txn, amount)
    return ref, amount, already, receipt


def approve(r, app_id, level, actor, opinion="同意"):
    role = {auctreg.Level.ENTERPRISE: Role.ENTERPRISE, auctreg.Level.PROVINCE: Role.PROVINCE,
            auctreg.Level.NATIONAL: Role.NATIONAL}[level]
    return r.approve(role, actor, app_id, version(r, app_id), level, opinion)

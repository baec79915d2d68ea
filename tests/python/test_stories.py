"""The manual's stories through the Python binding (the same stories as the C
tests): a renewal with a rejection and a resubmission, the member exemption,
and 王蓓's first registration. Every rule is the C library's; these tests only
drive it and check what it says."""
import unittest

import auctreg
from auctreg import AppState, AppType, FeeChoice, Level, PayStatus, ReviewStatus, Role
import world
from world import ADMIN, HN, JS, MEMB, NATIONAL, REN, REREG, WANG


class Stories(unittest.TestCase):
    def setUp(self):
        self.r = world.open_world()

    def tearDown(self):
        self.r.close()

    def test_renewal_rejected_then_resubmitted(self):
        r = self.r
        app_id = world.create(r, REN, 460)
        a = world.app(r, app_id)
        self.assertIs(a.type, AppType.RENEWAL)                   # R1: practising in 2025
        self.assertEqual((a.year, a.enterprise, a.province), (2026, JS, 32))
        self.assertEqual(a.practice, [(12, "real_estate", 3_500_000), (3, "art", 800_000)])
        r.submit(Role.APPLICANT, REN, app_id, 1)
        r.choose_fee(Role.APPLICANT, REN, app_id, 2, FeeChoice.REGISTRATION)
        self.assertEqual(world.app(r, app_id).fee_due_fen, 1000)  # 10 yuan
        ref, amount, already, receipt = world.pay(r, app_id, REN, "TXN-1")
        self.assertEqual((amount, already), (1000, 0))
        self.assertTrue(receipt.startswith("RC2026-"))
        world.approve(r, app_id, Level.ENTERPRISE, JS)
        # the provincial association rejects: the application goes back to the applicant
        with self.assertRaises(auctreg.StateError) as cm:
            r.reject(Role.PROVINCE, "32", app_id, world.version(r, app_id), Level.PROVINCE, "")
        self.assertIn("review.opinion.required", [p.reason for p in cm.exception.problems])
        r.reject(Role.PROVINCE, "32", app_id, world.version(r, app_id), Level.PROVINCE, "劳动合同已过期，请补充")
        a = r.get_application(Role.APPLICANT, REN, app_id)
        self.assertIs(a.state, AppState.REJECTED)
        self.assertEqual(a.reviews[Level.PROVINCE][:2], (ReviewStatus.REJECTED, "劳动合同已过期，请补充"))
        # the applicant follows the opinion: adds the new contract, saves, resubmits
        a.document_add("labour_contract", "合同.pdf", world.PDF)
        new_version = r.save_application(Role.APPLICANT, REN, a)
        self.assertEqual(new_version, a.version + 1)
        # a stale version loses
        with self.assertRaises(auctreg.ConflictError) as cm:
            r.resubmit(Role.APPLICANT, REN, app_id, a.version)
        self.assertEqual(cm.exception.reason, "application.version.stale")
        r.resubmit(Role.APPLICANT, REN, app_id, new_version)
        a = world.app(r, app_id)
        self.assertIs(a.state, AppState.ENTERPRISE_REVIEW)        # R10: from the enterprise up
        self.assertIs(a.pay_status, PayStatus.PAID)               # the payment stays valid
        self.assertEqual(a.submit_count, 2)
        self.assertTrue(all(st is ReviewStatus.PENDING for st, _, _ in a.reviews.values()))
        for level, actor in ((Level.ENTERPRISE, JS), (Level.PROVINCE, "32"), (Level.NATIONAL, "cn")):
            world.approve(r, app_id, level, actor)
        self.assertIs(world.app(r, app_id).state, AppState.APPROVED)
        self.assertEqual(r.is_practising(REN, 2026), 1)            # R12
        # the history list: one row, paid, three approvals, view and print
        rows = r.history(Role.APPLICANT, REN, REN, 0, 10)
        self.assertEqual((len(rows), rows.total(), rows.page(), rows.pages()), (1, 1, 1, 1))
        h = rows[0]
        self.assertEqual((rows[-1], rows[0:5]), (h, [h]))
        self.assertEqual((h["year"], h["pay_status"]), (2026, PayStatus.PAID))
        self.assertEqual(h["operations"], auctreg.core.AUCTREG_OP_VIEW | auctreg.core.AUCTREG_OP_PRINT)
        # every opinion, including the rejection
        opinions = [row["opinion"] for row in r.opinions(Role.APPLICANT, REN, app_id)]
        self.assertIn("劳动合同已过期，请补充", opinions)
        trail = list(r.iter_audit(Role.APPLICANT, REN, app_id, page_size=3))
        self.assertEqual((trail[0]["from_state"], trail[0]["to_state"]), (AppState.NONE, AppState.DRAFT))
        rejected = [t for t in trail if t["to_state"] == AppState.REJECTED]
        self.assertEqual((rejected[0]["role"], rejected[0]["level"]), (Role.PROVINCE, Level.PROVINCE))
        self.assertEqual(trail[-1]["version"], world.version(r, app_id))
        self.assertEqual(len(trail), r.audit(Role.APPLICANT, REN, app_id, 0, 1).total())

    def test_member_exemption(self):
        r = self.r
        # joins the branch: the membership fee is due, the registration fee is waived
        app_id = world.create(r, REREG, 460)
        self.assertIs(world.app(r, app_id).type, AppType.REREGISTRATION)
        r.submit(Role.APPLICANT, REREG, app_id, 1)
        r.choose_fee(Role.APPLICANT, REREG, app_id, 2, FeeChoice.MEMBERSHIP)
        a = world.app(r, app_id)
        self.assertEqual((a.fee_due_fen, a.pay_status), (100_000, PayStatus.UNPAID))  # 未付款 until paid
        self.assertEqual(r.is_member(REREG, 2026), 0)
        world.pay(r, app_id, REREG, "WX-0001", auctreg.PayChannel.WECHAT, None)
        self.assertEqual(r.is_member(REREG, 2026), 1)
        self.assertIs(world.app(r, app_id).pay_status, PayStatus.MEMBER_EXEMPT)      # 会员免缴
        self.assertIs(world.app(r, app_id).state, AppState.ENTERPRISE_REVIEW)
        # already a member for 2026: nothing to pay, straight to review
        m_id = world.create(r, MEMB, 460)
        r.submit(Role.APPLICANT, MEMB, m_id, 1)
        with self.assertRaises(auctreg.StateError) as cm:       # not a member: refused, say why
            r.choose_fee(Role.APPLICANT, REREG, app_id, world.version(r, app_id),
                         FeeChoice.ALREADY_MEMBER)
        r.choose_fee(Role.APPLICANT, MEMB, m_id, 2, FeeChoice.ALREADY_MEMBER)
        a = world.app(r, m_id)
        self.assertEqual(a.fee_due_fen, 0)
        self.assertIs(a.state, AppState.ENTERPRISE_REVIEW)
        with self.assertRaises(auctreg.StateError):
            r.create_payment_order(Role.APPLICANT, MEMB, m_id, a.version, "孙会", "sun@example.com",
                                   "13912345678", auctreg.PayChannel.ALIPAY, None)

    def test_wang_bei_first_registration(self):
        r = self.r
        app_id = world.create(r, WANG, 0)
        a = r.get_application(Role.APPLICANT, WANG, app_id)
        self.assertIs(a.type, AppType.FIRST)
        p = a.person()                                           # the stored data starts the form
        self.assertEqual((p["name"], p["id_number"], p["gender"], p["birth_date"]),
                         ("王蓓", "410103198007250027", "2", "1980-07-25"))
        self.assertEqual(a.province, 41)
        name, enterprise, stored = r.get_auctioneer(Role.APPLICANT, WANG, WANG)         # owned strings and a new Person
        self.assertEqual((name, enterprise, stored["id_number"]), ("王蓓", HN, "410103198007250027"))
        self.assertEqual(r.get_enterprise(HN), ("郑州拍卖有限公司", 41, auctreg.EnterpriseStatus.ACTIVE))
        self.assertEqual(auctreg.validate_id_number("resident_id", p["id_number"], r.today())["gender"], "2")
        r.submit(Role.APPLICANT, WANG, app_id, 1)
        r.choose_fee(Role.APPLICANT, WANG, app_id, 2, FeeChoice.REGISTRATION)
        self.assertEqual(world.app(r, app_id).fee_due_fen, 2000)  # 20 yuan
        with self.assertRaises(auctreg.InvalidError) as cm:      # every payer problem at once
            r.create_payment_order(Role.APPLICANT, WANG, app_id, 3, "", "not-mail", "123",
                                   auctreg.PayChannel.ALIPAY, None)
        self.assertGreaterEqual(len(cm.exception.problems), 3)
        ref, amount = r.create_payment_order(Role.APPLICANT, WANG, app_id, 3, "王蓓", "wangbei@example.com",
                                             "13800138000", auctreg.PayChannel.ALIPAY, None)
        with self.assertRaises(auctreg.PaymentError) as cm:      # a wrong amount is refused and recorded
            r.confirm_payment(*ADMIN, ref, "ALI-1", amount - 1)
        self.assertEqual(cm.exception.reason, "payment.amount.mismatch")
        already, receipt = r.confirm_payment(*ADMIN, ref, "ALI-2025112000001", amount)
        self.assertEqual(already, 0)
        self.assertEqual(r.confirm_payment(*ADMIN, ref, "ALI-2025112000001", amount), (1, receipt))
        attempts = list(r.iter_payment_attempts(*ADMIN, app_id))
        self.assertEqual([row["result"] for row in attempts], ["payment.amount.mismatch"])
        with self.assertRaises(auctreg.DeniedError):             # an enterprise outside her scope
            r.approve(Role.ENTERPRISE, JS, app_id, 4, Level.ENTERPRISE, None)
        for level, actor in ((Level.ENTERPRISE, HN), (Level.PROVINCE, "41"), (Level.NATIONAL, "cn")):
            world.approve(r, app_id, level, actor)
        self.assertIs(world.app(r, app_id).state, AppState.APPROVED)
        receipts = r.list_receipts(Role.APPLICANT, WANG, WANG, 0, 10)
        self.assertEqual(len(receipts), 1)
        self.assertEqual(receipts[0]["receipt_no"], receipt)
        self.assertEqual(receipts[0]["amount_fen"], 2000)
        # a year later she renews (R12 feeds R1); R2: one application per year
        r.set_today("2026-11-20")
        nxt = world.create(r, WANG, 460)
        self.assertEqual((world.app(r, nxt).type, world.app(r, nxt).year), (AppType.RENEWAL, 2027))
        with self.assertRaises(auctreg.DuplicateError):
            world.create(r, WANG, 460)
        years = [row["year"] for row in r.iter_history(Role.APPLICANT, WANG, WANG, page_size=1)]
        self.assertEqual(years, [2027, 2026])                    # newest first, across pages


class Workflow(unittest.TestCase):
    def test_blockers_and_available_actions(self):
        with world.open_world() as r:
            app_id = world.create(r, REREG, 440)                 # 44 hours: R3 blocks
            mask = r.available(Role.APPLICANT, REREG, app_id)
            self.assertIn(auctreg.Action.EDIT, auctreg.actions(mask))
            self.assertNotIn(auctreg.Action.SUBMIT, auctreg.actions(mask))
            b = r.blockers(Role.APPLICANT, REREG, app_id, auctreg.Action.SUBMIT, FeeChoice.NONE, None)
            self.assertIn("ce.hours.insufficient", [x.reason for x in b])
            self.assertTrue(all(x.messages["en"] for x in b))
            self.assertEqual(b[-1], b[len(b) - 1])                  # a real sequence:
            self.assertEqual(b[0:len(b)], list(b))                  # negative indices, slices
            with self.assertRaises(IndexError):
                b[len(b)]
            with self.assertRaises(auctreg.InvalidError) as cm:
                r.submit(Role.APPLICANT, REREG, app_id, 1)
            self.assertIn("ce.hours.insufficient", [p.reason for p in cm.exception.problems])
            self.assertEqual(world.version(r, app_id), 1)        # nothing changed
            with self.assertRaises(auctreg.NotFoundError):
                r.get_application(*NATIONAL, 999)
        self.assertIn("digraph", auctreg.workflow_dot())
        self.assertIn("stateDiagram", auctreg.workflow_mermaid())
        self.assertEqual(auctreg.action_code(auctreg.Action.APPROVE_PROVINCE), "approve_province")
        self.assertEqual(auctreg.action_level(auctreg.Action.REJECT_NATIONAL), Level.NATIONAL)
        self.assertEqual(auctreg.action_level(auctreg.Action.SUBMIT), -1)

    def test_rules(self):
        rules = auctreg.Rules(2026)
        self.assertEqual(rules.year(), 2026)
        self.assertEqual(rules.fee(AppType.FIRST), 2000)
        self.assertEqual(rules.amount_due(AppType.RENEWAL, FeeChoice.MEMBERSHIP), rules.membership_fee())
        rules.set_window(auctreg.Window.APPLICANT, "2025-11-01", "2025-12-31")
        self.assertEqual(rules.window(auctreg.Window.APPLICANT), ("2025-11-01", "2025-12-31"))
        with self.assertRaises(auctreg.InvalidError):
            rules.set_window(auctreg.Window.APPLICANT, "2025-12-31", "2025-11-01")
        with world.open_world() as r:
            with self.assertRaises(auctreg.DeniedError):
                r.set_rules(Role.APPLICANT, REN, rules)
            r.set_rules(*ADMIN, rules)
            self.assertEqual(r.get_rules(2026).window(auctreg.Window.APPLICANT)[1], "2025-12-31")

    def test_in_memory_workflow_without_registry(self):
        a = auctreg.Application()
        ctx = auctreg.WfContext()
        ctx.set_actor(Role.APPLICANT, "3200278")
        ctx.set_time("2025-11-20", 1)
        a.mgmt_no = "3200278"
        a.year = 2026
        a.type = AppType.FIRST
        auctreg.workflow_apply(a, ctx, auctreg.Action.CREATE)
        self.assertIs(a.state, AppState.DRAFT)
        b = auctreg.workflow_blockers(a, ctx, auctreg.Action.SUBMIT)
        self.assertTrue(len(b) > 0)                              # no personal data yet (R6)


if __name__ == "__main__":
    unittest.main()

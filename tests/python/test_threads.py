"""The binding releases the GIL during every C call: other Python threads run
while the library works or waits for a database lock (here: a busy timeout of
600 ms against a lock held by another connection). Each thread has its own
last error, so exceptions are never mixed up between threads."""
import os
import sqlite3
import tempfile
import threading
import time
import unittest

import auctreg
import world


class Threads(unittest.TestCase):
    def test_other_threads_run_during_a_call(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "registry.db")
            with auctreg.Registry(path, busy_timeout_ms=600) as r:
                lock = sqlite3.connect(path, isolation_level=None)
                lock.execute("BEGIN EXCLUSIVE")
                ticks, stop = [0], threading.Event()

                def count():
                    while not stop.is_set():
                        ticks[0] += 1

                t = threading.Thread(target=count)
                t.start()
                time.sleep(0.05)
                before = ticks[0]
                started = time.monotonic()
                with self.assertRaises(auctreg.BusyError):
                    r.put_enterprise(*world.ADMIN, world.JS, "南京拍卖行有限公司", 32,
                                     auctreg.EnterpriseStatus.ACTIVE, None)
                waited = time.monotonic() - started
                during = ticks[0] - before
                before = ticks[0]                   # reference: the main thread sleeping
                time.sleep(waited)
                reference = ticks[0] - before
                stop.set()
                t.join()
                lock.execute("ROLLBACK")
                lock.close()
        print(f"\nwaited {waited:.3f} s in C; the other thread counted {during} "
              f"(sleeping as long: {reference})")
        self.assertGreaterEqual(waited, 0.5)
        # With the GIL held during the call the counter only moves in the few switch
        # intervals around it (measured: 3% of the reference); released, about as much
        # as while sleeping (measured: 74% to 112%).
        self.assertGreater(during, reference * 0.3)

    def test_errors_stay_on_their_thread(self):
        results = {}

        def worker(name, fn):
            try:
                fn()
                results[name] = None
            except auctreg.Error as e:
                results[name] = (type(e), e.reason)

        calls = {
            "invalid": lambda: auctreg.Application().set_int(auctreg.AppField.YEAR, 5),
            "not_found": lambda: auctreg.person_field_from_name("nope"),
            "ok": lambda: auctreg.validate_id_number("resident_id", "410103198007250027", "2025-11-20"),
        }
        for _ in range(50):
            threads = [threading.Thread(target=worker, args=(n, f)) for n, f in calls.items()]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            self.assertEqual(results, {"invalid": (auctreg.InvalidError, "field.range"),
                                       "not_found": (auctreg.NotFoundError, "field.unknown"),
                                       "ok": None})


if __name__ == "__main__":
    unittest.main()

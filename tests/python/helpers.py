"""Shared helpers of the Python binding tests (stdlib unittest only)."""
import os
import sys

import auctreg

SOURCE_DIR = os.environ.get("AUCTREG_SOURCE_DIR",
                            os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def first_registration_person():
    """王蓓, the manual's first-registration sample (consistent ID, birth date, gender)."""
    return auctreg.Person.from_dict({
        "name": "王蓓", "gender": "2", "id_type": "resident_id", "id_number": "410103198007250027",
        "id_valid_until": "长期", "mgmt_no": "3200278", "birth_date": "1980-07-25",
        "work_start_date": "2005-03-01", "political_status": "13", "ethnicity": "01",
        "nationality": "CHN", "education": "21", "postal_code": "450000",
        "phone": "13800138000", "email": "wangbei@example.cn", "residence_city": "410100",
        "residence_county": "410103", "address": "河南省郑州市二七区大学路 1 号",
    })

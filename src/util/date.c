/* Civil dates (proleptic Gregorian), after H. Hinnant's days_from_civil. */

#include "util.h"

bool auctreg__is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int auctreg__days_in_month(int y, int m)
{
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    return m == 2 && auctreg__is_leap(y) ? 29 : dm[m - 1];
}

int64_t auctreg__days_from_civil(int y, int m, int d)
{
    int64_t yy = (int64_t)y - (m <= 2);
    int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
    int64_t yoe = yy - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void auctreg__civil_from_days(int64_t z, int *y, int *m, int *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t yy = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t dd = doy - (153 * mp + 2) / 5 + 1;
    int64_t mm = mp < 10 ? mp + 3 : mp - 9;
    if (y)
        *y = (int)(yy + (mm <= 2));
    if (m)
        *m = (int)mm;
    if (d)
        *d = (int)dd;
}

static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

bool auctreg__date_parse(const char *s, int *y, int *m, int *d)
{
    if (!s)
        return false;
    for (int i = 0; i < 10; i++)
        if (!s[i])
            return false;
    if (s[10] != '\0' || s[4] != '-' || s[7] != '-')
        return false;
    int yy = digits(s, 4), mm = digits(s + 5, 2), dd = digits(s + 8, 2);
    if (yy < 1000 || mm < 1 || mm > 12 || dd < 1 || dd > auctreg__days_in_month(yy, mm))
        return false;
    if (y)
        *y = yy;
    if (m)
        *m = mm;
    if (d)
        *d = dd;
    return true;
}

void auctreg__date_format(int y, int m, int d, char out[11])
{
    unsigned yy = (unsigned)y % 10000u, mm = (unsigned)m % 100u, dd = (unsigned)d % 100u;
    out[0] = (char)('0' + yy / 1000);
    out[1] = (char)('0' + yy / 100 % 10);
    out[2] = (char)('0' + yy / 10 % 10);
    out[3] = (char)('0' + yy % 10);
    out[4] = '-';
    out[5] = (char)('0' + mm / 10);
    out[6] = (char)('0' + mm % 10);
    out[7] = '-';
    out[8] = (char)('0' + dd / 10);
    out[9] = (char)('0' + dd % 10);
    out[10] = '\0';
}

int64_t auctreg__date_days(const char *iso)
{
    int y, m, d;
    if (!auctreg__date_parse(iso, &y, &m, &d))
        return INT64_MIN;
    return auctreg__days_from_civil(y, m, d);
}

void auctreg__date_from_us(int64_t us, char out[11])
{
    int64_t days = us / 86400000000LL;
    if (us < 0 && us % 86400000000LL)
        days--;
    int y, m, d;
    auctreg__civil_from_days(days, &y, &m, &d);
    auctreg__date_format(y, m, d, out);
}

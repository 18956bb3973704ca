#!/usr/bin/env python3
"""Value calculator for the vigie temporal-expression table (eval/time).

The expressions below were written by hand, one by one.  Next to each one
the writer noted what it means in a small notation (the "spec"); this
script only does the calendar arithmetic: it picks a reference date when
none is given (deterministically, from the row's own text), computes the
future and past readings, splits the rows into dev/test and writes the
four TSV files.  Standard library only.

Line format inside a section:   expression | spec [@YYYY-MM-DD]
Section header:                 ## family

Specs (K = mon..sun, M = month 1-12, D = day, Y = year, N = signed int):
  wd K            bare weekday
  next K / last K weekday with « prochain » / « dernier », next / last
  dm M D          bare day and month
  dmnext M D      « le 12 juin prochain » (first strictly after)
  dmlast M D      « le 3 mars dernier » (last strictly before)
  m M             bare month
  mnext M / mlast M   « en mars prochain/dernier », next/last March
  d D             bare day number
  ymd Y M D | ym Y M | y Y | isoweek Y W      fully specified values
  wdm K M D       weekday + day + month without year
  off N U         reference + N units (U = d, m, y), a day value
  week N | month N | year N    week/month/year of the reference shifted by N
  wdplus K N      first K strictly after the reference, plus N days
  wdweek K N      weekday K of the calendar week (Mon-Sun) N weeks from the reference's
  nth N K M [Y|rN]   N-th (N=-1: last) weekday K of month M (no year: ambiguous)
  nthrel N K R    N-th weekday K of the reference's month shifted by R
  monthstart R | monthend R | yearstart R | yearend R
  lastday M [Y]   last day of month M
  hol NAME [Y]    holiday; holnext / hollast NAME: strictly after / before
  isl NAME [Y]    Islamic observance (fitr, adha, mawlid, newyear, ramstart, ramadan)
"""
import calendar
import datetime as dt
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date
WD = dict(mon=0, tue=1, wed=2, thu=3, fri=4, sat=5, sun=6)
REF_MIN, REF_MAX = D(2015, 1, 1), D(2027, 12, 31)


class Invalid(Exception):
    """The spec has no value (or an unwanted one) for this reference."""


# ---------------------------------------------------------------- calendar
def mkdate(y, m, d):
    try:
        return D(y, m, d)
    except ValueError:
        return None


def add_months(day, n):
    y, m = divmod(day.month - 1 + n, 12)
    r = mkdate(day.year + y, m + 1, day.day)
    if r is None:
        raise Invalid("no such day after month arithmetic")
    return r


def month_shift(y, m, n):
    q, r = divmod(m - 1 + n, 12)
    return y + q, r + 1


def nth_weekday(y, m, k, n):
    if n > 0:
        first = D(y, m, 1)
        r = first + dt.timedelta((k - first.weekday()) % 7 + 7 * (n - 1))
        if r.month != m:
            return None
        return r
    last = D(y, m, calendar.monthrange(y, m)[1])
    return last - dt.timedelta((last.weekday() - k) % 7)


def easter(y):
    # Anonymous Gregorian algorithm (Meeus/Jones/Butcher)
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return D(y, month, day)


def td(n):
    return dt.timedelta(days=n)


def fixed(m, d):
    return lambda y: mkdate(y, m, d)


def from_easter(n):
    return lambda y: easter(y) + td(n)


def nthf(m, k, n):
    return lambda y: nth_weekday(y, m, k, n)


def meres_fr(y):
    # French Mother's Day: last Sunday of May, first Sunday of June when
    # that Sunday is Pentecost.
    s = nth_weekday(y, 5, 6, -1)
    if s == easter(y) + td(49):
        return nth_weekday(y, 6, 6, 1)
    return s


HOL = {
    'xmas': fixed(12, 25), 'xmaseve': fixed(12, 24), 'newyear': fixed(1, 1),
    'nye': fixed(12, 31), 'mayday': fixed(5, 1), 'bastille': fixed(7, 14),
    'allsaints': fixed(11, 1), 'allsouls': fixed(11, 2),
    'armistice': fixed(11, 11), 'veterans': fixed(11, 11),
    'victory': fixed(5, 8), 'assumption': fixed(8, 15),
    'stcatherine': fixed(11, 25), 'bonfire': fixed(11, 5), 'candlemas': fixed(2, 2), 'groundhog': fixed(2, 2),
    'valentine': fixed(2, 14), 'musique': fixed(6, 21), 'stjean': fixed(6, 24),
    'halloween': fixed(10, 31), 'stnicolas': fixed(12, 6),
    'womensday': fixed(3, 8), 'stpatrick': fixed(3, 17), 'boxing': fixed(12, 26),
    'july4': fixed(7, 4), 'juneteenth': fixed(6, 19), 'cinco': fixed(5, 5),
    'earthday': fixed(4, 22),
    'easter': from_easter(0), 'eastermon': from_easter(1),
    'goodfri': from_easter(-2), 'holythu': from_easter(-3),
    'palmsun': from_easter(-7), 'ashwed': from_easter(-46),
    'mardigras': from_easter(-47), 'ascension': from_easter(39),
    'pentecost': from_easter(49), 'whitmon': from_easter(50),
    'mlk': nthf(1, 0, 3), 'presidents': nthf(2, 0, 3),
    'memorial': nthf(5, 0, -1), 'labor': nthf(9, 0, 1),
    'columbus': nthf(10, 0, 2), 'thanksgiving': nthf(11, 3, 4),
    'blackfriday': lambda y: nth_weekday(y, 11, 3, 4) + td(1),
    'fathers': nthf(6, 6, 3), 'meresfr': meres_fr,
    'election': lambda y: nth_weekday(y, 11, 0, 1) + td(1),
}

# Islamic observances: Umm al-Qura calendar (hijridate 2.x), corrected to
# the dates actually observed in Saudi Arabia where they differed:
# Eid al-Adha 2015 (24 Sep) and 2016 (12 Sep), 1 Ramadan 2018 (17 May).
# Columns: hijri year, 1 Muharram, 12 Rabi' al-awwal, 1 Ramadan,
# 1 Shawwal (Eid al-Fitr), 10 Dhu al-Hijja (Eid al-Adha).
ISL_TABLE = """
1435 2013-11-04 2014-01-13 2014-06-28 2014-07-28 2014-10-04
1436 2014-10-25 2015-01-03 2015-06-18 2015-07-17 2015-09-24
1437 2015-10-14 2015-12-23 2016-06-06 2016-07-06 2016-09-12
1438 2016-10-02 2016-12-11 2017-05-27 2017-06-25 2017-09-01
1439 2017-09-21 2017-11-30 2018-05-17 2018-06-15 2018-08-21
1440 2018-09-11 2018-11-20 2019-05-06 2019-06-04 2019-08-11
1441 2019-08-31 2019-11-09 2020-04-24 2020-05-24 2020-07-31
1442 2020-08-20 2020-10-29 2021-04-13 2021-05-13 2021-07-20
1443 2021-08-09 2021-10-18 2022-04-02 2022-05-02 2022-07-09
1444 2022-07-30 2022-10-08 2023-03-23 2023-04-21 2023-06-28
1445 2023-07-19 2023-09-27 2024-03-11 2024-04-10 2024-06-16
1446 2024-07-07 2024-09-15 2025-03-01 2025-03-30 2025-06-06
1447 2025-06-26 2025-09-04 2026-02-18 2026-03-20 2026-05-27
1448 2026-06-16 2026-08-25 2027-02-08 2027-03-09 2027-05-16
1449 2027-06-06 2027-08-14 2028-01-28 2028-02-26 2028-05-05
1450 2028-05-25 2028-08-03 2029-01-16 2029-02-14 2029-04-24
"""
ISL = {k: [] for k in ('newyear', 'mawlid', 'ramstart', 'fitr', 'adha', 'ramadan')}
for _line in ISL_TABLE.split('\n'):
    if not _line.strip():
        continue
    _f = _line.split()
    _d = [D.fromisoformat(x) for x in _f[1:]]
    ISL['newyear'].append(_d[0])
    ISL['mawlid'].append(_d[1])
    ISL['ramstart'].append(_d[2])
    ISL['fitr'].append(_d[3])
    ISL['adha'].append(_d[4])
    ISL['ramadan'].append((_d[2], _d[3] - td(1)))


# ---------------------------------------------------------------- values
def vday(x):
    return x.isoformat()


def vmonth(y, m):
    return '%04d-%02d' % (y, m)


def vweek(day):
    iy, iw, _ = day.isocalendar()
    return '%04d-W%02d' % (iy, iw)


def vrange(r):
    return '%s/%s' % (r[0].isoformat(), r[1].isoformat())


def around(ref, f, lo=-3, hi=3):
    """Ambiguous yearly date: (future, past) around ref."""
    cands = [f(y) for y in range(ref.year + lo, ref.year + hi + 1)]
    cands = [c for c in cands if c is not None]
    fut = min(c for c in cands if c >= ref)
    past = max(c for c in cands if c <= ref)
    return vday(fut), vday(past)


def around_list(ref, lst):
    fut = [c for c in lst if c >= ref]
    past = [c for c in lst if c <= ref]
    if not fut or not past:
        raise Invalid('outside table')
    return vday(min(fut)), vday(max(past))


def in_year(lst, y):
    c = [x for x in lst if (x[0] if isinstance(x, tuple) else x).year == y]
    if len(c) != 1:
        raise Invalid('not exactly one occurrence in %d' % y)
    return c[0]


def year_tok(tok, ref):
    if tok.startswith('r'):
        return ref.year + int(tok[1:])
    return int(tok)


def compute(spec, ref, expr):
    t = spec.split()
    op, a = t[0], t[1:]
    wd = ref.weekday()
    if op == 'wd':
        k = WD[a[0]]
        if k == wd:
            raise Invalid('bare weekday equal to the reference weekday')
        return vday(ref + td((k - wd) % 7)), vday(ref - td((wd - k) % 7))
    if op == 'next':
        k = WD[a[0]]
        v = vday(ref + td((k - wd - 1) % 7 + 1))
        return v, v
    if op == 'last':
        k = WD[a[0]]
        v = vday(ref - td((wd - k - 1) % 7 + 1))
        return v, v
    if op == 'dm':
        m, d = int(a[0]), int(a[1])
        return around(ref, fixed(m, d))
    if op in ('dmnext', 'dmlast'):
        m, d = int(a[0]), int(a[1])
        if (ref.month, ref.day) == (m, d):
            raise Invalid('same day')
        f, p = around(ref, fixed(m, d))
        v = f if op == 'dmnext' else p
        return v, v
    if op == 'm':
        m = int(a[0])
        if m == ref.month:
            v = vmonth(ref.year, m)
            return v, v
        fy = ref.year if m > ref.month else ref.year + 1
        py = ref.year if m < ref.month else ref.year - 1
        return vmonth(fy, m), vmonth(py, m)
    if op in ('mnext', 'mlast'):
        m = int(a[0])
        if m == ref.month:
            raise Invalid('same month')
        f, p = compute('m %d' % m, ref, expr)
        v = f if op == 'mnext' else p
        return v, v
    if op == 'd':
        n = int(a[0])
        if n >= ref.day:
            fut = mkdate(ref.year, ref.month, n)
        else:
            fut = mkdate(*month_shift(ref.year, ref.month, 1), n)
        if n <= ref.day:
            past = mkdate(ref.year, ref.month, n)
        else:
            past = mkdate(*month_shift(ref.year, ref.month, -1), n)
        if fut is None or past is None:
            raise Invalid('day number missing in target month')
        return vday(fut), vday(past)
    if op == 'ymd':
        v = vday(D(int(a[0]), int(a[1]), int(a[2])))
        return v, v
    if op == 'ym':
        v = vmonth(int(a[0]), int(a[1]))
        return v, v
    if op == 'y':
        v = '%04d' % int(a[0])
        return v, v
    if op == 'isoweek':
        y, w = int(a[0]), int(a[1])
        v = vweek(D.fromisocalendar(y, w, 1))
        return v, v
    if op == 'off':
        n, u = int(a[0]), a[1]
        if u == 'd':
            v = ref + td(n)
        elif u == 'm':
            v = add_months(ref, n)
        elif u == 'y':
            v = add_months(ref, 12 * n)
        else:
            raise ValueError(spec)
        return vday(v), vday(v)
    if op == 'week':
        v = vweek(ref + td(7 * int(a[0])))
        return v, v
    if op == 'month':
        v = vmonth(*month_shift(ref.year, ref.month, int(a[0])))
        return v, v
    if op == 'year':
        v = '%04d' % (ref.year + int(a[0]))
        return v, v
    if op == 'wdplus':
        k = WD[a[0]]
        if k == wd:
            raise Invalid('idiom weekday equal to the reference weekday')
        v = vday(ref + td((k - wd - 1) % 7 + 1 + int(a[1])))
        return v, v
    if op == 'wdweek':
        k = WD[a[0]]
        v = vday(ref - td(wd) + td(7 * int(a[1]) + k))
        return v, v
    if op == 'nth':
        n, k, m = int(a[0]), WD[a[1]], int(a[2])
        if len(a) > 3:
            v = vday(nth_weekday(year_tok(a[3], ref), m, k, n))
            return v, v
        return around(ref, lambda y: nth_weekday(y, m, k, n))
    if op == 'nthrel':
        n, k, r = int(a[0]), WD[a[1]], int(a[2])
        y, m = month_shift(ref.year, ref.month, r)
        v = vday(nth_weekday(y, m, k, n))
        return v, v
    if op == 'monthstart':
        y, m = month_shift(ref.year, ref.month, int(a[0]))
        v = vday(D(y, m, 1))
        return v, v
    if op == 'monthend':
        y, m = month_shift(ref.year, ref.month, int(a[0]))
        v = vday(D(y, m, calendar.monthrange(y, m)[1]))
        return v, v
    if op == 'yearstart':
        v = vday(D(ref.year + int(a[0]), 1, 1))
        return v, v
    if op == 'yearend':
        v = vday(D(ref.year + int(a[0]), 12, 31))
        return v, v
    if op == 'lastday':
        m = int(a[0])
        f = lambda y: D(y, m, calendar.monthrange(y, m)[1])
        if len(a) > 1:
            v = vday(f(int(a[1])))
            return v, v
        return around(ref, f)
    if op in ('hol', 'holnext', 'hollast'):
        f = HOL[a[0]]
        if len(a) > 1:
            v = vday(f(int(a[1])))
            return v, v
        fut, past = around(ref, f)
        if op == 'hol':
            return fut, past
        if fut == past:
            raise Invalid('reference on the holiday')
        v = fut if op == 'holnext' else past
        return v, v
    if op == 'isl':
        name = a[0]
        lst = ISL[name]
        if len(a) > 1:
            x = in_year(lst, int(a[1]))
            v = vrange(x) if name == 'ramadan' else vday(x)
            return v, v
        if name != 'ramadan':
            return around_list(ref, lst)
        for r in lst:
            if r[0] <= ref <= r[1]:
                return vrange(r), vrange(r)
        fut = [r for r in lst if r[0] > ref]
        past = [r for r in lst if r[1] < ref]
        if not fut or not past:
            raise Invalid('outside table')
        return vrange(fut[0]), vrange(past[-1])
    raise ValueError('unknown spec: %r' % spec)


# ------------------------------------------------------ reference choice
TWO_DIGIT_YEAR = re.compile(r'(?<!\d)\d{1,2}[/.\- ]\d{1,2}[/.\- ](\d{2})$')


def extra_constraints(expr, ref):
    m = TWO_DIGIT_YEAR.search(expr)
    if m:
        yy = int(m.group(1))
        if yy < 50 and yy > ref.year % 100 + 5:
            raise Invalid('two-digit year not readable as 20xx')


def random_ref(rng):
    span = (REF_MAX - REF_MIN).days
    return REF_MIN + td(rng.randint(0, span))


def wdm_ref(spec, rng):
    """Reference near a year in which weekday K falls on M-D."""
    _, k, m, d = spec.split()
    k, m, d = WD[k], int(m), int(d)
    years = [y for y in range(2015, 2028)
             if mkdate(y, m, d) and mkdate(y, m, d).weekday() == k]
    target = mkdate(rng.choice(years), m, d)
    while True:
        off = rng.choice([rng.randint(-120, -1), rng.randint(1, 200),
                          rng.randint(1, 60)])
        ref = target - td(off)
        if REF_MIN <= ref <= REF_MAX:
            return ref


def wdm_value(spec, ref):
    _, k, m, d = spec.split()
    k, m, d = WD[k], int(m), int(d)
    c = []
    for y in range(ref.year - 40, ref.year + 41):
        x = mkdate(y, m, d)
        if x and x.weekday() == k:
            c.append((abs((x - ref).days), x))
    c.sort()
    if len(c) > 1 and c[0][0] == c[1][0]:
        raise Invalid('tie')
    if c[0][0] > 300:
        raise Invalid('nearest matching year too far from the reference')
    return vday(c[0][1])


def evaluate(lang, family, expr, spec, ref, seed):
    rng = random.Random(seed)
    fixed_ref = ref is not None
    for _ in range(2000):
        if not fixed_ref:
            if spec.startswith('wdm '):
                ref = wdm_ref(spec, rng)
            else:
                ref = random_ref(rng)
        try:
            extra_constraints(expr, ref)
            if spec.startswith('wdm '):
                v = wdm_value(spec, ref)
                return ref, v, v
            fut, past = compute(spec, ref, expr)
            return ref, fut, past
        except Invalid as e:
            if fixed_ref:
                raise SystemExit('%s %r @%s: %s' % (lang, expr, ref, e))
    raise SystemExit('no reference found for %s %r' % (lang, expr))


# --------------------------------------------------------------- I/O
def parse_rows(text):
    family = None
    for raw in text.split('\n'):
        line = raw.strip()
        if not line or line.startswith('#') and not line.startswith('##'):
            continue
        if line.startswith('##'):
            family = line[2:].strip()
            continue
        expr, rest = [x.strip() for x in line.split(' | ')]
        ref = None
        m = re.search(r'@(\d{4}-\d{2}-\d{2})$', rest)
        if m:
            ref = D.fromisoformat(m.group(1))
            rest = rest[:m.start()].strip()
        yield family, expr, rest, ref


def build(lang, text):
    rows = []
    seen = {}
    per_family = {}
    for n, (family, expr, spec, ref) in enumerate(parse_rows(text), 1):
        key = (expr, spec)
        seen[key] = seen.get(key, 0) + 1
        seed = '%s|%s|%s|%d' % (lang, expr, spec, seen[key])
        ref, fut, past = evaluate(lang, family, expr, spec, ref, seed)
        per_family[family] = per_family.get(family, 0) + 1
        # split decided before writing: within each family, rows written in
        # odd position go to dev, even position to test.
        half = 'dev' if per_family[family] % 2 == 1 else 'test'
        rows.append(dict(id='%s-%04d' % (lang, n), reference=ref.isoformat(),
                         expression=expr, future=fut, past=past,
                         family=family, half=half))
    return rows


COLS = ['id', 'reference', 'expression', 'future', 'past', 'family']


def write(rows, lang):
    for half in ('dev', 'test'):
        path = os.path.join(HERE, half, lang + '.tsv')
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write('\t'.join(COLS) + '\n')
            for r in rows:
                if r['half'] == half:
                    f.write('\t'.join(r[c] for c in COLS) + '\n')


def main():
    sys.path.insert(0, HERE)
    from rows_fr import ROWS as FR
    from rows_en import ROWS as EN
    for lang, text in (('fr', FR), ('en', EN)):
        rows = build(lang, text)
        write(rows, lang)
        fams = {}
        for r in rows:
            fams.setdefault(r['family'], [0, 0])
            fams[r['family']][0 if r['half'] == 'dev' else 1] += 1
        print(lang, len(rows), 'rows',
              sum(v[0] for v in fams.values()), 'dev',
              sum(v[1] for v in fams.values()), 'test')
        for k, v in sorted(fams.items()):
            print('   %-13s dev %3d  test %3d  total %3d' % (k, v[0], v[1], sum(v)))


if __name__ == '__main__':
    main()

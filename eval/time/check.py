#!/usr/bin/env python3
"""Checker for the vigie temporal-expression table (eval/time).

Standard library only.  Run from anywhere:  python3 eval/time/check.py

It checks the format of dev/{fr,en}.tsv and test/{fr,en}.tsv and then,
independently of the script that computed the values, re-reads every
expression with a small rule-based reader and recomputes what it can:
weekday, month, day and year named in the text against the values; the
readings of bare weekdays, months, day numbers and day+month dates;
numeric dates; counted offsets and relative days/weeks/months/years;
n-th weekday of a month; weekday+date without year; fixed and movable
holidays; Islamic observances (within 3 days of the tabular Islamic
calendar).  It prints how many rows each recomputation covered and exits
non-zero on any error.
"""
import calendar
import datetime as dt
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [('dev', 'fr'), ('dev', 'en'), ('test', 'fr'), ('test', 'en')]
HEADER = ['id', 'reference', 'expression', 'future', 'past', 'family']
FAMILIES = ['numeric', 'bare', 'idiom', 'offset', 'abbrev', 'holiday',
            'islamic', 'weekday-year', 'explicit']
D = dt.date
TD = dt.timedelta
REF_MIN, REF_MAX = D(2015, 1, 1), D(2027, 12, 31)

errors = []
uncovered = []
covered = Counter()


def err(row, msg):
    errors.append('%s (%s, %r): %s' % (row['id'], row['reference'],
                                       row['expression'], msg))


# ------------------------------------------------------------ values
class Value:
    def __init__(self, text):
        self.text = text
        if re.fullmatch(r'\d{4}-\d{2}-\d{2}', text):
            self.kind = 'day'
            self.start = self.end = D.fromisoformat(text)
        elif re.fullmatch(r'\d{4}-\d{2}', text):
            self.kind = 'month'
            y, m = int(text[:4]), int(text[5:])
            self.start = D(y, m, 1)
            self.end = D(y, m, calendar.monthrange(y, m)[1])
        elif re.fullmatch(r'\d{4}', text):
            self.kind = 'year'
            self.start, self.end = D(int(text), 1, 1), D(int(text), 12, 31)
        elif re.fullmatch(r'\d{4}-W\d{2}', text):
            self.kind = 'week'
            self.start = D.fromisocalendar(int(text[:4]), int(text[6:]), 1)
            self.end = self.start + TD(6)
            if self.start.isocalendar()[:2] != (int(text[:4]), int(text[6:])):
                raise ValueError('bad week')
        elif re.fullmatch(r'\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}', text):
            self.kind = 'range'
            a, b = text.split('/')
            self.start, self.end = D.fromisoformat(a), D.fromisoformat(b)
            if self.end < self.start:
                raise ValueError('range ends before it starts')
        else:
            raise ValueError('unknown value format')

    @property
    def day(self):
        return self.start if self.kind == 'day' else None


def iso(x):
    return x.isoformat()


def vmonth(y, m):
    return '%04d-%02d' % (y, m)


def vweek(day):
    y, w, _ = day.isocalendar()
    return '%04d-W%02d' % (y, w)


def mkdate(y, m, d):
    try:
        return D(y, m, d)
    except ValueError:
        return None


def shift_month(y, m, n):
    q, r = divmod(m - 1 + n, 12)
    return y + q, r + 1


# ------------------------------------------------------------ lexicon
WD_FR = {'lundi': 0, 'mardi': 1, 'mercredi': 2, 'jeudi': 3, 'vendredi': 4,
         'samedi': 5, 'dimanche': 6, 'lun.': 0, 'mer.': 2, 'jeu.': 3,
         'ven.': 4, 'sam.': 5, 'dim.': 6}
WD_EN = {'monday': 0, 'tuesday': 1, 'wednesday': 2, 'thursday': 3,
         'friday': 4, 'saturday': 5, 'sunday': 6, 'mon': 0, 'tue': 1,
         'tues': 1, 'wed': 2, 'thu': 3, 'thur': 3, 'thurs': 3, 'fri': 4,
         'sat': 5, 'sun': 6}
MO_FR = {'janvier': 1, 'février': 2, 'mars': 3, 'avril': 4, 'mai': 5,
         'juin': 6, 'juillet': 7, 'août': 8, 'septembre': 9, 'octobre': 10,
         'novembre': 11, 'décembre': 12, 'janv.': 1, 'févr.': 2, 'fév.': 2,
         'avr.': 4, 'juil.': 7, 'sept.': 9, 'oct.': 10, 'nov.': 11,
         'déc.': 12}
MO_EN = {'january': 1, 'february': 2, 'march': 3, 'april': 4, 'may': 5,
         'june': 6, 'july': 7, 'august': 8, 'september': 9, 'october': 10,
         'november': 11, 'december': 12, 'jan': 1, 'feb': 2, 'mar': 3,
         'apr': 4, 'jun': 6, 'jul': 7, 'aug': 8, 'sep': 9, 'sept': 9,
         'oct': 10, 'nov': 11, 'dec': 12}
NUM_FR = {'un': 1, 'une': 1, 'premier': 1, 'deux': 2, 'trois': 3,
          'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7, 'huit': 8,
          'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13,
          'quatorze': 14, 'quinze': 15, 'seize': 16, 'dix-sept': 17,
          'dix-huit': 18, 'dix-neuf': 19, 'vingt': 20, 'vingt et un': 21,
          'vingt-deux': 22, 'vingt-trois': 23, 'vingt-quatre': 24,
          'vingt-cinq': 25, 'vingt-six': 26, 'vingt-sept': 27,
          'vingt-huit': 28, 'vingt-neuf': 29, 'trente': 30,
          'trente et un': 31, 'quarante': 40, 'cinquante': 50,
          'soixante': 60, 'cent': 100}
NUM_EN = {'a': 1, 'an': 1, 'one': 1, 'two': 2, 'three': 3, 'four': 4,
          'five': 5, 'six': 6, 'seven': 7, 'eight': 8, 'nine': 9, 'ten': 10,
          'eleven': 11, 'twelve': 12, 'thirteen': 13, 'fourteen': 14,
          'fifteen': 15, 'sixteen': 16, 'seventeen': 17, 'eighteen': 18,
          'nineteen': 19, 'twenty': 20, 'thirty': 30, 'forty': 40,
          'fifty': 50, 'sixty': 60, 'seventy': 70, 'eighty': 80,
          'ninety': 90, 'hundred': 100, 'a hundred': 100,
          'one hundred': 100}
for _t, _v in list(NUM_EN.items()):
    if 20 <= _v <= 90:
        for _u, _w in [('one', 1), ('two', 2), ('three', 3), ('four', 4),
                       ('five', 5), ('six', 6), ('seven', 7), ('eight', 8),
                       ('nine', 9)]:
            NUM_EN['%s-%s' % (_t, _u)] = _v + _w
ORD_EN = {'first': 1, 'second': 2, 'third': 3, 'fourth': 4, 'fifth': 5,
          'sixth': 6, 'seventh': 7, 'eighth': 8, 'ninth': 9, 'tenth': 10,
          'twentieth': 20, 'thirtieth': 30, 'last': -1}
for _u, _w in [('first', 1), ('second', 2), ('third', 3), ('fourth', 4),
               ('fifth', 5), ('sixth', 6), ('seventh', 7), ('eighth', 8),
               ('ninth', 9)]:
    ORD_EN['twenty-' + _u] = 20 + _w
ORD_EN['thirty-first'] = 31
ORD_FR = {'premier': 1, '1er': 1, 'deuxième': 2, '2e': 2, 'second': 2,
          'troisième': 3, '3e': 3, 'quatrième': 4, '4e': 4,
          'cinquième': 5, '5e': 5, 'dernier': -1}


def alt(words):
    return '|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def find_all(lex, text, lang, kind):
    low = text.lower()
    found = []
    if lang == 'fr':
        pat = r"(?<![\w.])(%s)(?![\w])" % alt(lex)
    else:
        pat = r"(?<![\w.])(%s)(?![\w])\.?" % alt(lex)
    for m in re.finditer(pat, low):
        w = m.group(1)
        if lang == 'en' and kind == 'month' and w == 'may':
            # "May" only as a month: capitalised, or before a number
            orig = text[m.start(1):m.end(1)]
            after = low[m.end(1):]
            if not (orig[0] == 'M' or re.match(r'\s+\d', after)):
                continue
        found.append(lex[w])
    return found


def weekdays(text, lang):
    return find_all(WD_FR if lang == 'fr' else WD_EN, text, lang, 'wd')


def months(text, lang):
    return find_all(MO_FR if lang == 'fr' else MO_EN, text, lang, 'month')


def years(text):
    return [int(y) for y in re.findall(r'(?<![\d/.\-])(1[0-9]\d\d|20\d\d)(?![\d/.\-])', text)]


def day_numbers(text, lang):
    """Day-of-month numbers written next to a month name."""
    low = text.lower()
    mon = alt(MO_FR if lang == 'fr' else MO_EN)
    out = []
    if lang == 'fr':
        for m in re.finditer(r'(?<!\d)(\d{1,2})(?:er|e)?[\s\-]+(?:%s)' % mon, low):
            out.append(int(m.group(1)))
        words = alt([w for w in NUM_FR if NUM_FR[w] <= 31])
        for m in re.finditer(r'\b(%s)\s+(?:%s)' % (words, mon), low):
            out.append(NUM_FR[m.group(1)])
    else:
        for m in re.finditer(r'(?:%s)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d])' % mon, low):
            out.append(int(m.group(1)))
        for m in re.finditer(r'(?<![\d/])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:%s)' % mon, low):
            out.append(int(m.group(1)))
        ords = {k: v for k, v in ORD_EN.items() if v > 0}
        for m in re.finditer(r'\b(%s)\s+(?:of\s+)?(?:%s)\b' % (alt(ords), mon), low):
            out.append(ords[m.group(1)])
    return out


MARKERS = {
    'fr': r"prochain|dernier|dernière|passé|suivant|précédent|\bdans\b|il y a|"
          r"demain|hier|aujourd|lendemain|veille|en huit|en quinze|semaine|"
          r"du mois|de l'année|cette|ce mois|d'avant|d'après",
    'en': r"\bnext\b|\blast\b|\bthis\b|\bago\b|hence|from now|from today|"
          r"tomorrow|yesterday|today|following|previous|\bweek\b|"
          r"of the month|of the year|\byr\b|\bpast\b|\bin (?:a|an|\d+|[a-z-]+) (?:days?|weeks?|months?|years?)|fortnight|"
          r"\bbefore\b",
}


IDIOM_MARKERS = (r"demain|hier|aujourd|en huit|en quinze|semaine|du mois|mois (prochain|dernier)|"
                 r"de l'année|tomorrow|yesterday|today|\bweek\b|of the month|"
                 r"(next|last|this) (month|year)|of the year")


def has_marker(text, lang):
    return re.search(MARKERS[lang], text.lower()) is not None


# ----------------------------------------------------- date rules
def bare_weekday(ref, k):
    wd = ref.weekday()
    return iso(ref + TD((k - wd) % 7)), iso(ref - TD((wd - k) % 7))


def yearly(ref, f):
    c = [f(y) for y in range(ref.year - 3, ref.year + 4)]
    c = [x for x in c if x is not None]
    return iso(min(x for x in c if x >= ref)), iso(max(x for x in c if x <= ref))


def bare_month(ref, m):
    if m == ref.month:
        return (vmonth(ref.year, m),) * 2
    return (vmonth(ref.year if m > ref.month else ref.year + 1, m),
            vmonth(ref.year if m < ref.month else ref.year - 1, m))


def bare_day(ref, n):
    f = mkdate(ref.year, ref.month, n) if n >= ref.day else \
        mkdate(*shift_month(ref.year, ref.month, 1), n)
    p = mkdate(ref.year, ref.month, n) if n <= ref.day else \
        mkdate(*shift_month(ref.year, ref.month, -1), n)
    return (iso(f) if f else None), (iso(p) if p else None)


def nth_weekday(y, m, k, n):
    if n > 0:
        first = D(y, m, 1)
        d = first + TD((k - first.weekday()) % 7 + 7 * (n - 1))
        return d if d.month == m else None
    last = D(y, m, calendar.monthrange(y, m)[1])
    return last - TD((last.weekday() - k) % 7)


def easter(y):
    # Computus as in the Clavius / Lilius tables (not the same formula as
    # values.py, on purpose).
    g = y % 19
    c = y // 100
    h = (c - c // 4 - (8 * c + 13) // 25 + 19 * g + 15) % 30
    i = h - (h // 28) * (1 - (h // 28) * (29 // (h + 1)) * ((21 - g) // 11))
    j = (y + y // 4 + i + 2 - c + c // 4) % 7
    p = i - j
    d = 1 + (p + 27 + (p + 6) // 40) % 31
    m = 3 + (p + 26) // 30
    return D(y, m, d)


def add_months(day, n):
    y, m = shift_month(day.year, day.month, n)
    return mkdate(y, m, day.day)


# --------------------------------------------------- holidays (regex)
def fx(m, d):
    return lambda y: mkdate(y, m, d)


def ea(n):
    return lambda y: easter(y) + TD(n)


def nw(m, k, n):
    return lambda y: nth_weekday(y, m, k, n)


def fete_meres(y):
    s = nth_weekday(y, 5, 6, -1)
    return nth_weekday(y, 6, 6, 1) if s == easter(y) + TD(49) else s


HOLIDAYS = [  # (regex on lower-cased text, function of year); first match wins
    (r"lundi de pâques|easter monday", ea(1)),
    (r"pâques|easter", ea(0)),
    (r"vendredi saint|good friday", ea(-2)),
    (r"jeudi saint|maundy thursday", ea(-3)),
    (r"rameaux|palm sunday", ea(-7)),
    (r"cendres|ash wednesday", ea(-46)),
    (r"mardi gras|shrove tuesday|pancake day", ea(-47)),
    (r"ascension", ea(39)),
    (r"lundi de pentecôte|whit monday", ea(50)),
    (r"pentecôte|pentecost", ea(49)),
    (r"veille de noël|réveillon de noël|christmas eve", fx(12, 24)),
    (r"noël|christmas", fx(12, 25)),
    (r"boxing day", fx(12, 26)),
    (r"saint-sylvestre|réveillon du nouvel an|new year's eve", fx(12, 31)),
    (r"jour de l'an|nouvel an|new year's day", fx(1, 1)),
    (r"fête du travail|1er-? ?mai|may day", fx(5, 1)),
    (r"8-? ?mai|victoire de 1945", fx(5, 8)),
    (r"14-? ?juillet|fête nationale|bastille day", fx(7, 14)),
    (r"4-? ?juillet|independence day|fourth of july|july fourth", fx(7, 4)),
    (r"15-? ?août|assomption", fx(8, 15)),
    (r"toussaint|all saints", fx(11, 1)),
    (r"jour des morts", fx(11, 2)),
    (r"11-? ?novembre|armistice|remembrance day|veterans day", fx(11, 11)),
    (r"sainte-catherine", fx(11, 25)),
    (r"bonfire night|guy fawkes", fx(11, 5)),
    (r"chandeleur|groundhog day", fx(2, 2)),
    (r"saint-valentin|valentine", fx(2, 14)),
    (r"droits des femmes|women's day", fx(3, 8)),
    (r"saint-patrick|patrick's day", fx(3, 17)),
    (r"earth day", fx(4, 22)),
    (r"cinco de mayo", fx(5, 5)),
    (r"juneteenth", fx(6, 19)),
    (r"fête de la musique", fx(6, 21)),
    (r"saint-jean", fx(6, 24)),
    (r"halloween", fx(10, 31)),
    (r"saint-nicolas", fx(12, 6)),
    (r"martin luther king|mlk", nw(1, 0, 3)),
    (r"presidents'? day", nw(2, 0, 3)),
    (r"memorial day", nw(5, 0, -1)),
    (r"labor day", nw(9, 0, 1)),
    (r"columbus day", nw(10, 0, 2)),
    (r"black friday", lambda y: nth_weekday(y, 11, 3, 4) + TD(1)),
    (r"thanksgiving", nw(11, 3, 4)),
    (r"fête des pères|father's day", nw(6, 6, 3)),
    (r"fête des mères", fete_meres),
    (r"election day", lambda y: nth_weekday(y, 11, 0, 1) + TD(1)),
]


# ------------------------------------------- tabular Islamic calendar
def hijri_to_jdn(y, m, d):
    return (d + (59 * (m - 1) + 1) // 2 + 354 * (y - 1) + (3 + 11 * y) // 30
            + 1948440 - 1)


def jdn_to_date(j):
    return D.fromordinal(j - 1721425)


def date_to_jdn(x):
    return x.toordinal() + 1721425


def tabular(m, d):
    """All Gregorian dates of hijri (m, d) around 2010-2032, tabular calendar."""
    return [jdn_to_date(hijri_to_jdn(y, m, d)) for y in range(1430, 1455)]


ISLAMIC = [  # regex, (hijri month, day) of the day / of the range start
    (r"ramadan", (9, 1)),
    (r"fitr|séghir|seghir|korité", (10, 1)),
    (r"adha|kébir|kebir|kabir|tabaski|sacrifice", (12, 10)),
    (r"mawlid|maouloud|mouloud|milad|prophet's birthday", (3, 12)),
    (r"nouvel an|new year|mouharram|muharram", (1, 1)),
]


# ------------------------------------------------------------ readers
def numeric_reading(row, lang, ref):
    text = row['expression']
    m = re.search(r'(\d{4})-W(\d{2})$', text)
    if m:
        v = vweek(D.fromisocalendar(int(m.group(1)), int(m.group(2)), 1))
        return v, v
    m = re.search(r'(\d{4})[-/](\d{2})[-/](\d{2})$', text)
    if m:
        v = iso(D(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        return v, v
    m = re.search(r'(\d{4})-(\d{2})$', text)
    if m:
        v = vmonth(int(m.group(1)), int(m.group(2)))
        return v, v
    m = re.search(r'(?<![\d])(\d{1,2})([/.\- ])(\d{1,4})(?:\2(\d{2}|\d{4}))?$', text)
    if not m:
        return None
    a, b, c = m.group(1), m.group(3), m.group(4)
    if c is None and len(b) == 4:
        v = vmonth(int(b), int(a))
        return v, v
    a, b = int(a), int(b)
    if lang == 'fr' or a > 12:
        day, month = a, b
    else:
        month, day = a, b
    if c is None:
        return yearly(ref, lambda y: mkdate(y, month, day))
    y = int(c)
    if len(c) == 2:
        if y >= 50:
            y += 1900
        elif y <= ref.year % 100 + 5:
            y += 2000
        else:
            err(row, 'two-digit year %s is not clearly 19xx or 20xx' % c)
            return None
    v = iso(D(y, month, day))
    return v, v


def spelled(word, lang):
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    return (NUM_FR if lang == 'fr' else NUM_EN).get(word)


UNITS_FR = {'jour': 'd', 'jours': 'd', 'semaine': 'w', 'semaines': 'w',
            'mois': 'm', 'an': 'y', 'ans': 'y', 'année': 'y', 'années': 'y'}
UNITS_EN = {'day': 'd', 'days': 'd', 'week': 'w', 'weeks': 'w',
            'month': 'm', 'months': 'm', 'year': 'y', 'years': 'y',
            'fortnight': 'f'}


def counted_offset(text, lang, ref):
    low = text.lower()
    if lang == 'fr':
        m = re.search(r"\b(dans|il y a)\s+(.+?)\s+(jours?|semaines?|mois|ans?|années?)\b", low)
        if not m:
            return None
        sign = 1 if m.group(1) == 'dans' else -1
        n, unit = spelled(m.group(2), 'fr'), UNITS_FR[m.group(3)]
    else:
        m = re.search(r"^(?:in\s+)?(.+?)\s+(days?|weeks?|months?|years?)(?:'s?)?(?:\s+time)?"
                      r"(?:\s+(ago|hence|from now|from today))?$", low)
        m2 = re.search(r"^(in\s+)?an?\s+(fortnight)(?:\s+(ago))?$", low)
        if m2:
            sign = -1 if m2.group(3) else 1
            n, unit = 2, 'w'
        elif m:
            words = m.group(1)
            if not (low.startswith('in ') or m.group(3)):
                return None
            if words.startswith('in '):
                words = words[3:]
            n, unit = spelled(words, 'en'), UNITS_EN[m.group(2)]
            sign = -1 if m.group(3) == 'ago' else 1
        else:
            return None
    if n is None:
        return None
    n *= sign
    if unit == 'd':
        v = ref + TD(n)
    elif unit == 'w':
        v = ref + TD(7 * n)
    elif unit == 'm':
        v = add_months(ref, n)
    else:
        v = add_months(ref, 12 * n)
    return iso(v) if v else None


RELDAY = [
    (r"day after tomorrow|après-demain|surlendemain", 2),
    (r"day before yesterday|avant-hier|avant-veille", -2),
    (r"tomorrow|demain|lendemain|the next day|the following day|jour suivant", 1),
    (r"yesterday|\bhier\b|veille|the day before|the previous day|jour d'avant", -1),
    (r"today|aujourd'hui", 0),
]
RELUNIT = [  # (regex, unit, shift)
    (r"week after next", 'w', 2),
    (r"semaine (prochaine|suivante|d'après)|(next|following) week", 'w', 1),
    (r"semaine (dernière|passée|précédente)|(last|previous) week|week before", 'w', -1),
    (r"cette semaine|this week", 'w', 0),
    (r"mois (prochain|suivant)|(next|following) month", 'm', 1),
    (r"mois (dernier|passé|précédent)|(last|previous) month", 'm', -1),
    (r"ce mois-ci|this month", 'm', 0),
    (r"(an|année) (prochaine?|suivante)|(next|following) (year|yr)", 'y', 1),
    (r"(an|année) (dernier|dernière|passée?|précédente)|(last|previous) (year|yr)", 'y', -1),
    (r"cette année|this year", 'y', 0),
]


def relative_unit(text, ref):
    low = text.lower()
    for pat, unit, n in RELUNIT:
        if re.search(pat, low):
            if unit == 'w':
                return vweek(ref + TD(7 * n))
            if unit == 'm':
                return vmonth(*shift_month(ref.year, ref.month, n))
            return '%04d' % (ref.year + n)
    return None


def relative_day(text, ref):
    low = text.lower()
    for pat, n in RELDAY:
        if re.search(pat, low):
            return iso(ref + TD(n))
    return None


def nth_reading(text, lang, ref):
    low = text.lower()
    wdl = WD_FR if lang == 'fr' else WD_EN
    mol = MO_FR if lang == 'fr' else MO_EN
    ordl = ORD_FR if lang == 'fr' else ORD_EN
    m = re.search(r"\b(%s)\s+(%s)\s+(?:de|d'|du|of|in)\s*(?:the\s+)?(%s|mois prochain|mois|"
                  r"month|next month|l'année|the year)\b\s*(\d{4})?"
                  % (alt(ordl), alt(k for k in wdl if '.' not in k), alt(mol)), low)
    if not m:
        return None
    n, k = ordl[m.group(1)], wdl[m.group(2)]
    what, year = m.group(3), m.group(4)
    if what in ('mois', 'month'):
        v = nth_weekday(ref.year, ref.month, k, n)
        return (iso(v),) * 2 if v else None
    if what in ('mois prochain', 'next month'):
        v = nth_weekday(*shift_month(ref.year, ref.month, 1), k, n)
        return (iso(v),) * 2 if v else None
    if what in ("l'année", 'the year'):
        v = nth_weekday(ref.year, 12, k, n)
        return (iso(v),) * 2
    mo = mol[what]
    if year:
        v = nth_weekday(int(year), mo, k, n)
        return (iso(v),) * 2 if v else None
    return yearly(ref, lambda y: nth_weekday(y, mo, k, n))


def weekday_date_reading(ref, k, mo, dd):
    best = None
    for y in range(ref.year - 30, ref.year + 31):
        x = mkdate(y, mo, dd)
        if x and x.weekday() == k:
            d = abs((x - ref).days)
            if best is None or d < best[0]:
                best = (d, x)
    return iso(best[1])


# -------------------------------------------------------- per row
def check_row(row, lang):
    fam = row['family']
    text = row['expression']
    try:
        ref = D.fromisoformat(row['reference'])
    except ValueError:
        return err(row, 'bad reference')
    if not (REF_MIN <= ref <= REF_MAX):
        err(row, 'reference outside 2015-2027')
    try:
        fut, past = Value(row['future']), Value(row['past'])
    except ValueError as e:
        return err(row, 'bad value: %s' % e)
    if fut.kind != past.kind:
        err(row, 'future and past are of different kinds')
    if fut.kind == 'range':
        if fam != 'islamic':
            err(row, 'ranges are only for Ramadan')
        for v in (fut, past):
            n = (v.end - v.start).days + 1
            if n not in (29, 30):
                err(row, 'Ramadan range of %d days' % n)
    if fut.start < past.start:
        err(row, 'future reading before past reading')

    wds, mos, yrs = weekdays(text, lang), months(text, lang), years(text)
    dnums = day_numbers(text, lang)
    marker = has_marker(text, lang)
    if fam == 'holiday':
        marker = re.search(r'prochain|dernier|\bnext\b|\blast\b', text.lower())
    elif fam == 'idiom':
        marker = re.search(IDIOM_MARKERS, text.lower())
    fixed = fam in ('offset', 'explicit', 'weekday-year') or bool(yrs) or bool(marker)
    if fam == 'numeric' and re.search(r'\d{4}|\d[/.\- ]\d{1,2}[/.\- ]\d{2}$', text):
        fixed = True
    if wds and mos and dnums:
        fixed = True
    if fixed and fut.text != past.text:
        err(row, 'expression is not ambiguous but past != future')
    if fut.text != past.text:
        if not (past.start <= ref <= fut.end):
            err(row, 'reference not between past and future readings')
        gap = (fut.start - past.start).days
        if fam in ('bare', 'abbrev') and wds and gap != 7:
            err(row, 'bare weekday readings not 7 days apart')
        elif not wds and fut.kind == 'day' and not (28 <= gap <= 31 or 350 <= gap <= 390):
            err(row, 'readings %d days apart' % gap)
    elif not fixed:
        if not (fut.start <= ref <= fut.end):
            err(row, 'single reading of an ambiguous expression must contain the reference')

    # named weekday / month / day / year against the values
    for v in {fut.text: fut, past.text: past}.values():
        if v.kind == 'day' and len(set(wds)) == 1 and fam != 'offset':
            if v.day.weekday() != wds[0]:
                err(row, '%s is not a %s' % (v.text, ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][wds[0]]))
            covered['weekday named'] += 1
        if v.kind in ('day', 'month') and len(set(mos)) == 1:
            if v.start.month != mos[0]:
                err(row, '%s is not in month %d' % (v.text, mos[0]))
            covered['month named'] += 1
        if v.kind == 'day' and len(set(dnums)) == 1 and fam not in ('idiom',):
            if v.day.day != dnums[0]:
                err(row, '%s is not day %d' % (v.text, dnums[0]))
            covered['day named'] += 1
        if len(set(yrs)) == 1 and v.kind != 'week':
            if v.start.year != yrs[0]:
                err(row, '%s is not in year %d' % (v.text, yrs[0]))
            covered['year named'] += 1
        elif len(set(yrs)) == 1 and v.kind == 'week':
            if int(v.text[:4]) != yrs[0]:
                err(row, '%s is not in ISO year %d' % (v.text, yrs[0]))
            covered['year named'] += 1

    try:
        expect = recompute(row, lang, ref, fam, text, wds, mos, yrs, dnums)
    except (ValueError, TypeError, KeyError, IndexError) as e:
        return err(row, 'check.py could not read it: %s: %s' % (type(e).__name__, e))
    if expect is None:
        if fam != 'islamic':
            uncovered.append('%s %s %r' % (row['id'], row['family'], text))
    else:
        covered['recomputed: ' + expect[0]] += 1
        f, p = expect[1]
        if (f, p) != (fut.text, past.text):
            err(row, 'recomputed %s / %s, table has %s / %s'
                % (f, p, fut.text, past.text))


def recompute(row, lang, ref, fam, text, wds, mos, yrs, dnums):
    low = text.lower()
    if fam == 'numeric':
        r = numeric_reading(row, lang, ref)
        return ('numeric', r) if r else None
    if fam == 'holiday':
        for pat, f in HOLIDAYS:
            if re.search(pat, low):
                if yrs:
                    v = iso(f(yrs[0]))
                    return 'holiday', (v, v)
                fu, pa = yearly(ref, f)
                if re.search(r'dernier|\blast\b', low):
                    if pa == iso(ref):
                        err(row, 'reference on the holiday itself')
                    return 'holiday', (pa, pa)
                if re.search(r'prochain|\bnext\b', low):
                    if fu == iso(ref):
                        err(row, 'reference on the holiday itself')
                    return 'holiday', (fu, fu)
                return 'holiday', (fu, pa)
        err(row, 'holiday name not recognised by check.py')
        return None
    if fam == 'islamic':
        for pat, (hm, hd) in ISLAMIC:
            if re.search(pat, low):
                approx = tabular(hm, hd)
                v = Value(row['future'])
                for val in {row['future'], row['past']}:
                    start = Value(val).start
                    if min(abs((start - a).days) for a in approx) > 3:
                        err(row, '%s is more than 3 days from the tabular date' % val)
                if yrs and Value(row['future']).start.year != yrs[0]:
                    err(row, 'Islamic value not in the named year')
                covered['islamic within 3 days of tabular calendar'] += 1
                return None
        err(row, 'Islamic observance not recognised by check.py')
        return None
    if fam == 'offset':
        v = counted_offset(text, lang, ref)
        if v:
            return 'counted offset', (v, v)
        v = relative_unit(text, ref)
        if v:
            return 'relative week/month/year', (v, v)
        v = relative_day(text, ref)
        if v:
            return 'relative day', (v, v)
        err(row, 'offset not recognised by check.py')
        return None
    if fam == 'idiom':
        r = nth_reading(text, lang, ref)
        if r:
            return 'n-th weekday', r
        if re.search(r'en (huit|quinze)', low) and len(wds) == 1:
            k = wds[0]
            base = ref + TD((k - ref.weekday() - 1) % 7 + 1)
            v = iso(base + TD(7 if 'huit' in low else 14))
            return 'en huit / en quinze', (v, v)
        m = re.search(r"(semaine prochaine|next week|semaine dernière|last week|"
                      r"cette semaine|this week)", low)
        if m and len(wds) == 1:
            n = {'semaine prochaine': 1, 'next week': 1, 'semaine dernière': -1,
                 'last week': -1, 'cette semaine': 0, 'this week': 0}[m.group(1)]
            v = iso(ref - TD(ref.weekday()) + TD(7 * n + wds[0]))
            return 'weekday of a calendar week', (v, v)
        if 'jour' in low or 'day' in low or 'first of' in low:
            v = first_last_day(low, lang, ref, mos, yrs)
            if v:
                return 'first/last day', v
        v = relative_day(text, ref)
        if v:
            return 'relative day', (v, v)
        return None
    # bare, abbrev, weekday-year, explicit
    has_digits = bool(re.search(r'\d', text)) or bool(dnums)
    if fam in ('bare', 'abbrev') and wds and not mos and not has_digits and not has_marker(text, lang):
        if ref.weekday() == wds[0]:
            err(row, 'bare weekday equal to the reference weekday')
            return None
        return 'bare weekday', bare_weekday(ref, wds[0])
    if fam in ('bare', 'abbrev') and mos and not wds and not dnums and not yrs and not has_digits:
        return 'bare month', bare_month(ref, mos[0])
    if fam in ('bare', 'abbrev') and mos and dnums and not wds and not yrs:
        mo, dd = mos[0], dnums[0]
        return 'bare day+month', yearly(ref, lambda y: mkdate(y, mo, dd))
    if fam == 'bare' and not mos and not wds:
        m = re.search(r"(?:\b(\d{1,2})(?:er|st|nd|rd|th)?$)|(?:\b(%s)$)" % alt(ORD_EN), low)
        if m:
            n = int(m.group(1)) if m.group(1) else ORD_EN[m.group(2)]
            f, p = bare_day(ref, n)
            if f is None or p is None:
                err(row, 'day %d missing in a target month' % n)
                return None
            return 'bare day number', (f, p)
    if fam == 'abbrev' and re.search(r'\byr\b', low):
        v = relative_unit(text, ref)
        return 'relative week/month/year', (v, v)
    if fam == 'abbrev' and yrs and mos:
        if dnums:
            v = iso(D(yrs[0], mos[0], dnums[0]))
            return 'explicit date', (v, v)
        v = vmonth(yrs[0], mos[0])
        return 'explicit month', (v, v)
    if fam in ('weekday-year', 'abbrev') and wds and mos and dnums and not yrs:
        v = weekday_date_reading(ref, wds[0], mos[0], dnums[0])
        return 'weekday + date, nearest year', (v, v)
    if fam == 'explicit':
        if yrs and mos and dnums:
            v = iso(D(yrs[0], mos[0], dnums[0]))
            return 'explicit date', (v, v)
        if yrs and mos:
            v = vmonth(yrs[0], mos[0])
            return 'explicit month', (v, v)
        m = re.search(r'(?:semaine|week)\s+(\d{1,2})\s+(?:de|of)\s+(\d{4})', low) or \
            re.search(r'(\d{1,2})(?:st|nd|rd|th) week of (\d{4})', low)
        if m:
            v = vweek(D.fromisocalendar(int(m.group(2)), int(m.group(1)), 1))
            return 'explicit week', (v, v)
        if yrs and not mos:
            return 'explicit year', ('%04d' % yrs[0],) * 2
        nxt = re.search(r'prochain|\bnext\b|this coming', low)
        lst = re.search(r'dernier|\blast\b|this past', low)
        if wds and not mos:
            k, wd = wds[0], ref.weekday()
            if nxt:
                v = iso(ref + TD((k - wd - 1) % 7 + 1))
            elif lst:
                v = iso(ref - TD((wd - k - 1) % 7 + 1))
            else:
                return None
            return 'next/last weekday', (v, v)
        if mos and dnums:
            f, p = yearly(ref, lambda y: mkdate(y, mos[0], dnums[0]))
            if f == iso(ref):
                err(row, 'reference on the named day itself')
            v = f if nxt else p
            return 'next/last day+month', (v, v)
        if mos:
            if ref.month == mos[0]:
                err(row, 'reference in the named month itself')
            f, p = bare_month(ref, mos[0])
            v = f if nxt else p
            return 'next/last month', (v, v)
    return None


def first_last_day(low, lang, ref, mos, yrs):
    first = re.search(r'premier jour|first day|first of', low)
    last = re.search(r'dernier jour|last day', low)
    if not (first or last):
        return None
    if re.search(r"mois prochain|next month", low):
        y, m = shift_month(ref.year, ref.month, 1)
    elif re.search(r"mois dernier|last month", low):
        y, m = shift_month(ref.year, ref.month, -1)
    elif re.search(r"du mois|of the month|this month", low):
        y, m = ref.year, ref.month
    elif re.search(r"semaine prochaine", low):
        v = iso(ref - TD(ref.weekday()) + TD(7))
        return v, v
    elif re.search(r"année prochaine|next year", low):
        v = iso(D(ref.year + 1, 1, 1) if first else D(ref.year + 1, 12, 31))
        return v, v
    elif re.search(r"de l'année$|of the year", low) and not yrs:
        v = iso(D(ref.year, 1, 1) if first else D(ref.year, 12, 31))
        return v, v
    elif mos:
        m = mos[0]
        f = (lambda yy: D(yy, m, 1)) if first else \
            (lambda yy: D(yy, m, calendar.monthrange(yy, m)[1]))
        if yrs:
            v = iso(f(yrs[0]))
            return v, v
        return yearly(ref, f)
    elif yrs:
        v = iso(D(yrs[0], 1, 1) if first else D(yrs[0], 12, 31))
        return v, v
    else:
        return None
    v = iso(D(y, m, 1) if first else D(y, m, calendar.monthrange(y, m)[1]))
    return v, v


# ----------------------------------------------------------- main
def main():
    ids = {}
    counts = defaultdict(Counter)
    refs = defaultdict(list)
    seen = Counter()
    for half, lang in FILES:
        path = os.path.join(HERE, half, lang + '.tsv')
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        if lines and lines[-1] == '':
            lines.pop()
        else:
            errors.append('%s: missing final newline' % path)
        if not lines or lines[0].split('\t') != HEADER:
            errors.append('%s: bad header' % path)
            continue
        for n, line in enumerate(lines[1:], 2):
            if '\r' in line:
                errors.append('%s:%d: carriage return' % (path, n))
            cols = line.split('\t')
            if len(cols) != len(HEADER):
                errors.append('%s:%d: %d columns' % (path, n, len(cols)))
                continue
            row = dict(zip(HEADER, cols))
            if any(c != c.strip() or not c for c in cols):
                err(row, 'empty cell or stray spaces')
            if not re.fullmatch(r'%s-\d{4}' % lang, row['id']):
                err(row, 'bad id for a %s file' % lang)
            if row['id'] in ids:
                err(row, 'duplicate id (also in %s)' % ids[row['id']])
            ids[row['id']] = path
            if row['family'] not in FAMILIES:
                err(row, 'unknown family')
                continue
            seen[(lang, row['expression'], row['reference'])] += 1
            if seen[(lang, row['expression'], row['reference'])] > 1:
                err(row, 'same expression and reference twice')
            counts[(lang, half)][row['family']] += 1
            refs[lang].append(row['reference'])
            check_row(row, lang)

    for lang in ('fr', 'en'):
        total = sum(counts[(lang, 'dev')].values()) + sum(counts[(lang, 'test')].values())
        if total < 600:
            errors.append('%s: only %d rows' % (lang, total))
        for fam in FAMILIES:
            if not counts[(lang, 'dev')][fam] or not counts[(lang, 'test')][fam]:
                errors.append('%s: family %s missing from one half' % (lang, fam))

    print('rows per file and family:')
    print('  %-13s' % '' + ''.join('%9s' % ('%s/%s' % k) for k in
                                   [('dev', 'fr'), ('test', 'fr'), ('dev', 'en'), ('test', 'en')]))
    for fam in FAMILIES + ['TOTAL']:
        cells = []
        for half, lang in [('dev', 'fr'), ('test', 'fr'), ('dev', 'en'), ('test', 'en')]:
            c = counts[(lang, half)]
            cells.append(sum(c.values()) if fam == 'TOTAL' else c[fam])
        print('  %-13s' % fam + ''.join('%9d' % c for c in cells))
    for lang in ('fr', 'en'):
        ys = Counter(r[:4] for r in refs[lang])
        wd = Counter(D.fromisoformat(r).strftime('%a') for r in refs[lang])
        print('%s reference years: %s' % (lang, ' '.join('%s:%d' % kv for kv in sorted(ys.items()))))
        print('%s reference weekdays: %s' % (lang, ' '.join('%s:%d' % kv for kv in wd.items())))
    print('checks applied (value-level counts):')
    for k, v in sorted(covered.items()):
        print('  %-45s %d' % (k, v))
    n_all = sum(counts[k][f] for k in counts for f in counts[k])
    n_isl = sum(counts[k]['islamic'] for k in counts)
    print('rows with a value recomputed from the text: %d of %d (Islamic rows, %d, '
          'are checked against the tabular calendar instead)'
          % (n_all - n_isl - len(uncovered), n_all, n_isl))
    if '--uncovered' in sys.argv:
        print('rows only checked for consistency (named weekday/month/day/year, order):')
        for u in uncovered:
            print('  ' + u)
    if errors:
        print('\n%d ERROR(S):' % len(errors))
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('\nOK: no errors')


if __name__ == '__main__':
    main()

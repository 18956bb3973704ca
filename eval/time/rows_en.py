# English rows, hand-written.  Format: see values.py.
ROWS = r"""
## bare
Monday | wd mon
on Monday | wd mon
Tuesday | wd tue
on Tuesday | wd tue @2019-12-30
by Friday | wd fri
until Wednesday | wd wed
since Thursday | wd thu
as of Monday | wd mon @2023-12-31
Saturday | wd sat
Sunday | wd sun
on Sunday | wd sun
from Tuesday | wd tue
through Wednesday | wd wed
on Wednesday | wd wed
Thursday | wd thu
on Thursday | wd thu @2016-02-26
Friday | wd fri
on Friday | wd fri
on Saturday | wd sat
by Saturday | wd sat @2020-02-28
until Sunday | wd sun
since Monday | wd mon
starting Tuesday | wd tue
by Monday | wd mon
as of Thursday | wd thu
until Friday | wd fri @2026-12-26
since Saturday | wd sat
Wednesday | wd wed
March 1 | dm 3 1 @2023-03-01
1st of March | dm 3 1
March 1st | dm 3 1 @2024-02-29
on March 1 | dm 3 1
by June 30 | dm 6 30
until September 15 | dm 9 15
since January 3 | dm 1 3 @2020-01-02
as of April 1 | dm 4 1
on 12 May | dm 5 12
12 May | dm 5 12
May 12 | dm 5 12
on the twenty-first of June | dm 6 21
December 31st | dm 12 31 @2022-01-01
October 2nd | dm 10 2
the 3rd of August | dm 8 3
July 23rd | dm 7 23
on November 11 | dm 11 11
February 28 | dm 2 28
on 5 January | dm 1 5
August 14 | dm 8 14
on September 22nd | dm 9 22
the 9th of October | dm 10 9
April 30 | dm 4 30
since 17 February | dm 2 17
from June 6 | dm 6 6
November 30th | dm 11 30
on December 2 | dm 12 2
by July 1 | dm 7 1
January 20 | dm 1 20
the 4th of September | dm 9 4
March 22nd | dm 3 22
until 31 October | dm 10 31
on April 2 | dm 4 2 @2017-04-03
May 27 | dm 5 27
on the first of May | dm 5 1
through December 24 | dm 12 24 @2018-12-24
in October | m 10
October | m 10 @2018-10-31
by March | m 3
until September | m 9
since January | m 1
in May | m 5
in December | m 12 @2016-12-01
from August | m 8
as of February | m 2
in June | m 6
April | m 4
in July | m 7
November | m 11
in January | m 1 @2021-12-31
since March | m 3
in September | m 9
through August | m 8
in February | m 2
on the 9th | d 9
the 15th | d 15
by the 30th | d 30
on the 1st | d 1
since the 3rd | d 3
until the 21st | d 21
the 12th | d 12
on the 28th | d 28
as of the 5th | d 5 @2019-07-05
on the 22nd | d 22
by the 31st | d 31
on the twentieth | d 20

## numeric
4/7 | dm 4 7
15/08/2019 | ymd 2019 8 15
2019-06 | ym 2019 6
2019-06-05 | ymd 2019 6 5
12/25 | dm 12 25
on 3/14 | dm 3 14
7/4/1976 | ymd 1976 7 4
9/11/2001 | ymd 2001 9 11
06/05/19 | ymd 2019 6 5
13/05/2022 | ymd 2022 5 13
31/1 | dm 1 31
25.12.2020 | ymd 2020 12 25
2020/12/25 | ymd 2020 12 25
11-03-2020 | ymd 2020 11 3
10/12 | dm 10 12
1/6 | dm 1 6
on 11/8 | dm 11 8
by 6/30 | dm 6 30
until 9/15 | dm 9 15
since 2/1 | dm 2 1
as of 4/1/2020 | ymd 2020 4 1
1/20/2017 | ymd 2017 1 20
05/25/2020 | ymd 2020 5 25
2021-01-06 | ymd 2021 1 6
3/11/2011 | ymd 2011 3 11
12/31/99 | ymd 1999 12 31
1/1/00 | ymd 2000 1 1
2/14 | dm 2 14 @2021-02-14
8/31 | dm 8 31
on 7/20/69 | ymd 1969 7 20
11/22/63 | ymd 1963 11 22
2016-11 | ym 2016 11
2025-W01 | isoweek 2025 1
03/2020 | ym 2020 3
10/2019 | ym 2019 10
6/2027 | ym 2027 6
20/7/2021 | ymd 2021 7 20
30/06 | dm 6 30
on 18/3 | dm 3 18
2/29/2024 | ymd 2024 2 29
2/28/2023 | ymd 2023 2 28
12/1/2015 | ymd 2015 12 1
01/15/2026 | ymd 2026 1 15
4/15 | dm 4 15
on 5/5 | dm 5 5
6/12/2016 | ymd 2016 6 12
10/10/18 | ymd 2018 10 10
3/8/22 | ymd 2022 3 8
7/7 | dm 7 7
by 12/31 | dm 12 31 @2017-01-01
9/1 | dm 9 1
on 10/31 | dm 10 31
until 1/15 | dm 1 15
since 3/1 | dm 3 1
2018-09-30 | ymd 2018 9 30
2027-12-31 | ymd 2027 12 31
2017-08 | ym 2017 8
2023/05/17 | ymd 2023 5 17
11/30 | dm 11 30
04/22/2022 | ymd 2022 4 22
8/9/2016 | ymd 2016 8 9
1/31/2025 | ymd 2025 1 31
22/10/2023 | ymd 2023 10 22
28/2/2019 | ymd 2019 2 28
16/9 | dm 9 16
on 23/4 | dm 4 23
2/2/22 | ymd 2022 2 2
5/1/2015 | ymd 2015 5 1
on 6/6/1944 | ymd 1944 6 6
11/11/1918 | ymd 1918 11 11
8/6 | dm 8 6
1/2 | dm 1 2 @2025-12-31
6/21 | dm 6 21
12/7/1941 | ymd 1941 12 7
10/29/1929 | ymd 1929 10 29
2/3/2026 | ymd 2026 2 3
11/5 | dm 11 5
07/04 | dm 7 4
3/20/2020 | ymd 2020 3 20
12/12/2017 | ymd 2017 12 12
5/31 | dm 5 31
9/30/2021 | ymd 2021 9 30
2015-07-14 | ymd 2015 7 14
2026-W40 | isoweek 2026 40
on 1/8/2024 | ymd 2024 1 8
4/30/75 | ymd 1975 4 30
14/4/2019 | ymd 2019 4 14
until 8/1 | dm 8 1

## offset
in three days | off 3 d
in 3 days | off 3 d @2020-02-27
three days ago | off -3 d
2 days ago | off -2 d @2019-01-01
in a week | off 7 d
a week ago | off -7 d
two weeks from now | off 14 d
four days hence | off 4 d
a fortnight ago | off -14 d
in 10 days' time | off 10 d
ten days from today | off 10 d
in two months | off 2 m
two months ago | off -2 m
a year ago | off -1 y
a year from now | off 1 y
in a year's time | off 1 y
18 months ago | off -18 m
in twenty-one days | off 21 d
45 days from now | off 45 d
six weeks hence | off 42 d
90 days ago | off -90 d
in five weeks | off 35 d
three weeks ago | off -21 d
in three weeks | off 21 d
one month ago | off -1 m
in a month | off 1 m
in six months | off 6 m
five years ago | off -5 y
in two years | off 2 y
next year | year 1 @2015-12-31
last year | year -1
this year | year 0
next month | month 1 @2020-12-10
last month | month -1 @2023-01-31
this month | month 0
next week | week 1 @2020-12-28
last week | week -1 @2021-01-04
this week | week 0 @2016-01-01
the following week | week 1
the previous week | week -1
the week before | week -1
the week after next | week 2
the next day | off 1 d
the day before | off -1 d @2024-03-01
the following day | off 1 d @2023-12-31
the previous day | off -1 d
the following month | month 1
the previous month | month -1
the following year | year 1
the previous year | year -1
in four days | off 4 d
seven days ago | off -7 d
in 30 days | off 30 d
thirty days ago | off -30 d
in nine months | off 9 m
12 months ago | off -12 m
100 days from now | off 100 d
two days hence | off 2 d
eleven days ago | off -11 d
in 14 days | off 14 d
starting next week | week 1
since last week | week -1
by next year | year 1
since last year | year -1
as of next month | month 1
until next week | week 1
in twelve days | off 12 d
a month from now | off 1 m
three years ago | off -3 y
in eight weeks | off 56 d
twenty-five years ago | off -25 y
in 60 days | off 60 d
a week from today | off 7 d
two weeks ago | off -14 d
one week from now | off 7 d
six days ago | off -6 d
in a fortnight | off 14 d
nine days hence | off 9 d
in 2 weeks | off 14 d
4 weeks ago | off -28 d
in three months | off 3 m
five months ago | off -5 m
in ten years | off 10 y
ten years ago | off -10 y

## idiom
the day after tomorrow | off 2 d
the day before yesterday | off -2 d
tomorrow | off 1 d
yesterday | off -1 d
today | off 0 d
Friday next week | wdweek fri 1
Tuesday of last week | wdweek tue -1
Monday next week | wdweek mon 1
Wednesday of next week | wdweek wed 1
Thursday last week | wdweek thu -1
Sunday next week | wdweek sun 1 @2021-12-26
Saturday of this week | wdweek sat 0
second Friday of November | nth 2 fri 11
the third Thursday of May 2022 | nth 3 thu 5 2022
the last Sunday of March | nth -1 sun 3
the first Monday in October | nth 1 mon 10
the fourth Thursday of November 2019 | nth 4 thu 11 2019
the first Tuesday of the month | nthrel 1 tue 0
the last Friday of the month | nthrel -1 fri 0
the first Wednesday of next month | nthrel 1 wed 1
the last Monday of August 2025 | nth -1 mon 8 2025
the second Sunday in May | nth 2 sun 5
the first day of June 2020 | ymd 2020 6 1
the last day of February 2024 | ymd 2024 2 29
the first day of 2023 | ymd 2023 1 1
the last day of 2018 | ymd 2018 12 31
the last day of the month | monthend 0 @2024-02-03
the first day of next month | monthstart 1
the last day of the year | yearend 0
the first day of next year | yearstart 1
the last day of last month | monthend -1
the first of next month | monthstart 1 @2019-12-20
the last day of February | lastday 2
the first day of December | dm 12 1
the last day of April | dm 4 30
by tomorrow | off 1 d
until tomorrow | off 1 d
since yesterday | off -1 d
as of today | off 0 d
starting tomorrow | off 1 d
Tomorrow | off 1 d @2020-02-28
yesterday | off -1 d @2021-03-01
the day after tomorrow | off 2 d @2027-12-30
the third Wednesday of January 2016 | nth 3 wed 1 2016
the second Tuesday of September | nth 2 tue 9
the last Thursday of June 2018 | nth -1 thu 6 2018
the first Saturday of the month | nthrel 1 sat 0
the fifth Friday of March 2024 | nth 5 fri 3 2024
the last Friday of the year | nth -1 fri 12 r0
the second Monday of next month | nthrel 2 mon 1
the third Friday in April | nth 3 fri 4
the first Thursday in July 2027 | nth 1 thu 7 2027
the last Wednesday in October | nth -1 wed 10
Monday of this week | wdweek mon 0
Friday of last week | wdweek fri -1
the first Monday of January 2015 | nth 1 mon 1 2015
the last Saturday of the month | nthrel -1 sat 0
the first day of this month | monthstart 0
the last day of next month | monthend 1
the second Wednesday of the month | nthrel 2 wed 0

## abbrev
fri | wd fri
Tue. | wd tue
Wed | wd wed
Thurs. | wd thu
Mon | wd mon
Sat. | wd sat
Sun | wd sun
thu | wd thu
sept. 5 | dm 9 5
Dec 25th | dm 12 25
next yr | year 1
last yr | year -1
jan 2019 | ym 2019 1
march 3rd | dm 3 3
in june | m 6
Feb. 3 | dm 2 3
Aug 2021 | ym 2021 8
Oct. 12, 2019 | ymd 2019 10 12
Jan. 1st | dm 1 1
Nov 30 | dm 11 30
apr 4 | dm 4 4
Sep 9 | dm 9 9
Sept 30th | dm 9 30
friday | wd fri
THURSDAY | wd thu
on tuesday | wd tue
december 12 | dm 12 12
in august | m 8
october 2016 | ym 2016 10
Mar. 8 | dm 3 8
Jun 14, 2027 | ymd 2027 6 14
Jul. 4th | dm 7 4
Dec. 2018 | ym 2018 12
Apr. 2025 | ym 2025 4
by Fri. | wd fri
until Mon. | wd mon
since Wed. | wd wed
Nov. 6 | dm 11 6
Aug. 21st | dm 8 21
Feb 2016 | ym 2016 2
Sat., Nov. 9 | wdm sat 11 9
Tue, Mar 3 | wdm tue 3 3
Fri. Jan 17 | wdm fri 1 17
may 1st | dm 5 1
JANUARY 2020 | ym 2020 1
june 6, 1944 | ymd 1944 6 6
Sept. 2022 | ym 2022 9
in Jan. | m 1
in Sept. | m 9 @2022-09-14
Oct 2015 | ym 2015 10
the 2nd of feb | dm 2 2
3rd of Dec | dm 12 3
Wed., Oct. 7 | wdm wed 10 7
mon, feb 10 | wdm mon 2 10
Thu Aug 1 | wdm thu 8 1
NOV. 11, 2021 | ymd 2021 11 11
jul 2023 | ym 2023 7
dec 31 | dm 12 31
on Tues. | wd tue

## weekday-year
Friday, June 14 | wdm fri 6 14
Saturday the 14th of June | wdm sat 6 14
on Tuesday, March 3 | wdm tue 3 3
Wednesday 5 February | wdm wed 2 5
Monday, January 13 | wdm mon 1 13
on Thursday, December 5 | wdm thu 12 5
Sunday, July 21 | wdm sun 7 21
Saturday, September 17 | wdm sat 9 17
Friday, March 20 | wdm fri 3 20
Tuesday 11 June | wdm tue 6 11
Monday 9 March | wdm mon 3 9
Sunday, May 24 | wdm sun 5 24
Wednesday, July 8 | wdm wed 7 8
Saturday, December 27 | wdm sat 12 27 @2026-01-08
Thursday, January 1 | wdm thu 1 1 @2025-12-27
Tuesday, October 22 | wdm tue 10 22
Friday, May 15 | wdm fri 5 15
Sunday, November 8 | wdm sun 11 8
Thursday, February 29 | wdm thu 2 29 @2023-11-30
Saturday, August 10 | wdm sat 8 10
Monday, November 18 | wdm mon 11 18
Tuesday, April 8th | wdm tue 4 8
Friday the 27th of June | wdm fri 6 27
since Wednesday, March 25 | wdm wed 3 25
as of Monday, September 16 | wdm mon 9 16
until Friday, February 20 | wdm fri 2 20
Thursday, October 12th | wdm thu 10 12
Saturday January 23 | wdm sat 1 23
on Sunday, April 29 | wdm sun 4 29
Tuesday, June 23 | wdm tue 6 23
Monday the 4th of May | wdm mon 5 4
Wednesday, August 16 | wdm wed 8 16
Friday, December 13 | wdm fri 12 13
Saturday, November 14 | wdm sat 11 14
Sunday, February 26 | wdm sun 2 26
Thursday, September 19 | wdm thu 9 19
Monday, December 30 | wdm mon 12 30 @2020-01-03
Tuesday, January 17 | wdm tue 1 17
Wednesday, May 11 | wdm wed 5 11
Friday, July 24 | wdm fri 7 24
on Saturday, October 19 | wdm sat 10 19
Sunday, January 10 | wdm sun 1 10
Thursday, June 15 | wdm thu 6 15
Monday, March 8 | wdm mon 3 8
Friday, November 17 | wdm fri 11 17
Tuesday, August 2 | wdm tue 8 2
Wednesday the 6th of September | wdm wed 9 6
Sunday, October 20 | wdm sun 10 20
Saturday, March 28 | wdm sat 3 28
Thursday, May 7 | wdm thu 5 7
by Friday, January 24 | wdm fri 1 24
Monday, December 9 | wdm mon 12 9
Tuesday, July 9 | wdm tue 7 9
Sunday, April 12 | wdm sun 4 12
Wednesday, June 29 | wdm wed 6 29
Saturday, January 2 | wdm sat 1 2 @2026-12-22

## holiday
Christmas | hol xmas
on Christmas Day | hol xmas @2021-12-25
Christmas 2018 | hol xmas 2018
Christmas Eve | hol xmaseve
on Christmas Eve 2020 | hol xmaseve 2020
New Year's Day | hol newyear
New Year's Day 2021 | hol newyear 2021
New Year's Eve | hol nye @2019-12-31
on New Year's Eve 2019 | hol nye 2019
Easter | hol easter
Easter Sunday | hol easter
Easter 2019 | hol easter 2019
at Easter | hol easter @2016-03-27
Easter Monday | hol eastermon
Easter Monday 2017 | hol eastermon 2017
Good Friday | hol goodfri
Good Friday 2024 | hol goodfri 2024
Ash Wednesday | hol ashwed
Ash Wednesday 2026 | hol ashwed 2026
Memorial Day | hol memorial
Memorial Day 2020 | hol memorial 2020
Labor Day | hol labor
Labor Day 2025 | hol labor 2025
Thanksgiving | hol thanksgiving
Thanksgiving Day | hol thanksgiving
Thanksgiving 2022 | hol thanksgiving 2022
Independence Day | hol july4
the Fourth of July | hol july4
July Fourth | hol july4
the Fourth of July 2026 | hol july4 2026
Martin Luther King Day | hol mlk
Martin Luther King Jr. Day 2018 | hol mlk 2018
MLK Day | hol mlk
Veterans Day | hol veterans
Veterans Day 2023 | hol veterans 2023
Halloween | hol halloween
Halloween 2021 | hol halloween 2021
Valentine's Day | hol valentine
Valentine's Day 2016 | hol valentine 2016
St. Patrick's Day | hol stpatrick
St Patrick's Day 2022 | hol stpatrick 2022
Boxing Day | hol boxing
Boxing Day 2015 | hol boxing 2015
Presidents' Day | hol presidents
Presidents Day 2027 | hol presidents 2027
Columbus Day | hol columbus
Juneteenth | hol juneteenth
Juneteenth 2021 | hol juneteenth 2021
Father's Day | hol fathers
Black Friday | hol blackfriday
Black Friday 2019 | hol blackfriday 2019
Palm Sunday | hol palmsun
Maundy Thursday | hol holythu
Pentecost | hol pentecost
Pentecost 2023 | hol pentecost 2023
Whit Monday | hol whitmon
Ascension Day | hol ascension
Ascension Day 2020 | hol ascension 2020
Bastille Day | hol bastille
Bastille Day 2017 | hol bastille 2017
Armistice Day | hol armistice
Remembrance Day | hol armistice
All Saints' Day | hol allsaints
Bonfire Night | hol bonfire
Groundhog Day | hol groundhog
Shrove Tuesday | hol mardigras
Mardi Gras | hol mardigras
Mardi Gras 2025 | hol mardigras 2025
Pancake Day | hol mardigras
International Women's Day | hol womensday
May Day | hol mayday
Cinco de Mayo | hol cinco
Earth Day | hol earthday
Earth Day 2020 | hol earthday 2020
Christmas Day 2027 | hol xmas 2027
last Christmas | hollast xmas
next Easter | holnext easter
last Thanksgiving | hollast thanksgiving
by Christmas | hol xmas
since Easter | hol easter
until New Year's Day | hol newyear
Election Day 2020 | hol election 2020
Election Day 2024 | hol election 2024
Thanksgiving | hol thanksgiving @2018-11-22
Easter Monday | hol eastermon @2022-04-19
Memorial Day | hol memorial @2026-05-20

## islamic
Eid al-Fitr | isl fitr
Eid al-Fitr 2024 | isl fitr 2024
Eid ul-Fitr | isl fitr
Eid-ul-Fitr 2019 | isl fitr 2019
Eid al-Adha | isl adha
Eid al-Adha 2023 | isl adha 2023
Eid ul-Adha 2016 | isl adha 2016
Eid-el-Kabir | isl adha
Eid el-Kabir 2021 | isl adha 2021
Tabaski 2022 | isl adha 2022
Eid al-Adha 2027 | isl adha 2027
the Feast of Sacrifice | isl adha
Mawlid | isl mawlid
Mawlid an-Nabi 2022 | isl mawlid 2022
the Prophet's Birthday | isl mawlid
Mawlid al-Nabi 2024 | isl mawlid 2024
Milad-un-Nabi 2019 | isl mawlid 2019
the first day of Ramadan | isl ramstart
the first day of Ramadan 2023 | isl ramstart 2023
the start of Ramadan | isl ramstart
the start of Ramadan 2026 | isl ramstart 2026
the beginning of Ramadan 2018 | isl ramstart 2018
Ramadan | isl ramadan
Ramadan 2024 | isl ramadan 2024
during Ramadan | isl ramadan @2021-04-30
the holy month of Ramadan | isl ramadan
Ramadan 2016 | isl ramadan 2016
Ramadan 2020 | isl ramadan 2020
Ramadan 2027 | isl ramadan 2027
Islamic New Year | isl newyear
the Islamic New Year 2021 | isl newyear 2021
Hijri New Year | isl newyear
Hijri New Year 2025 | isl newyear 2025
1 Muharram | isl newyear
Eid al-Fitr 2017 | isl fitr 2017
Eid al-Fitr 2026 | isl fitr 2026
Eid al-Fitr 2022 | isl fitr 2022
Eid al-Adha 2018 | isl adha 2018
Eid al-Adha 2020 | isl adha 2020
Ramadan 2019 | isl ramadan 2019
Ramadan 2022 | isl ramadan 2022
Ramadan 2025 | isl ramadan 2025
the first day of Ramadan 2021 | isl ramstart 2021
Eid al-Fitr 2015 | isl fitr 2015
Eid al-Adha 2025 | isl adha 2025
Mawlid 2026 | isl mawlid 2026
Islamic New Year 2017 | isl newyear 2017
Eid al-Fitr 2020 | isl fitr 2020
Eid al-Adha | isl adha @2019-08-11
Ramadan | isl ramadan @2017-06-25

## explicit
April 6, 2025 | ymd 2025 4 6
on 9 April 2019 | ymd 2019 4 9
in March 2019 | ym 2019 3
in 2021 | y 2021
last March | mlast 3
next Monday | next mon
last Friday | last fri
last October | mlast 10
next September | mnext 9 @2026-10-20
the 4th of July 1976 | ymd 1976 7 4
week 12 of 2024 | isoweek 2024 12
the 34th week of 2023 | isoweek 2023 34
January 20, 2017 | ymd 2017 1 20
November 9, 1989 | ymd 1989 11 9
by 2030 | y 2030
since 2019 | y 2019
as of 2022 | y 2022
until 2028 | y 2028
the year 2000 | y 2000
in the year 2016 | y 2016
June 2018 | ym 2018 6
in December 2017 | ym 2017 12
since March 17, 2020 | ymd 2020 3 17
until August 31, 2022 | ymd 2022 8 31
as of July 1, 2021 | ymd 2021 7 1
on Tuesday, March 3, 2020 | ymd 2020 3 3
Saturday, September 5, 2020 | ymd 2020 9 5
last Saturday | last sat
next Sunday | next sun
next Tuesday | next tue @2025-12-29
last Thursday | last thu
last Wednesday | last wed
next Friday | next fri @2023-06-16
last Monday | last mon @2022-01-03
next Thursday | next thu
this coming Saturday | next sat
next April | mnext 4 @2021-09-26
last June | mlast 6
last January | mlast 1
next November | mnext 11 @2017-12-04
1 March 2026 | ymd 2026 3 1
the 1st of January 2000 | ymd 2000 1 1
February 29, 2024 | ymd 2024 2 29
on 11 September 2001 | ymd 2001 9 11
July 20, 1969 | ymd 1969 7 20
December 2, 2015 | ymd 2015 12 2
in February 2027 | ym 2027 2
in 2015 | y 2015
during 2026 | y 2026
in July 2015 | ym 2015 7
September 2023 | ym 2023 9
the 3rd of June, 2027 | ymd 2027 6 3
October 1st, 2016 | ymd 2016 10 1
Monday, June 28, 2021 | ymd 2021 6 28
week 1 of 2026 | isoweek 2026 1
next March | mnext 3 @2016-05-06
last December | mlast 12
May 2023 | ym 2023 5
in 2031 | y 2031
from 2018 | y 2018
2 December 2019 | ymd 2019 12 2
the twentieth of January, 2025 | ymd 2025 1 20
this past Friday | last fri
on the 15th of August 2024 | ymd 2024 8 15
"""

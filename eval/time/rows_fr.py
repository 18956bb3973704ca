# French rows, hand-written.  Format: see values.py.
ROWS = r"""
## bare
lundi | wd mon
dès lundi | wd mon
Lundi | wd mon @2019-12-29
depuis lundi | wd mon
jusqu'à lundi | wd mon
mardi | wd tue
d'ici mardi | wd tue
à partir de mardi | wd tue @2020-12-31
mercredi | wd wed
jusqu'à mercredi | wd wed
dès mercredi | wd wed @2018-02-25
jeudi | wd thu
dès jeudi | wd thu @2024-02-28
depuis jeudi | wd thu
vendredi | wd fri
Vendredi | wd fri @2017-01-02
pour vendredi | wd fri
depuis vendredi | wd fri @2016-03-01
samedi | wd sat
dès samedi | wd sat
jusqu'à samedi | wd sat
dimanche | wd sun
depuis dimanche | wd sun
jusqu'à dimanche | wd sun @2027-01-01
d'ici dimanche | wd sun
à partir de jeudi | wd thu
dès vendredi | wd fri
à partir de lundi | wd mon @2022-12-30
le 1er mars | dm 3 1 @2023-03-01
le premier mars | dm 3 1
1er mars | dm 3 1 @2024-02-29
le 2 janvier | dm 1 2 @2018-12-31
le 3 février | dm 2 3
dès le 15 avril | dm 4 15
depuis le 12 mai | dm 5 12
jusqu'au 30 juin | dm 6 30
à partir du 1er juillet | dm 7 1
le 14 août | dm 8 14
le 31 décembre | dm 12 31 @2021-01-01
d'ici le 20 septembre | dm 9 20
au 28 février | dm 2 28
le 8 novembre | dm 11 8
le 17 octobre | dm 10 17 @2017-10-18
le 6 janvier | dm 1 6
le 25 mars | dm 3 25
depuis le 4 septembre | dm 9 4
le 11 décembre | dm 12 11
le deux juillet | dm 7 2
7 juin | dm 6 7
le 19 juillet | dm 7 19
jusqu'au 5 janvier | dm 1 5
le 13 novembre | dm 11 13 @2015-11-12
le 1er août | dm 8 1
au 15 octobre | dm 10 15
du 23 avril | dm 4 23
le 27 février | dm 2 27
le 30 novembre | dm 11 30
à partir du 16 mars | dm 3 16
Le 24 juin | dm 6 24
depuis le 28 janvier | dm 1 28
le vingt-deux avril | dm 4 22
dès le 3 mai | dm 5 3 @2026-05-03
le 10 septembre | dm 9 10
jusqu'au 9 octobre | dm 10 9
avril | m 4
en avril | m 4 @2022-04-30
en octobre | m 10
depuis janvier | m 1
dès septembre | m 9
jusqu'en décembre | m 12
au mois d'août | m 8
en août | m 8
courant mai | m 5
d'ici juin | m 6
à partir de février | m 2
le mois de juillet | m 7
en novembre | m 11 @2019-12-01
depuis mars | m 3 @2025-03-15
juin | m 6
en janvier | m 1 @2027-01-20
Septembre | m 9
en mars | m 3
le 9 | d 9
dès le 15 | d 15
jusqu'au 30 | d 30
le 1er | d 1
depuis le 3 | d 3
à partir du 20 | d 20
le 12 | d 12 @2020-12-12
le 28 | d 28
d'ici le 25 | d 25
le 31 | d 31
le 17 | d 17
le 5 | d 5 @2018-01-04

## numeric
12/03 | dm 3 12
le 12/03 | dm 3 12 @2021-03-12
05 06 2019 | ymd 2019 6 5
21.11.18 | ymd 2018 11 21
01/02/2016 | ymd 2016 2 1
3/7/2021 | ymd 2021 7 3
le 14/07 | dm 7 14
2019-06-05 | ymd 2019 6 5
06/2019 | ym 2019 6
12-03-2020 | ymd 2020 3 12
1.4.2022 | ymd 2022 4 1
31/12/99 | ymd 1999 12 31
25/12/05 | ymd 2005 12 25
07/1998 | ym 1998 7
15.08 | dm 8 15
depuis le 02/11 | dm 11 2
jusqu'au 30/06 | dm 6 30
le 1/3 | dm 3 1
29/02/2020 | ymd 2020 2 29
28.02.2023 | ymd 2023 2 28
10/10/10 | ymd 2010 10 10
09/11/89 | ymd 1989 11 9
03.03.2023 | ymd 2023 3 3
17/06 | dm 6 17
le 4/10 | dm 10 4
2024-02 | ym 2024 2
2022-W05 | isoweek 2022 5
le 04/08 | dm 8 4
du 22/09 | dm 9 22
à partir du 01.01.2026 | ymd 2026 1 1
11/11/2018 | ymd 2018 11 11
14 07 2017 | ymd 2017 7 14
2/1/17 | ymd 2017 1 2
30/04/21 | ymd 2021 4 30
12.2019 | ym 2019 12
1/12 | dm 12 1
05/05 | dm 5 5
31/08 | dm 8 31 @2019-08-31
le 24/12 | dm 12 24
13/01/2015 | ymd 2015 1 13
18.06.1940 | ymd 1940 6 18
06/06/1944 | ymd 1944 6 6
20/07/69 | ymd 1969 7 20
01/05/2027 | ymd 2027 5 1
26/10/2025 | ymd 2025 10 26
2015-11-13 | ymd 2015 11 13
2027-03 | ym 2027 3
03/2020 | ym 2020 3
le 16.09 | dm 9 16
19/03 | dm 3 19
dès le 07/01 | dm 1 7 @2023-01-06
le 8.12 | dm 12 8
jusqu'au 15/1 | dm 1 15
le 02.04.2019 | ymd 2019 4 2
23/6/2016 | ymd 2016 6 23
le 09/09/99 | ymd 1999 9 9
1.1.2000 | ymd 2000 1 1
30.9.24 | ymd 2024 9 30
04/07/76 | ymd 1976 7 4
2023-12 | ym 2023 12
2018-07-15 | ymd 2018 7 15
le 11.05 | dm 5 11
27/1 | dm 1 27
le 6/2 | dm 2 6
depuis le 15/03/2020 | ymd 2020 3 15
du 03/10/2016 | ymd 2016 10 3
07.11.2022 | ymd 2022 11 7
21/04/2002 | ymd 2002 4 21
10/05/81 | ymd 1981 5 10
31 01 2020 | ymd 2020 1 31
le 28/02/2017 | ymd 2017 2 28
14/2 | dm 2 14
le 18/10 | dm 10 18
09/2021 | ym 2021 9
2020-W53 | isoweek 2020 53
le 20.05 | dm 5 20
10/04/2026 | ymd 2026 4 10
12/12/12 | ymd 2012 12 12
2016-02-29 | ymd 2016 2 29
29/09 | dm 9 29
le 3/1 | dm 1 3 @2016-01-02
1/06/2025 | ymd 2025 6 1
le 22/11/63 | ymd 1963 11 22
06.2023 | ym 2023 6
jusqu'au 2/12 | dm 12 2
25 12 2024 | ymd 2024 12 25
le 31/10 | dm 10 31

## offset
dans trois jours | off 3 d
dans 3 jours | off 3 d @2016-02-27
il y a deux jours | off -2 d
il y a 2 jours | off -2 d @2021-01-01
dans une semaine | off 7 d
il y a une semaine | off -7 d
dans deux semaines | off 14 d
il y a trois semaines | off -21 d
dans un mois | off 1 m
il y a un mois | off -1 m
dans deux mois | off 2 m
il y a six mois | off -6 m
dans un an | off 1 y
il y a un an | off -1 y
il y a deux ans | off -2 y
dans dix jours | off 10 d
dans vingt et un jours | off 21 d
il y a trente jours | off -30 d
dans 45 jours | off 45 d
il y a cent jours | off -100 d
dans dix-huit mois | off 18 m
il y a quatre ans | off -4 y
dans cinq semaines | off 35 d
il y a onze jours | off -11 d
l'an prochain | year 1
l'année prochaine | year 1 @2026-12-31
l'an dernier | year -1 @2020-01-01
l'année dernière | year -1
l'an passé | year -1
l'année passée | year -1
cette année | year 0
le mois prochain | month 1 @2019-12-15
le mois dernier | month -1 @2020-01-03
le mois passé | month -1
ce mois-ci | month 0
la semaine prochaine | week 1 @2020-12-28
la semaine dernière | week -1 @2021-01-06
la semaine passée | week -1
cette semaine | week 0 @2021-01-02
la semaine suivante | week 1
la semaine précédente | week -1
le jour suivant | off 1 d
le lendemain | off 1 d @2024-02-28
la veille | off -1 d @2025-03-01
le surlendemain | off 2 d
l'avant-veille | off -2 d
le mois suivant | month 1
le mois précédent | month -1
l'année suivante | year 1
l'année précédente | year -1
dans quatre jours | off 4 d
il y a sept jours | off -7 d
dans 90 jours | off 90 d
dans douze jours | off 12 d
dans 6 mois | off 6 m
il y a 10 ans | off -10 y
dès la semaine prochaine | week 1
depuis la semaine dernière | week -1
dès l'an prochain | year 1
depuis l'an dernier | year -1
depuis le mois dernier | month -1
à partir du mois prochain | month 1
jusqu'à la semaine prochaine | week 1
dans trois ans | off 3 y
il y a cinq mois | off -5 m
dans neuf mois | off 9 m
il y a vingt-cinq ans | off -25 y
dans 24 jours | off 24 d
la semaine d'après | week 1
le jour d'avant | off -1 d
Il y a trois mois | off -3 m
dans 2 semaines | off 14 d
il y a 4 semaines | off -28 d
dans trente jours | off 30 d
il y a soixante jours | off -60 d
dans huit semaines | off 56 d
il y a neuf jours | off -9 d
dans 18 jours | off 18 d
il y a 5 ans | off -5 y
dans deux ans | off 2 y
il y a deux semaines | off -14 d
dans sept jours | off 7 d
pour l'an prochain | year 1
il y a un an jour pour jour | off -1 y
dans cent jours | off 100 d

## idiom
mardi en huit | wdplus tue 7
jeudi en quinze | wdplus thu 14
samedi en huit | wdplus sat 7
lundi en quinze | wdplus mon 14
vendredi en huit | wdplus fri 7 @2020-12-26
dimanche en huit | wdplus sun 7
mercredi en quinze | wdplus wed 14
jeudi en huit | wdplus thu 7
dimanche en quinze | wdplus sun 14
mardi en quinze | wdplus tue 14 @2026-12-27
vendredi la semaine prochaine | wdweek fri 1
mardi de la semaine prochaine | wdweek tue 1
jeudi de la semaine dernière | wdweek thu -1
lundi la semaine dernière | wdweek mon -1
mercredi de la semaine prochaine | wdweek wed 1 @2019-12-29
samedi de la semaine dernière | wdweek sat -1
le premier jour de la semaine prochaine | wdweek mon 1
le premier jour de juin 2020 | ymd 2020 6 1
le dernier jour de février 2024 | ymd 2024 2 29
le premier jour de l'année 2019 | ymd 2019 1 1
le dernier jour de l'année | yearend 0
le premier jour du mois prochain | monthstart 1 @2025-12-18
le dernier jour du mois | monthend 0
le dernier jour du mois dernier | monthend -1 @2024-03-10
le troisième lundi de mai | nth 3 mon 5
le premier lundi de septembre | nth 1 mon 9
le dernier dimanche de mars | nth -1 sun 3
le deuxième mardi d'octobre 2019 | nth 2 tue 10 2019
le quatrième jeudi de novembre 2021 | nth 4 thu 11 2021
le premier vendredi du mois prochain | nthrel 1 fri 1
le dernier samedi du mois | nthrel -1 sat 0
le second mercredi de janvier 2023 | nth 2 wed 1 2023
le 1er dimanche d'avril | nth 1 sun 4
demain | off 1 d
hier | off -1 d
après-demain | off 2 d
avant-hier | off -2 d @2016-03-01
aujourd'hui | off 0 d
dès demain | off 1 d
depuis hier | off -1 d
jusqu'à demain | off 1 d
dès aujourd'hui | off 0 d
à partir d'aujourd'hui | off 0 d
jusqu'à après-demain | off 2 d
Demain | off 1 d @2023-12-31
depuis avant-hier | off -2 d
le dernier lundi d'août 2025 | nth -1 mon 8 2025
le premier mardi de novembre 2016 | nth 1 tue 11 2016
le deuxième dimanche de mai | nth 2 sun 5
le troisième vendredi de juin 2027 | nth 3 fri 6 2027
le premier jour de 2021 | ymd 2021 1 1
le dernier jour de 2019 | ymd 2019 12 31
le premier jour de décembre | dm 12 1
le dernier jour d'avril | dm 4 30
le dernier jour de février | lastday 2
le premier lundi du mois | nthrel 1 mon 0
le dernier vendredi de l'année | nth -1 fri 12 r0
le premier jour de l'année prochaine | yearstart 1
le 2e lundi de janvier | nth 2 mon 1
le dernier mercredi de juillet 2018 | nth -1 wed 7 2018
le troisième jeudi du mois | nthrel 3 thu 0
le dernier jour de l'année prochaine | yearend 1
après-demain | off 2 d @2015-12-30

## abbrev
lun. | wd mon
mer. | wd wed
jeu. | wd thu
ven. | wd fri
sam. | wd sat
dim. | wd sun
1er fév. | dm 2 1
le 3 janv. | dm 1 3
janv. 2020 | ym 2020 1
sept. 2019 | ym 2019 9
le 14 juil. | dm 7 14
5 avr. | dm 4 5
déc. 2021 | ym 2021 12
le 12 nov. | dm 11 12
22 oct. | dm 10 22
févr. 2023 | ym 2023 2
1er janv. 2024 | ymd 2024 1 1
30 sept. | dm 9 30
le 2 déc. | dm 12 2
en janv. | m 1
en sept. | m 9
nov. 2016 | ym 2016 11
18 févr. | dm 2 18
dès le 4 oct. | dm 10 4
jusqu'au 31 déc. | dm 12 31
oct. 2027 | ym 2027 10
9 avr. 2017 | ymd 2017 4 9
juil. 2022 | ym 2022 7
15 janv. 2019 | ymd 2019 1 15
le 6 fév. 2018 | ymd 2018 2 6
depuis le 1er sept. | dm 9 1
ven. 13 mars | wdm fri 3 13
sam. 9 nov. | wdm sat 11 9
lun. 3 févr. | wdm mon 2 3
déc. | m 12
janv. | m 1 @2016-01-31
le 10 avr. | dm 4 10
27 nov. 2020 | ymd 2020 11 27
sept. | m 9
dim. 5 janv. | wdm sun 1 5
3 oct. 2015 | ymd 2015 10 3
le 21 févr. 2022 | ymd 2022 2 21
Janv. 2018 | ym 2018 1
DÉC. 2019 | ym 2019 12
12 juil. 2023 | ymd 2023 7 12
avr. 2026 | ym 2026 4
1er nov. | dm 11 1
25 déc. | dm 12 25 @2024-12-25
8 fév. | dm 2 8
mer. 11 déc. | wdm wed 12 11
jeu. 1er oct. | wdm thu 10 1
à partir du 2 janv. | dm 1 2
oct. | m 10
MERCREDI | wd wed
en Mars | m 3
le 10 Mai | dm 5 10
VENDREDI 3 AVRIL | wdm fri 4 3
le 19 sept. 2025 | ymd 2025 9 19
17 déc. 2016 | ymd 2016 12 17

## weekday-year
samedi 24 septembre | wdm sat 9 24
le vendredi 13 mars | wdm fri 3 13
ce mardi 4 juin | wdm tue 6 4
dès le lundi 2 mars | wdm mon 3 2
jusqu'au dimanche 31 mai | wdm sun 5 31
mercredi 1er juillet | wdm wed 7 1
le jeudi 12 décembre | wdm thu 12 12
lundi 6 janvier | wdm mon 1 6
le samedi 28 décembre | wdm sat 12 28 @2025-01-10
jeudi 2 janvier | wdm thu 1 2 @2024-12-20
mardi 15 octobre | wdm tue 10 15
vendredi 8 mai | wdm fri 5 8
le dimanche 14 juillet | wdm sun 7 14
dimanche 1er novembre | wdm sun 11 1
jeudi 29 février | wdm thu 2 29 @2024-01-15
samedi 3 août | wdm sat 8 3
lundi 25 novembre | wdm mon 11 25
le mardi 1er avril | wdm tue 4 1
vendredi 20 juin | wdm fri 6 20
depuis le mercredi 18 mars | wdm wed 3 18
à partir du lundi 9 septembre | wdm mon 9 9
jusqu'au vendredi 27 février | wdm fri 2 27
le jeudi 5 octobre | wdm thu 10 5
samedi 16 janvier | wdm sat 1 16
dimanche 22 avril | wdm sun 4 22
Mardi 30 juin | wdm tue 6 30
le lundi 11 mai | wdm mon 5 11
mercredi 23 août | wdm wed 8 23
vendredi 6 décembre | wdm fri 12 6
le samedi 7 novembre | wdm sat 11 7
dimanche 19 février | wdm sun 2 19
ce jeudi 26 septembre | wdm thu 9 26
lundi 31 décembre | wdm mon 12 31 @2019-01-05
le mardi 10 janvier | wdm tue 1 10
mercredi 4 mai | wdm wed 5 4
vendredi 17 juillet | wdm fri 7 17
samedi 12 octobre | wdm sat 10 12
dès le dimanche 3 janvier | wdm sun 1 3
jeudi 8 juin | wdm thu 6 8
lundi 1er mars | wdm mon 3 1
le vendredi 24 novembre | wdm fri 11 24
mardi 9 août | wdm tue 8 9
mercredi 13 septembre | wdm wed 9 13
le dimanche 27 octobre | wdm sun 10 27
samedi 21 mars | wdm sat 3 21
le jeudi 14 mai | wdm thu 5 14
vendredi 31 janvier | wdm fri 1 31
lundi 16 décembre | wdm mon 12 16
jusqu'au mardi 2 juillet | wdm tue 7 2
dimanche 5 avril | wdm sun 4 5
mercredi 22 juin | wdm wed 6 22
samedi 15 février | wdm sat 2 15
le lundi 18 octobre | wdm mon 10 18
jeudi 30 avril | wdm thu 4 30
vendredi 1er janvier | wdm fri 1 1 @2020-12-18
le mercredi 2 décembre | wdm wed 12 2

## holiday
Noël | hol xmas
à Noël | hol xmas @2019-12-25
Noël 2018 | hol xmas 2018
le jour de Noël | hol xmas
la veille de Noël | hol xmaseve
le réveillon de Noël | hol xmaseve
le jour de l'An | hol newyear @2016-01-01
le Nouvel An | hol newyear
le jour de l'an 2020 | hol newyear 2020
la Saint-Sylvestre | hol nye
la fête du Travail | hol mayday
le 1er Mai | hol mayday
le 1er-Mai | hol mayday
le 1er Mai 2019 | hol mayday 2019
le 14 Juillet | hol bastille
le 14-Juillet | hol bastille
la fête nationale | hol bastille
le 14 Juillet 2020 | hol bastille 2020
la Toussaint | hol allsaints
la Toussaint 2021 | hol allsaints 2021
le 11 Novembre | hol armistice
le 11-Novembre | hol armistice
l'Armistice | hol armistice
l'armistice de 1918 | hol armistice 1918
le 8 Mai | hol victory
le 8-Mai | hol victory
l'Assomption | hol assumption
le 15-Août | hol assumption
Pâques | hol easter
à Pâques | hol easter @2025-04-20
Pâques 2019 | hol easter 2019
le dimanche de Pâques | hol easter
le lundi de Pâques | hol eastermon
lundi de Pâques 2022 | hol eastermon 2022
l'Ascension | hol ascension
le jeudi de l'Ascension | hol ascension
l'Ascension 2025 | hol ascension 2025
la Pentecôte | hol pentecost
la Pentecôte 2016 | hol pentecost 2016
le lundi de Pentecôte | hol whitmon
lundi de Pentecôte 2024 | hol whitmon 2024
le Vendredi saint | hol goodfri
vendredi saint 2023 | hol goodfri 2023
le jeudi saint | hol holythu
le dimanche des Rameaux | hol palmsun
les Rameaux | hol palmsun
mardi gras | hol mardigras
le Mardi gras 2021 | hol mardigras 2021
le mercredi des Cendres | hol ashwed
la Sainte-Catherine | hol stcatherine
la Chandeleur | hol candlemas
la Saint-Valentin | hol valentine
la Saint-Valentin 2017 | hol valentine 2017
la fête des Mères | hol meresfr
la fête des Mères 2024 | hol meresfr 2024
la fête des mères 2018 | hol meresfr 2018
la fête des Pères | hol fathers
la fête de la Musique | hol musique
la fête de la musique 2022 | hol musique 2022
la Saint-Jean | hol stjean
Halloween | hol halloween
la Saint-Nicolas | hol stnicolas
le jour des Morts | hol allsouls
la Journée internationale des droits des femmes | hol womensday
le réveillon du Nouvel An | hol nye
la Saint-Sylvestre 2025 | hol nye 2025
à Noël dernier | hollast xmas
à Pâques prochain | holnext easter
le Black Friday | hol blackfriday
Thanksgiving | hol thanksgiving
la fête de Thanksgiving 2020 | hol thanksgiving 2020
le 4-Juillet américain | hol july4
la Saint-Patrick | hol stpatrick
depuis la Toussaint | hol allsaints
jusqu'à Noël | hol xmas
d'ici Pâques | hol easter
la Saint-Sylvestre | hol nye @2018-12-31
Noël 2026 | hol xmas 2026
la Toussaint 2015 | hol allsaints 2015
l'Ascension 2018 | hol ascension 2018
le jour de Noël 2024 | hol xmas 2024
le Nouvel An 2027 | hol newyear 2027
la fête du Travail 2023 | hol mayday 2023
le 8-Mai 2020 | hol victory 2020
la Pentecôte | hol pentecost @2023-05-28
le lundi de Pâques | hol eastermon @2017-04-16
le Vendredi saint | hol goodfri @2026-04-01

## islamic
l'Aïd el-Fitr | isl fitr
l'Aïd el-Fitr 2024 | isl fitr 2024
l'Aïd el-Séghir | isl fitr
la Korité | isl fitr
la Korité 2019 | isl fitr 2019
l'Aïd al-Fitr 2021 | isl fitr 2021
l'Aïd el-Kébir | isl adha
l'Aïd el-Kebir 2023 | isl adha 2023
la Tabaski | isl adha
la Tabaski 2022 | isl adha 2022
l'Aïd al-Adha | isl adha
l'Aïd al-Adha 2017 | isl adha 2017
la fête du Sacrifice | isl adha
le Mawlid | isl mawlid
le Maouloud | isl mawlid
le Mouloud 2020 | isl mawlid 2020
le Mawlid 2023 | isl mawlid 2023
le Mouloud | isl mawlid
le premier jour du ramadan | isl ramstart
le premier jour du ramadan 2025 | isl ramstart 2025
début du ramadan | isl ramstart
le début du ramadan 2019 | isl ramstart 2019
le ramadan 2026 | isl ramadan 2026
le ramadan | isl ramadan
pendant le ramadan | isl ramadan @2024-03-20
le mois de ramadan | isl ramadan
le Ramadan 2020 | isl ramadan 2020
ramadan 2017 | isl ramadan 2017
le Nouvel An musulman | isl newyear
le Nouvel An hégirien 2024 | isl newyear 2024
le Nouvel An de l'Hégire | isl newyear
le 1er Mouharram | isl newyear
l'Aïd el-Fitr 2016 | isl fitr 2016
l'Aïd el-Kébir 2015 | isl adha 2015
l'Aïd el-Séghir 2027 | isl fitr 2027
la Tabaski 2025 | isl adha 2025
le début du ramadan 2027 | isl ramstart 2027
le ramadan 2015 | isl ramadan 2015
le ramadan 2018 | isl ramadan 2018
le Mawlid 2025 | isl mawlid 2025
l'Aïd el-Fitr 2022 | isl fitr 2022
la fête de l'Aïd el-Kébir 2026 | isl adha 2026
le Mouloud 2018 | isl mawlid 2018
le Nouvel An musulman 2019 | isl newyear 2019
le ramadan 2023 | isl ramadan 2023
le ramadan 2021 | isl ramadan 2021
la Korité 2020 | isl fitr 2020
la Tabaski 2018 | isl adha 2018
l'Aïd el-Adha 2020 | isl adha 2020
l'Aïd el-Fitr | isl fitr @2023-04-21

## explicit
le 6 avril 2025 | ymd 2025 4 6
le 1er janvier 2000 | ymd 2000 1 1
en mars 2019 | ym 2019 3
courant 2024 | y 2024
en 2031 | y 2031
lundi prochain | next mon
vendredi dernier | last fri
en mars dernier | mlast 3
le 3 mars dernier | dmlast 3 3
le 12 juin prochain | dmnext 6 12
en septembre prochain | mnext 9
la semaine 12 de 2024 | isoweek 2024 12
le 14 juillet 1789 | ymd 1789 7 14
le mardi 3 mars 2020 | ymd 2020 3 3
l'année 2016 | y 2016
d'ici 2030 | y 2030
depuis 2019 | y 2019
à partir de 2022 | y 2022
jusqu'en 2028 | y 2028
le 11 septembre 2001 | ymd 2001 9 11
2 décembre 2015 | ymd 2015 12 2
en décembre 2017 | ym 2017 12
mai 2018 | ym 2018 5
dès le 1er juillet 2021 | ymd 2021 7 1
depuis le 17 mars 2020 | ymd 2020 3 17
jusqu'au 31 août 2022 | ymd 2022 8 31
samedi dernier | last sat
dimanche prochain | next sun
mardi prochain | next tue @2024-12-30
jeudi dernier | last thu
en octobre prochain | mnext 10
en juin dernier | mlast 6
en janvier dernier | mlast 1
le 25 mai dernier | dmlast 5 25
le 2 novembre prochain | dmnext 11 2
le mois de mai 2023 | ym 2023 5
en l'an 2000 | y 2000
le 29 février 2024 | ymd 2024 2 29
le premier avril 2026 | ymd 2026 4 1
Le 21 janvier 1793 | ymd 1793 1 21
le 9 novembre 1989 | ymd 1989 11 9
en février 2027 | ym 2027 2
en 2015 | y 2015
l'année 2021 | y 2021
courant 2026 | y 2026
au cours de l'année 2017 | y 2017
mercredi dernier | last wed
lundi dernier | last mon @2022-01-03
vendredi prochain | next fri @2023-06-16
le 8 janvier prochain | dmnext 1 8
le 30 avril dernier | dmlast 4 30
en août dernier | mlast 8
en avril prochain | mnext 4
le 1er octobre 2016 | ymd 2016 10 1
le lundi 28 juin 2021 | ymd 2021 6 28
samedi 5 septembre 2020 | ymd 2020 9 5
le 20 janvier 2025 | ymd 2025 1 20
septembre 2023 | ym 2023 9
le vingt juillet 1969 | ymd 1969 7 20
le 3 juin 2027 | ymd 2027 6 3
en juillet 2015 | ym 2015 7
la semaine 1 de 2026 | isoweek 2026 1
jeudi prochain | next thu
en mars prochain | mnext 3
"""

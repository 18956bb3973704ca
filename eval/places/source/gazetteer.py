"""Gazetteer for the places evaluation set.

One entry per line: key | canonical English name | feature | ISO3 | admin1 | lat | lon
Coordinates are a representative point (centre of a city, a point well inside an
area, a point on a river's course in the region the documents talk about).
"""

RAW = """
# ---- continents and cross-border regions
africa|Africa|continent|||5.0|20.0
europe|Europe|continent|||50.0|15.0
west_africa|West Africa|region|||11.0|-3.0
sahel|Sahel|region|||14.5|2.0
liptako-gourma|Liptako-Gourma|region|||14.3|0.5
maghreb|Maghreb|region|||32.0|3.0
great_lakes|African Great Lakes|region|||-2.0|30.0
south_caucasus|South Caucasus|region|||41.0|45.0
baltic_states|Baltic states|region|||56.5|24.0
sahara|Sahara|landform|||21.0|-2.0
# ---- seas, oceans, lakes, rivers
atlantic|Atlantic Ocean|water|||15.0|-30.0
indian_ocean|Indian Ocean|water|||-10.0|55.0
red_sea|Red Sea|water|||20.0|38.5
black_sea|Black Sea|water|||43.4|34.0
mediterranean|Mediterranean Sea|water|||35.0|18.0
north_sea|North Sea|water|||56.0|3.0
english_channel|English Channel|water|||50.2|-1.5
bay_of_bengal|Bay of Bengal|water|||15.0|88.0
gulf_of_guinea|Gulf of Guinea|water|||2.0|4.0
gulf_of_mexico|Gulf of Mexico|water|||25.0|-90.0
lake_chad|Lake Chad|water|||13.2|14.2
lake_kivu|Lake Kivu|water|||-2.0|29.15
niger_r_niamey|Niger River|water|||13.5|2.1
niger_r_mali|Niger River|water|||16.27|-3.39
niger_r_guinea|Niger River|water|||10.04|-10.74
benue_r|Benue River|water|||7.75|8.5
congo_r|Congo River|water|||-4.28|15.3
ubangi_r|Ubangi River|water|||1.62|18.07
chari|Chari River|water|||12.1|15.03
logone_r|Logone River|water|||10.28|15.39
lurio_r|Lúrio River|water|MOZ||-13.55|40.4
rovuma|Ruvuma River|water|||-10.5|40.3
naf|Naf River|water|||20.85|92.33
irrawaddy_r|Irrawaddy River|water|MMR||21.98|96.05
odet|Odet|water|FRA|Brittany|47.99|-4.1
loire_r|Loire|water|FRA||47.21|-1.55
st_lawrence_r|Saint Lawrence River|water|||49.05|-68.0
dnipro_r|Dnipro|water|||46.62|32.65
oskil|Oskil|water|||49.71|37.62
senegal_r|Senegal River|water|||13.81|-10.83
gambia_r|Gambia River|water|||12.56|-12.18
mississippi_r|Mississippi River|water|USA|Louisiana|29.85|-90.0
pool_malebo|Pool Malebo|water|||-4.18|15.45
# ---- landforms
tibesti|Tibesti Mountains|landform|TCD|Tibesti|21.0|17.5
fouta_djallon|Fouta Djallon|landform|GIN||11.3|-12.3
afungi|Afungi Peninsula|landform|MOZ|Cabo Delgado|-10.83|40.52
quirimbas|Quirimbas Islands|landform|MOZ|Cabo Delgado|-12.2|40.6
ibo|Ibo Island|landform|MOZ|Cabo Delgado|-12.35|40.6
bioko|Bioko|landform|GNQ||3.5|8.7
ouessant|Ushant|landform|FRA|Brittany|48.46|-5.09
jersey|Jersey|landform|JEY||49.21|-2.13
guernsey|Guernsey|landform|GGY||49.45|-2.58
simandou|Simandou|landform|GIN||8.7|-8.95
pointe_du_raz|Pointe du Raz|landform|FRA|Brittany|48.04|-4.74
cotentin|Cotentin Peninsula|landform|FRA|Normandy|49.5|-1.5
beqaa|Beqaa Valley|landform|LBN||33.85|35.9
# ---- countries
ago|Angola|country|AGO||-11.2|17.9
are|United Arab Emirates|country|ARE||23.9|54.3
arg|Argentina|country|ARG||-34.0|-64.0
arm|Armenia|country|ARM||40.1|45.0
aze|Azerbaijan|country|AZE||40.3|47.7
ben|Benin|country|BEN||9.3|2.3
bfa|Burkina Faso|country|BFA||12.2|-1.8
bgd|Bangladesh|country|BGD||24.0|90.0
cabo_verde|Cape Verde|country|CPV||15.08|-23.62
caf|Central African Republic|country|CAF||6.6|20.9
can|Canada|country|CAN||56.1|-106.3
chn|China|country|CHN||35.0|103.0
cmr|Cameroon|country|CMR||5.7|12.7
cod|Democratic Republic of the Congo|country|COD||-2.9|23.7
cog|Republic of the Congo|country|COG||-0.7|15.2
cuba|Cuba|country|CUB||21.5|-78.0
cyp|Cyprus|country|CYP||35.0|33.2
dnk|Denmark|country|DNK||56.0|9.3
dom|Dominican Republic|country|DOM||18.9|-70.5
dza|Algeria|country|DZA||28.0|2.6
esp|Spain|country|ESP||39.5|-3.5
fji|Fiji|country|FJI||-17.8|178.0
fra|France|country|FRA||46.6|2.4
metro_france|France|country|FRA||46.6|2.4
gbr|United Kingdom|country|GBR||54.0|-2.0
geo|Georgia|country|GEO||42.2|43.4
gin|Guinea|country|GIN||10.4|-10.9
gnb|Guinea-Bissau|country|GNB||12.0|-15.0
gnq|Equatorial Guinea|country|GNQ||1.6|10.3
hti|Haiti|country|HTI||19.0|-72.3
hun|Hungary|country|HUN||47.1|19.4
irl|Ireland|country|IRL||53.2|-8.0
irn|Iran|country|IRN||32.4|53.7
isr|Israel|country|ISR||31.0|34.85
ita|Italy|country|ITA||42.8|12.6
jam|Jamaica|country|JAM||18.1|-77.3
kaz|Kazakhstan|country|KAZ||48.0|67.0
ken|Kenya|country|KEN||0.2|37.9
lbn|Lebanon|country|LBN||33.9|35.9
lby|Libya|country|LBY||27.0|17.0
mar|Morocco|country|MAR||31.8|-7.1
mli|Mali|country|MLI||17.6|-2.0
mmr|Myanmar|country|MMR||21.0|95.5
moz|Mozambique|country|MOZ||-18.7|35.5
mrt|Mauritania|country|MRT||20.3|-10.3
ner|Niger|country|NER||17.6|8.1
nga|Nigeria|country|NGA||9.1|8.7
nzl|New Zealand|country|NZL||-42.0|172.5
pol|Poland|country|POL||52.0|19.1
prt|Portugal|country|PRT||39.6|-8.0
rus|Russia|country|RUS||61.5|100.0
rwa|Rwanda|country|RWA||-1.95|29.9
sau|Saudi Arabia|country|SAU||24.0|45.0
sdn|Sudan|country|SDN||16.0|30.2
sle|Sierra Leone|country|SLE||8.5|-11.8
slv|El Salvador|country|SLV||13.8|-88.9
syr|Syria|country|SYR||35.0|38.5
tcd|Chad|country|TCD||15.4|18.7
tha|Thailand|country|THA||15.8|101.0
tun|Tunisia|country|TUN||34.0|9.5
tur|Turkey|country|TUR||39.0|35.2
tza|Tanzania|country|TZA||-6.4|34.9
uga|Uganda|country|UGA||1.4|32.3
ukr|Ukraine|country|UKR||49.0|31.4
usa|United States|country|USA||39.8|-98.6
vat|Vatican City|country|VAT||41.903|12.453
western_sahara|Western Sahara|country|ESH||24.5|-13.0
zaf|South Africa|country|ZAF||-29.0|25.0
# ---- Niger
niamey|Niamey|city|NER|Niamey|13.5137|2.1098
lamordé|Lamordé|locality|NER|Niamey|13.495|2.105
kirkissoye|Kirkissoye|locality|NER|Niamey|13.475|2.095
tillaberi_reg|Tillabéri Region|admin1|NER|Tillabéri|14.5|1.5
dosso_reg|Dosso Region|admin1|NER|Dosso|13.2|3.5
maradi_reg|Maradi Region|admin1|NER|Maradi|14.2|7.3
zinder_reg|Zinder Region|admin1|NER|Zinder|15.5|9.5
diffa_reg|Diffa Region|admin1|NER|Diffa|15.0|12.7
téra|Téra|city|NER|Tillabéri|14.01|0.75
ayorou|Ayorou|locality|NER|Tillabéri|14.73|0.92
gaya|Gaya|city|NER|Dosso|11.88|3.45
malanville|Malanville|city|BEN|Alibori|11.86|3.39
agadez|Agadez|city|NER|Agadez|16.97|7.99
arlit|Arlit|city|NER|Agadez|18.74|7.39
banibangou|Banibangou|locality|NER|Tillabéri|15.04|2.70
bosso|Bosso|locality|NER|Diffa|13.70|13.31
diffa|Diffa|city|NER|Diffa|13.32|12.61
nguigmi|Nguigmi|city|NER|Diffa|14.25|13.11
# ---- Mali
bamako|Bamako|city|MLI|Bamako|12.64|-8.00
mopti|Mopti|city|MLI|Mopti|14.49|-4.20
gao|Gao|city|MLI|Gao|16.27|-0.04
gao_reg|Gao Region|admin1|MLI|Gao|16.5|0.5
ansongo|Ansongo|city|MLI|Gao|15.66|0.50
menaka|Ménaka|city|MLI|Ménaka|15.92|2.40
tessit|Tessit|locality|MLI|Gao|15.2|0.15
ouatagouna|Ouatagouna|locality|MLI|Gao|15.18|0.72
timbuktu|Timbuktu|city|MLI|Tombouctou|16.77|-3.01
timbuktu_reg|Tombouctou Region|admin1|MLI|Tombouctou|16.8|-3.6
kabara|Kabara|locality|MLI|Tombouctou|16.70|-3.02
niafunké|Niafunké|city|MLI|Tombouctou|15.93|-3.99
diré|Diré|city|MLI|Tombouctou|16.28|-3.39
goundam|Goundam|city|MLI|Tombouctou|16.41|-3.67
léré|Léré|locality|MLI|Tombouctou|15.72|-4.91
taoudéni|Taoudenni|locality|MLI|Taoudénit|22.68|-3.98
djingareyber|Djingareyber|locality|MLI|Tombouctou|16.77|-3.01
# ---- Burkina Faso
ouagadougou|Ouagadougou|city|BFA|Centre|12.37|-1.52
djibo|Djibo|city|BFA|Sahel|14.10|-1.63
soum|Soum Province|admin2|BFA|Sahel|14.0|-1.5
dori|Dori|city|BFA|Sahel|14.03|-0.03
arbinda|Arbinda|city|BFA|Sahel|14.23|-0.87
sebba|Sebba|city|BFA|Sahel|13.44|0.53
# ---- Mauritania, Algeria, Morocco, Western Sahara, Tunisia
mbera|Mbera refugee camp|locality|MRT|Hodh Ech Chargui|15.9|-5.8
bassikounou|Bassikounou|locality|MRT|Hodh Ech Chargui|15.87|-5.96
nouakchott|Nouakchott|city|MRT|Nouakchott|18.09|-15.98
algiers|Algiers|city|DZA|Algiers|36.75|3.06
oran|Oran|city|DZA|Oran|35.70|-0.63
annaba|Annaba|city|DZA|Annaba|36.90|7.77
tindouf_prov|Tindouf Province|admin1|DZA|Tindouf|27.0|-7.0
smara_camp|Smara refugee camp|locality|DZA|Tindouf|27.48|-7.83
awserd_camp|Awserd refugee camp|locality|DZA|Tindouf|27.4|-8.1
rabat|Rabat|city|MAR|Rabat-Salé-Kénitra|34.02|-6.84
tangier|Tangier|city|MAR|Tanger-Tétouan-Al Hoceïma|35.76|-5.83
dakhla|Dakhla|city|ESH||23.70|-15.94
laayoune|Laayoune|city|ESH||27.15|-13.20
tunis|Tunis|city|TUN|Tunis|36.81|10.18
# ---- Lake Chad basin, Chad, Cameroon, Nigeria
ndjamena|N'Djamena|city|TCD|N'Djamena|12.11|15.04
chagoua|Chagoua|locality|TCD|N'Djamena|12.10|15.08
moursal|Moursal|locality|TCD|N'Djamena|12.10|15.06
lac_prov|Lac Province|admin1|TCD|Lac|13.5|14.5
baga_sola|Baga Sola|locality|TCD|Lac|13.53|14.31
bol|Bol|city|TCD|Lac|13.46|14.71
moundou|Moundou|city|TCD|Logone Occidental|8.57|16.08
logone_occidental|Logone Occidental|admin1|TCD|Logone Occidental|8.6|15.9
sarh|Sarh|city|TCD|Moyen-Chari|9.14|18.39
faya_largeau|Faya-Largeau|city|TCD|Borkou|17.92|19.11
abeche|Abéché|city|TCD|Ouaddaï|13.83|20.83
adre|Adré|city|TCD|Ouaddaï|13.47|22.20
ouaddai|Ouaddaï Province|admin1|TCD|Ouaddaï|13.5|21.0
farchana|Farchana|locality|TCD|Ouaddaï|13.57|21.37
borno|Borno State|admin1|NGA|Borno|11.9|13.1
monguno|Monguno|city|NGA|Borno|12.67|13.61
baga|Baga|locality|NGA|Borno|13.12|13.83
maiduguri|Maiduguri|city|NGA|Borno|11.85|13.16
far_north_cmr|Far North Region|admin1|CMR|Far North|11.0|14.4
kolofata|Kolofata|locality|CMR|Far North|11.17|14.02
mora|Mora|city|CMR|Far North|11.05|14.14
yaounde|Yaoundé|city|CMR|Centre|3.87|11.52
# ---- Sudan
port_sudan|Port Sudan|city|SDN|Red Sea|19.62|37.22
el_fasher|El Fasher|city|SDN|North Darfur|13.63|25.35
darfur|Darfur|region|SDN||13.0|24.5
north_darfur|North Darfur|admin1|SDN|North Darfur|16.0|25.0
south_darfur|South Darfur|admin1|SDN|South Darfur|11.5|25.0
zamzam|Zamzam|locality|SDN|North Darfur|13.48|25.29
tawila|Tawila|locality|SDN|North Darfur|13.50|24.85
kordofan|Kordofan|region|SDN||12.5|29.5
west_kordofan|West Kordofan|admin1|SDN|West Kordofan|11.0|28.5
el_obeid|El Obeid|city|SDN|North Kordofan|13.18|30.22
babanusa|Babanusa|city|SDN|West Kordofan|11.33|27.81
khartoum|Khartoum|city|SDN|Khartoum|15.50|32.56
omdurman|Omdurman|city|SDN|Khartoum|15.64|32.48
khartoum_north|Khartoum North|city|SDN|Khartoum|15.64|32.55
nyala|Nyala|city|SDN|South Darfur|12.05|24.88
# ---- Middle East
abu_dhabi|Abu Dhabi|city|ARE|Abu Dhabi|24.45|54.38
jeddah|Jeddah|city|SAU|Makkah|21.49|39.19
cairo|Cairo|city|EGY|Cairo|30.04|31.24
tripoli_lb|Tripoli|city|LBN|North|34.44|35.83
bab_el_tabbaneh|Bab al-Tabbaneh|locality|LBN|North|34.44|35.84
jabal_mohsen|Jabal Mohsen|locality|LBN|North|34.445|35.845
tripoli_ly|Tripoli|city|LBY|Tripoli|32.89|13.19
homs|Homs|city|SYR|Homs|34.73|36.71
qusayr|Al-Qusayr|city|SYR|Homs|34.51|36.58
akkar|Akkar Governorate|admin1|LBN|Akkar|34.55|36.1
nabatieh|Nabatieh|city|LBN|Nabatieh|33.38|35.48
naqoura|Naqoura|locality|LBN|South|33.12|35.14
khiam|Khiam|locality|LBN|Nabatieh|33.33|35.61
tyre|Tyre|city|LBN|South|33.27|35.20
beirut|Beirut|city|LBN|Beirut|33.89|35.50
damascus|Damascus|city|SYR|Damascus|33.51|36.29
# ---- Great Lakes, Congo basin
goma|Goma|city|COD|North Kivu|-1.68|29.23
north_kivu|North Kivu|admin1|COD|North Kivu|-0.8|28.9
south_kivu|South Kivu|admin1|COD|South Kivu|-3.0|28.3
kivu|Kivu|region|COD||-1.5|28.8
sake|Sake|locality|COD|North Kivu|-1.57|29.04
masisi|Masisi|locality|COD|North Kivu|-1.40|28.82
bulengo|Bulengo|locality|COD|North Kivu|-1.65|29.17
kanyaruchinya|Kanyaruchinya|locality|COD|North Kivu|-1.62|29.25
rutshuru|Rutshuru Territory|admin2|COD|North Kivu|-1.15|29.4
nyiragongo_terr|Nyiragongo Territory|admin2|COD|North Kivu|-1.5|29.25
kinshasa|Kinshasa|city|COD|Kinshasa|-4.32|15.31
kigali|Kigali|city|RWA|Kigali|-1.95|30.06
gisenyi|Gisenyi|city|RWA|Western Province|-1.70|29.26
bukavu|Bukavu|city|COD|South Kivu|-2.51|28.86
bunagana|Bunagana|locality|COD|North Kivu|-1.28|29.60
beni|Beni|city|COD|North Kivu|0.49|29.47
butembo|Butembo|city|COD|North Kivu|0.14|29.29
luanda|Luanda|city|AGO|Luanda|-8.84|13.23
brazzaville|Brazzaville|city|COG|Brazzaville|-4.27|15.28
mfilou|Mfilou|locality|COG|Brazzaville|-4.25|15.21
talangai|Talangaï|locality|COG|Brazzaville|-4.21|15.28
ngaliema|Ngaliema|locality|COD|Kinshasa|-4.35|15.25
kingabwa|Kingabwa|locality|COD|Kinshasa|-4.33|15.36
pointe_noire|Pointe-Noire|city|COG|Pointe-Noire|-4.78|11.86
likouala|Likouala Department|admin1|COG|Likouala|2.0|17.5
impfondo|Impfondo|city|COG|Likouala|1.62|18.06
cuvette_dep|Cuvette Department|admin1|COG|Cuvette|-0.2|15.8
owando|Owando|city|COG|Cuvette|-0.48|15.90
pool_dep|Pool Department|admin1|COG|Pool|-3.8|14.8
equateur_prov|Équateur Province|admin1|COD|Équateur|-0.2|18.9
mbandaka|Mbandaka|city|COD|Équateur|0.05|18.26
kisangani|Kisangani|city|COD|Tshopo|0.52|25.19
# ---- Mozambique
maputo|Maputo|city|MOZ|Maputo City|-25.97|32.57
cabo_delgado|Cabo Delgado Province|admin1|MOZ|Cabo Delgado|-12.3|39.3
macomia|Macomia|locality|MOZ|Cabo Delgado|-11.97|40.13
mocimboa_da_praia|Mocímboa da Praia|city|MOZ|Cabo Delgado|-11.35|40.35
muidumbe|Muidumbe District|admin2|MOZ|Cabo Delgado|-11.8|39.8
ancuabe|Ancuabe District|admin2|MOZ|Cabo Delgado|-12.97|39.85
nampula_prov|Nampula Province|admin1|MOZ|Nampula|-15.0|39.3
nampula|Nampula|city|MOZ|Nampula|-15.12|39.27
palma|Palma|locality|MOZ|Cabo Delgado|-10.77|40.47
pemba|Pemba|city|MOZ|Cabo Delgado|-12.97|40.52
montepuez|Montepuez|city|MOZ|Cabo Delgado|-13.13|38.99
# ---- Haiti and Dominican Republic
port_au_prince|Port-au-Prince|city|HTI|Ouest|18.54|-72.34
petion_ville|Pétion-Ville|city|HTI|Ouest|18.51|-72.29
delmas|Delmas|city|HTI|Ouest|18.55|-72.30
solino|Solino|locality|HTI|Ouest|18.55|-72.32
cite_soleil|Cité Soleil|locality|HTI|Ouest|18.58|-72.33
martissant|Martissant|locality|HTI|Ouest|18.53|-72.36
carrefour_hti|Carrefour|city|HTI|Ouest|18.54|-72.40
leogane|Léogâne|city|HTI|Ouest|18.51|-72.63
cabaret|Cabaret|locality|HTI|Ouest|18.73|-72.42
cap_haitien|Cap-Haïtien|city|HTI|Nord|19.76|-72.20
artibonite|Artibonite|admin1|HTI|Artibonite|19.3|-72.5
saint_marc|Saint-Marc|city|HTI|Artibonite|19.11|-72.70
petite_riviere|Petite-Rivière-de-l'Artibonite|locality|HTI|Artibonite|19.13|-72.48
ouanaminthe|Ouanaminthe|city|HTI|Nord-Est|19.55|-71.72
belladere|Belladère|locality|HTI|Centre|18.86|-71.78
dajabon|Dajabón|city|DOM|Dajabón|19.55|-71.71
santo_domingo|Santo Domingo|city|DOM|Distrito Nacional|18.47|-69.89
nairobi|Nairobi|city|KEN|Nairobi|-1.29|36.82
# ---- North America
washington|Washington, D.C.|city|USA|District of Columbia|38.90|-77.04
nyc|New York City|city|USA|New York|40.713|-74.006
miami|Miami|city|USA|Florida|25.77|-80.19
boston|Boston|city|USA|Massachusetts|42.36|-71.06
philadelphia|Philadelphia|city|USA|Pennsylvania|39.95|-75.17
texas|Texas|admin1|USA|Texas|31.5|-99.3
alabama|Alabama|admin1|USA|Alabama|32.8|-86.8
ohio|Ohio|admin1|USA|Ohio|40.3|-82.8
florida|Florida|admin1|USA|Florida|28.5|-81.7
maine|Maine|admin1|USA|Maine|45.3|-69.2
vermont|Vermont|admin1|USA|Vermont|44.0|-72.7
louisiana|Louisiana|admin1|USA|Louisiana|31.0|-92.0
mississippi_st|Mississippi|admin1|USA|Mississippi|32.7|-89.7
new_orleans|New Orleans|city|USA|Louisiana|29.95|-90.07
grand_isle|Grand Isle|locality|USA|Louisiana|29.24|-90.00
houma|Houma|city|USA|Louisiana|29.60|-90.72
thibodaux|Thibodaux|city|USA|Louisiana|29.80|-90.82
terrebonne|Terrebonne Parish|admin2|USA|Louisiana|29.4|-90.8
baton_rouge|Baton Rouge|city|USA|Louisiana|30.45|-91.15
belle_chasse|Belle Chasse|locality|USA|Louisiana|29.85|-89.99
gulfport|Gulfport|city|USA|Mississippi|30.37|-89.09
biloxi|Biloxi|city|USA|Mississippi|30.40|-88.89
port_fourchon|Port Fourchon|locality|USA|Louisiana|29.11|-90.20
lake_charles|Lake Charles|city|USA|Louisiana|30.23|-93.22
acadiana|Acadiana|region|USA|Louisiana|30.2|-92.0
lafayette_la|Lafayette|city|USA|Louisiana|30.22|-92.02
breaux_bridge|Breaux Bridge|locality|USA|Louisiana|30.27|-91.90
havana|Havana|city|CUB|La Habana|23.11|-82.37
ottawa|Ottawa|city|CAN|Ontario|45.42|-75.70
montreal|Montreal|city|CAN|Quebec|45.50|-73.57
quebec|Quebec|admin1|CAN|Quebec|52.0|-72.0
quebec_city|Quebec City|city|CAN|Quebec|46.81|-71.21
sept_iles|Sept-Îles|city|CAN|Quebec|50.22|-66.38
cote_nord|Côte-Nord|admin2|CAN|Quebec|51.0|-66.5
abitibi|Abitibi-Témiscamingue|admin2|CAN|Quebec|48.2|-78.0
nord_du_quebec|Nord-du-Québec|admin2|CAN|Quebec|52.0|-75.0
saguenay_lac|Saguenay–Lac-Saint-Jean|admin2|CAN|Quebec|49.0|-72.0
chibougamau|Chibougamau|city|CAN|Quebec|49.91|-74.37
mistissini|Mistissini|locality|CAN|Quebec|50.42|-73.87
ouje_bougoumou|Oujé-Bougoumou|locality|CAN|Quebec|49.93|-74.81
val_dor|Val-d'Or|city|CAN|Quebec|48.10|-77.78
matane|Matane|city|CAN|Quebec|48.85|-67.53
baie_comeau|Baie-Comeau|city|CAN|Quebec|49.22|-68.15
alberta|Alberta|admin1|CAN|Alberta|54.5|-115.0
british_columbia|British Columbia|admin1|CAN|British Columbia|54.0|-125.0
nwt|Northwest Territories|admin1|CAN|Northwest Territories|64.8|-119.0
yellowknife|Yellowknife|city|CAN|Northwest Territories|62.45|-114.37
# ---- Europe
paris|Paris|city|FRA|Île-de-France|48.857|2.352
marseille|Marseille|city|FRA|Provence-Alpes-Côte d'Azur|43.296|5.37
lyon|Lyon|city|FRA|Auvergne-Rhône-Alpes|45.76|4.84
brest|Brest|city|FRA|Brittany|48.39|-4.49
brittany|Brittany|admin1|FRA|Brittany|48.2|-2.9
finistere|Finistère|admin2|FRA|Brittany|48.25|-4.05
manche_dep|Manche|admin2|FRA|Normandy|49.1|-1.3
quimper|Quimper|city|FRA|Brittany|48.00|-4.10
morlaix|Morlaix|city|FRA|Brittany|48.58|-3.83
barfleur|Barfleur|locality|FRA|Normandy|49.67|-1.26
cherbourg|Cherbourg|city|FRA|Normandy|49.64|-1.62
roscoff|Roscoff|locality|FRA|Brittany|48.73|-3.98
saint_malo|Saint-Malo|city|FRA|Brittany|48.65|-2.01
le_guilvinec|Le Guilvinec|locality|FRA|Brittany|47.80|-4.28
normandy|Normandy|admin1|FRA|Normandy|49.1|0.1
pays_de_la_loire|Pays de la Loire|admin1|FRA|Pays de la Loire|47.5|-0.8
hauts_de_france|Hauts-de-France|admin1|FRA|Hauts-de-France|50.0|2.8
nantes|Nantes|city|FRA|Pays de la Loire|47.22|-1.55
rennes|Rennes|city|FRA|Brittany|48.11|-1.68
bordeaux|Bordeaux|city|FRA|Nouvelle-Aquitaine|44.84|-0.58
begles|Bègles|city|FRA|Nouvelle-Aquitaine|44.81|-0.55
gironde|Gironde|admin2|FRA|Nouvelle-Aquitaine|44.9|-0.3
toulouse|Toulouse|city|FRA|Occitania|43.60|1.44
haute_garonne|Haute-Garonne|admin2|FRA|Occitania|43.4|1.2
occitanie|Occitania|admin1|FRA|Occitania|43.7|2.2
albi|Albi|city|FRA|Occitania|43.93|2.15
montauban|Montauban|city|FRA|Occitania|44.02|1.35
saint_denis_fra|Saint-Denis|city|FRA|Île-de-France|48.94|2.36
clermont_ferrand|Clermont-Ferrand|city|FRA|Auvergne-Rhône-Alpes|45.78|3.08
la_rochelle|La Rochelle|city|FRA|Nouvelle-Aquitaine|46.16|-1.15
portsmouth|Portsmouth|city|GBR|England|50.80|-1.09
plymouth|Plymouth|city|GBR|England|50.37|-4.14
cornwall|Cornwall|admin2|GBR|England|50.4|-4.9
england|England|admin1|GBR|England|52.5|-1.5
wales|Wales|admin1|GBR|Wales|52.3|-3.7
cardiff|Cardiff|city|GBR|Wales|51.48|-3.18
northampton|Northampton|city|GBR|England|52.24|-0.90
dublin|Dublin|city|IRL|Leinster|53.35|-6.26
leinster|Leinster|admin1|IRL|Leinster|53.0|-7.0
temple_bar|Temple Bar|locality|IRL|Leinster|53.345|-6.264
madrid|Madrid|city|ESP|Madrid|40.42|-3.70
rome|Rome|city|ITA|Lazio|41.89|12.49
brussels|Brussels|city|BEL|Brussels Capital|50.85|4.35
budapest|Budapest|city|HUN|Budapest|47.50|19.04
moscow|Moscow|city|RUS|Moscow|55.756|37.617
kyiv|Kyiv|city|UKR|Kyiv City|50.45|30.52
pokrovsk|Pokrovsk|city|UKR|Donetsk Oblast|48.28|37.18
donetsk_obl|Donetsk Oblast|admin1|UKR|Donetsk Oblast|48.0|37.8
kupiansk|Kupiansk|city|UKR|Kharkiv Oblast|49.71|37.61
kharkiv_obl|Kharkiv Oblast|admin1|UKR|Kharkiv Oblast|49.5|36.5
kharkiv|Kharkiv|city|UKR|Kharkiv Oblast|49.99|36.23
saltivka|Saltivka|locality|UKR|Kharkiv Oblast|50.03|36.30
kherson|Kherson|city|UKR|Kherson Oblast|46.64|32.61
zaporizhzhia|Zaporizhzhia|city|UKR|Zaporizhzhia Oblast|47.84|35.14
lviv|Lviv|city|UKR|Lviv Oblast|49.84|24.03
odesa|Odesa|city|UKR|Odesa Oblast|46.48|30.72
crimea|Crimea|admin1|UKR|Crimea|45.3|34.4
kursk_obl|Kursk Oblast|admin1|RUS|Kursk Oblast|51.7|36.2
tatarstan|Tatarstan|admin1|RUS|Tatarstan|55.5|50.9
# ---- Caucasus, Turkey, Iran, Central Asia
yerevan|Yerevan|city|ARM|Yerevan|40.18|44.51
tavush|Tavush Province|admin1|ARM|Tavush|40.9|45.1
kirants|Kirants|locality|ARM|Tavush|41.03|45.09
voskepar|Voskepar|locality|ARM|Tavush|41.06|45.07
ararat_prov|Ararat Province|admin1|ARM|Ararat|39.9|44.7
syunik|Syunik Province|admin1|ARM|Syunik|39.5|46.2
zangezur|Zangezur|region|ARM|Syunik|39.3|46.3
meghri|Meghri|city|ARM|Syunik|38.90|46.24
gyumri|Gyumri|city|ARM|Shirak|40.79|43.85
baku|Baku|city|AZE|Baku|40.41|49.87
nagorno_karabakh|Nagorno-Karabakh|region|AZE||39.85|46.75
stepanakert|Stepanakert|city|AZE||39.82|46.75
khankendi|Stepanakert|city|AZE||39.82|46.75
nakhchivan|Nakhchivan Autonomous Republic|admin1|AZE|Nakhchivan|39.3|45.4
tbilisi|Tbilisi|city|GEO|Tbilisi|41.72|44.79
kars|Kars|city|TUR|Kars|40.60|43.10
ankara|Ankara|city|TUR|Ankara|39.93|32.86
tehran|Tehran|city|IRN|Tehran|35.69|51.39
almaty|Almaty|city|KAZ|Almaty|43.24|76.89
# ---- Guinea and West African coast
conakry|Conakry|city|GIN|Conakry|9.54|-13.68
ratoma|Ratoma|locality|GIN|Conakry|9.60|-13.63
matoto|Matoto|locality|GIN|Conakry|9.58|-13.61
kankan|Kankan|city|GIN|Kankan|10.39|-9.31
upper_guinea|Upper Guinea|region|GIN||10.5|-9.5
nzerekore|Nzérékoré|city|GIN|Nzérékoré|7.76|-8.82
forest_guinea|Forest Guinea|region|GIN||8.3|-9.0
labe|Labé|city|GIN|Labé|11.32|-12.29
siguiri|Siguiri|city|GIN|Kankan|11.42|-9.17
kamsar|Kamsar|city|GIN|Boké|10.65|-14.61
boke|Boké|city|GIN|Boké|10.94|-14.29
bissau|Bissau|city|GNB|Bissau|11.86|-15.60
malabo|Malabo|city|GNQ|Bioko Norte|3.75|8.78
freetown|Freetown|city|SLE|Western Area|8.48|-13.23
abidjan|Abidjan|city|CIV|Abidjan|5.35|-4.01
dakar|Dakar|city|SEN|Dakar|14.69|-17.45
# ---- Myanmar, Bangladesh, Thailand, China
bangkok|Bangkok|city|THA|Bangkok|13.75|100.50
rakhine|Rakhine State|admin1|MMR|Rakhine|20.5|93.3
sittwe|Sittwe|city|MMR|Rakhine|20.15|92.90
naypyidaw|Naypyidaw|city|MMR|Naypyidaw|19.75|96.13
maungdaw|Maungdaw|city|MMR|Rakhine|20.82|92.37
buthidaung|Buthidaung|city|MMR|Rakhine|20.87|92.53
coxs_bazar|Cox's Bazar District|admin2|BGD|Chittagong|21.3|92.05
kutupalong|Kutupalong|locality|BGD|Chittagong|21.21|92.16
shan|Shan State|admin1|MMR|Shan|21.5|97.8
lashio|Lashio|city|MMR|Shan|22.93|97.75
muse_mmr|Muse|city|MMR|Shan|23.99|97.90
sagaing_reg|Sagaing Region|admin1|MMR|Sagaing|23.5|95.5
mandalay|Mandalay|city|MMR|Mandalay|21.97|96.08
kyaukphyu|Kyaukphyu|city|MMR|Rakhine|19.43|93.55
yangon|Yangon|city|MMR|Yangon|16.80|96.16
mae_sot|Mae Sot|city|THA|Tak|16.71|98.57
beijing|Beijing|city|CHN|Beijing|39.90|116.41
kunming|Kunming|city|CHN|Yunnan|25.04|102.71
yunnan|Yunnan|admin1|CHN|Yunnan|24.5|101.5
# ---- misc
mendoza|Mendoza|city|ARG|Mendoza|-32.89|-68.84
buenos_aires|Buenos Aires|city|ARG|Buenos Aires F.D.|-34.60|-58.38
suva|Suva|city|FJI|Central|-18.14|178.44
hong_kong|Hong Kong|city|HKG||22.32|114.17
singapore|Singapore|city|SGP||1.35|103.82
# ==== English documents
# ---- continents, regions
asia|Asia|continent|||45.0|90.0
antarctica|Antarctica|continent|||-80.0|0.0
north_africa|North Africa|region|||28.0|10.0
middle_east|Middle East|region|||29.0|42.0
horn_of_africa|Horn of Africa|region|||8.0|45.0
caucasus|Caucasus|region|||42.5|44.5
balkans|Balkans|region|||43.0|21.0
maritimes|Maritimes|region|CAN||46.0|-64.5
appalachia|Appalachia|region|USA||37.5|-82.0
research_triangle|Research Triangle|region|USA|North Carolina|35.9|-78.8
central_valley|Central Valley|region|USA|California|36.5|-119.8
pioneer_valley|Pioneer Valley|region|USA|Massachusetts|42.3|-72.6
northern_rivers|Northern Rivers|region|AUS|New South Wales|-28.8|153.2
gippsland|Gippsland|region|AUS|Victoria|-37.8|147.0
west_indies|West Indies|region|||18.1|-77.3
bessarabia|Bessarabia|region|||46.5|28.8
essequibo|Guayana Esequiba|region|GUY||5.5|-59.5
catatumbo|Catatumbo|region|COL|Norte de Santander|8.6|-73.0
sirte_basin|Sirte Basin|region|LBY||29.5|19.5
fezzan|Fezzan|region|LBY||26.0|14.0
tihama|Tihama|region|||15.0|43.1
jubaland|Jubaland|region|SOM||1.0|42.0
somaliland|Somaliland|region|SOM||9.5|45.5
puntland|Puntland|region|SOM||8.5|48.8
abkhazia|Abkhazia|region|GEO|Abkhazia|43.1|41.3
south_ossetia|South Ossetia|region|GEO||42.4|44.0
transnistria|Transnistria|region|MDA||46.95|29.5
# ---- landforms
sinai|Sinai Peninsula|landform|EGY||29.5|33.8
himalayas|Himalayas|landform|||28.0|84.0
cape_of_good_hope|Cape of Good Hope|landform|ZAF|Western Cape|-34.36|18.47
north_island|North Island|landform|NZL||-38.5|176.0
cape_breton|Cape Breton Island|landform|CAN|Nova Scotia|46.5|-60.9
newfoundland|Newfoundland|landform|CAN|Newfoundland and Labrador|48.5|-56.0
kamuku|Kamuku Forest|landform|NGA|Kaduna|10.75|6.4
lampedusa|Lampedusa|landform|ITA|Sicily|35.51|12.60
# ---- water
arabian_sea|Arabian Sea|water|||15.0|65.0
coral_sea|Coral Sea|water|||-18.0|155.0
tasman_sea|Tasman Sea|water|||-40.0|160.0
southern_ocean|Southern Ocean|water|||-60.0|90.0
north_atlantic|North Atlantic Ocean|water|||45.0|-40.0
pacific|Pacific Ocean|water|||-10.0|-140.0
gulf_of_aden|Gulf of Aden|water|||12.5|48.0
gulf_of_aqaba|Gulf of Aqaba|water|||28.8|34.75
gulf_st_lawrence|Gulf of Saint Lawrence|water|CAN||48.5|-62.0
bay_of_fundy|Bay of Fundy|water|CAN||45.0|-65.8
sea_of_azov|Sea of Azov|water|||46.0|36.5
bosporus|Bosporus|water|TUR|Istanbul|41.1|29.05
suez_canal|Suez Canal|water|EGY||30.6|32.33
bab_el_mandeb|Bab-el-Mandeb|water|||12.6|43.3
danube|Danube|water|||45.32|28.84
sulina|Sulina Channel|water|ROU|Tulcea|45.16|29.4
kura_r|Kura|water|||41.69|44.81
ibar|Ibar|water|||42.89|20.87
shabelle_r|Shabelle River|water|||2.78|45.52
blue_nile|Blue Nile|water|||10.07|38.19
nile|Nile|water|||30.05|31.23
lake_tana|Lake Tana|water|ETH|Amhara|12.0|37.3
kainji|Kainji Lake|water|NGA|Niger|10.4|4.6
niger_r_nigeria|Niger River|water|||9.13|4.83
ohio_r|Ohio River|water|USA||38.26|-85.76
cumberland_r|Cumberland River|water|USA||36.55|-85.50
kentucky_r_north_fork|North Fork Kentucky River|water|USA|Kentucky|37.25|-83.19
kanawha_r|Kanawha River|water|USA|West Virginia|38.35|-81.63
red_river|Red River|water|USA||33.88|-95.5
murray_r|Murray River|water|AUS||-34.17|140.75
wilsons_r|Wilsons River|water|AUS|New South Wales|-28.81|153.28
salmon_r_ns|Salmon River|water|CAN|Nova Scotia|45.37|-63.25
catatumbo_r|Catatumbo River|water|||8.85|-72.7
cuyuni_r|Cuyuni River|water|||6.75|-61.2
essequibo_r|Essequibo River|water|GUY||6.2|-58.6
mazaruni_r|Mazaruni River|water|GUY||6.38|-58.75
surma|Surma River|water|||24.89|91.87
kushiyara|Kushiyara River|water|||24.7|91.95
brahmaputra|Brahmaputra|water|||26.18|91.75
jamuna_r|Jamuna River|water|BGD||25.0|89.7
ganges|Ganges|water|||23.8|89.6
# ---- countries and country-like
aus|Australia|country|AUS||-25.3|133.8
bdi|Burundi|country|BDI||-3.4|29.9
bgr|Bulgaria|country|BGR||42.7|25.3
bih|Bosnia and Herzegovina|country|BIH||44.2|17.9
bra|Brazil|country|BRA||-10.3|-53.2
brb|Barbados|country|BRB||13.17|-59.55
btn|Bhutan|country|BTN||27.4|90.4
civ|Côte d'Ivoire|country|CIV||7.5|-5.5
col|Colombia|country|COL||4.0|-73.5
dji|Djibouti|country|DJI||11.8|42.6
egy|Egypt|country|EGY||26.8|30.8
eri|Eritrea|country|ERI||15.5|38.5
eth|Ethiopia|country|ETH||8.6|39.6
gha|Ghana|country|GHA||7.9|-1.0
grc|Greece|country|GRC||39.1|22.0
guy|Guyana|country|GUY||5.0|-58.9
ind|India|country|IND||22.0|79.0
jor|Jordan|country|JOR||31.2|36.5
lka|Sri Lanka|country|LKA||7.9|80.7
mda|Moldova|country|MDA||47.2|28.5
mkd|North Macedonia|country|MKD||41.6|21.7
mne|Montenegro|country|MNE||42.7|19.3
npl|Nepal|country|NPL||28.4|84.1
omn|Oman|country|OMN||21.0|57.0
pak|Pakistan|country|PAK||30.0|69.5
png|Papua New Guinea|country|PNG||-6.5|145.0
pse|Palestine|country|PSE||32.0|35.3
qat|Qatar|country|QAT||25.3|51.2
rou|Romania|country|ROU||45.9|24.9
som|Somalia|country|SOM||5.2|46.2
srb|Serbia|country|SRB||44.0|20.9
sur|Suriname|country|SUR||4.0|-56.0
svk|Slovakia|country|SVK||48.7|19.7
tgo|Togo|country|TGO||8.6|0.9
ven|Venezuela|country|VEN||7.0|-66.0
xkx|Kosovo|country|XKX||42.6|20.9
yem|Yemen|country|YEM||15.6|48.0
gaza_strip|Gaza Strip|admin1|PSE|Gaza Strip|31.4|34.38
west_bank|West Bank|admin1|PSE|West Bank|32.0|35.25
french_guiana|French Guiana|admin1|FRA|French Guiana|4.0|-53.0
# ---- Somalia, Ethiopia, Eritrea, Kenya
mogadishu|Mogadishu|city|SOM|Banaadir|2.05|45.32
middle_shabelle|Middle Shabelle|admin1|SOM|Middle Shabelle|2.9|45.6
adan_yabaal|Adan Yabaal|locality|SOM|Middle Shabelle|3.3|46.1
jowhar|Jowhar|city|SOM|Middle Shabelle|2.78|45.50
hiiraan|Hiiraan|admin1|SOM|Hiiraan|4.3|45.3
beledweyne|Beledweyne|city|SOM|Hiiraan|4.74|45.20
lower_shabelle|Lower Shabelle|admin1|SOM|Lower Shabelle|1.9|44.6
afgoye|Afgoye|city|SOM|Lower Shabelle|2.14|45.12
baidoa|Baidoa|city|SOM|Bay|3.11|43.65
bay_reg|Bay|admin1|SOM|Bay|2.8|43.5
kismayo|Kismayo|city|SOM|Lower Juba|-0.36|42.55
gedo|Gedo|admin1|SOM|Gedo|3.0|42.2
dolow|Dolow|locality|SOM|Gedo|4.16|42.08
hargeisa|Hargeisa|city|SOM|Woqooyi Galbeed|9.56|44.06
berbera|Berbera|city|SOM|Woqooyi Galbeed|10.44|45.01
mandera|Mandera|city|KEN|Mandera|3.94|41.86
addis_ababa|Addis Ababa|city|ETH|Addis Ababa|9.03|38.74
amhara|Amhara Region|admin1|ETH|Amhara|11.5|38.0
debre_markos|Debre Markos|city|ETH|Amhara|10.33|37.72
east_gojjam|East Gojjam Zone|admin2|ETH|Amhara|10.4|38.0
gondar|Gondar|city|ETH|Amhara|12.60|37.47
lalibela|Lalibela|city|ETH|Amhara|12.03|39.04
bahir_dar|Bahir Dar|city|ETH|Amhara|11.59|37.39
metema|Metema|locality|ETH|Amhara|12.96|36.16
tigray|Tigray Region|admin1|ETH|Tigray|13.8|39.0
mekelle|Mekelle|city|ETH|Tigray|13.50|39.47
benishangul|Benishangul-Gumuz Region|admin1|ETH|Benishangul-Gumuz|11.0|35.3
oromia|Oromia Region|admin1|ETH|Oromia|7.5|39.5
asmara|Asmara|city|ERI|Maekel|15.33|38.93
assab|Assab|city|ERI|Southern Red Sea|13.01|42.74
pretoria|Pretoria|city|ZAF|Gauteng|-25.75|28.19
# ---- Nigeria
minna|Minna|city|NGA|Niger|9.61|6.55
niger_state|Niger State|admin1|NGA|Niger|9.9|5.6
shiroro|Shiroro|admin2|NGA|Niger|10.1|6.7
kagara|Kagara|locality|NGA|Niger|10.18|6.27
new_bussa|New Bussa|city|NGA|Niger|9.89|4.52
mokwa|Mokwa|city|NGA|Niger|9.29|5.05
zamfara|Zamfara State|admin1|NGA|Zamfara|12.1|6.2
kebbi|Kebbi State|admin1|NGA|Kebbi|11.5|4.2
gusau|Gusau|city|NGA|Zamfara|12.16|6.66
kaduna_state|Kaduna State|admin1|NGA|Kaduna|10.2|7.8
kaduna|Kaduna|city|NGA|Kaduna|10.52|7.44
abuja|Abuja|city|NGA|Federal Capital Territory|9.06|7.49
lagos|Lagos|city|NGA|Lagos|6.45|3.40
kano|Kano|city|NGA|Kano|12.00|8.52
sokoto|Sokoto|city|NGA|Sokoto|13.06|5.24
# ---- USA
kentucky|Kentucky|admin1|USA|Kentucky|37.5|-85.3
london_ky|London|city|USA|Kentucky|37.13|-84.08
laurel_county|Laurel County|admin2|USA|Kentucky|37.11|-84.12
corbin|Corbin|city|USA|Kentucky|36.95|-84.10
whitley_county|Whitley County|admin2|USA|Kentucky|36.76|-84.15
hazard|Hazard|city|USA|Kentucky|37.25|-83.19
perry_county|Perry County|admin2|USA|Kentucky|37.24|-83.22
knott_county|Knott County|admin2|USA|Kentucky|37.35|-82.95
frankfort|Frankfort|city|USA|Kentucky|38.20|-84.87
lexington|Lexington|city|USA|Kentucky|38.04|-84.50
louisville|Louisville|city|USA|Kentucky|38.25|-85.76
tennessee|Tennessee|admin1|USA|Tennessee|35.86|-86.35
knoxville|Knoxville|city|USA|Tennessee|35.96|-83.92
paris_tn|Paris|city|USA|Tennessee|36.30|-88.33
west_virginia|West Virginia|admin1|USA|West Virginia|38.6|-80.6
charleston|Charleston|city|USA|West Virginia|38.35|-81.63
virginia|Virginia|admin1|USA|Virginia|37.5|-78.8
north_carolina|North Carolina|admin1|USA|North Carolina|35.5|-79.4
cincinnati|Cincinnati|city|USA|Ohio|39.10|-84.51
paris_tx|Paris|city|USA|Texas|33.66|-95.56
lamar_county|Lamar County|admin2|USA|Texas|33.67|-95.57
dallas|Dallas|city|USA|Texas|32.78|-96.80
fort_worth|Fort Worth|city|USA|Texas|32.76|-97.33
texarkana|Texarkana|city|USA|Texas|33.43|-94.05
oklahoma|Oklahoma|admin1|USA|Oklahoma|35.5|-97.5
hugo|Hugo|city|USA|Oklahoma|34.01|-95.51
arkansas|Arkansas|admin1|USA|Arkansas|34.9|-92.4
illinois|Illinois|admin1|USA|Illinois|40.0|-89.2
georgia_us|Georgia|admin1|USA|Georgia|32.7|-83.4
atlanta|Atlanta|city|USA|Georgia|33.75|-84.39
savannah|Savannah|city|USA|Georgia|32.08|-81.09
georgetown_dc|Georgetown|locality|USA|District of Columbia|38.91|-77.07
massachusetts|Massachusetts|admin1|USA|Massachusetts|42.4|-72.0
worcester|Worcester|city|USA|Massachusetts|42.26|-71.80
springfield_ma|Springfield|city|USA|Massachusetts|42.10|-72.59
durham|Durham|city|USA|North Carolina|35.99|-78.90
raleigh|Raleigh|city|USA|North Carolina|35.78|-78.64
cary|Cary|city|USA|North Carolina|35.79|-78.78
chapel_hill|Chapel Hill|city|USA|North Carolina|35.91|-79.06
mecklenburg|Mecklenburg County|admin2|USA|North Carolina|35.25|-80.83
charlotte|Charlotte|city|USA|North Carolina|35.23|-80.84
california|California|admin1|USA|California|37.2|-119.5
orange_county|Orange County|admin2|USA|California|33.7|-117.8
irvine|Irvine|city|USA|California|33.68|-117.83
huntington_beach|Huntington Beach|city|USA|California|33.66|-118.00
fresno|Fresno|city|USA|California|36.74|-119.79
kern_county|Kern County|admin2|USA|California|35.35|-118.7
los_angeles|Los Angeles|city|USA|California|34.05|-118.24
new_york_state|New York|admin1|USA|New York|42.9|-75.5
brooklyn|Brooklyn|admin2|USA|New York|40.65|-73.95
queens|Queens|admin2|USA|New York|40.73|-73.79
syracuse|Syracuse|city|USA|New York|43.05|-76.15
wisconsin|Wisconsin|admin1|USA|Wisconsin|44.6|-89.9
milwaukee|Milwaukee|city|USA|Wisconsin|43.04|-87.91
waukesha_county|Waukesha County|admin2|USA|Wisconsin|43.02|-88.30
# ---- Canada
ontario|Ontario|admin1|CAN|Ontario|50.0|-86.0
paris_on|Paris|city|CAN|Ontario|43.19|-80.38
halifax|Halifax|city|CAN|Nova Scotia|44.65|-63.57
north_end_halifax|North End|locality|CAN|Nova Scotia|44.66|-63.60
dartmouth|Dartmouth|city|CAN|Nova Scotia|44.67|-63.57
nova_scotia|Nova Scotia|admin1|CAN|Nova Scotia|45.0|-63.0
yarmouth|Yarmouth|city|CAN|Nova Scotia|43.84|-66.12
port_hawkesbury|Port Hawkesbury|city|CAN|Nova Scotia|45.62|-61.35
sydney_ns|Sydney|city|CAN|Nova Scotia|46.14|-60.19
cape_breton_rm|Cape Breton Regional Municipality|admin2|CAN|Nova Scotia|46.0|-60.3
truro|Truro|city|CAN|Nova Scotia|45.36|-63.28
caribou_ns|Caribou|locality|CAN|Nova Scotia|45.73|-62.68
pei|Prince Edward Island|admin1|CAN|Prince Edward Island|46.4|-63.3
charlottetown|Charlottetown|city|CAN|Prince Edward Island|46.24|-63.13
wood_islands|Wood Islands|locality|CAN|Prince Edward Island|45.95|-62.74
new_brunswick|New Brunswick|admin1|CAN|New Brunswick|46.5|-66.2
moncton|Moncton|city|CAN|New Brunswick|46.09|-64.77
saint_john_nb|Saint John|city|CAN|New Brunswick|45.27|-66.06
# ---- Libya, Middle East, Yemen
abu_salim|Abu Salim|locality|LBY|Tripoli|32.85|13.19
zawiya|Zawiya|city|LBY|Az Zawiyah|32.76|12.73
sabratha|Sabratha|city|LBY|An Nuqat al Khams|32.79|12.49
benghazi|Benghazi|city|LBY|Benghazi|32.12|20.07
ras_lanuf|Ras Lanuf|locality|LBY|Al Wahat|30.50|18.55
brega|Brega|city|LBY|Al Wahat|30.41|19.58
sirte|Sirte|city|LBY|Sirte|31.21|16.59
sabha|Sabha|city|LBY|Sabha|27.04|14.43
derna|Derna|city|LBY|Derna|32.77|22.64
misrata|Misrata|city|LBY|Misrata|32.38|15.09
ras_ajdir|Ras Ajdir|locality|TUN|Medenine|33.15|11.56
kerem_shalom|Kerem Shalom|locality|ISR|Southern District|31.23|34.28
el_arish|El Arish|city|EGY|North Sinai|31.13|33.80
rafah_crossing|Rafah Border Crossing|locality|PSE|Gaza Strip|31.25|34.26
rafah|Rafah|city|PSE|Gaza Strip|31.29|34.25
khan_younis|Khan Younis|city|PSE|Gaza Strip|31.34|34.30
al_mawasi|Al-Mawasi|locality|PSE|Gaza Strip|31.35|34.27
jabalia|Jabalia|city|PSE|Gaza Strip|31.53|34.48
beit_lahia|Beit Lahia|city|PSE|Gaza Strip|31.55|34.50
jenin|Jenin|city|PSE|West Bank|32.46|35.30
tulkarm|Tulkarm|city|PSE|West Bank|32.31|35.03
nablus|Nablus|city|PSE|West Bank|32.22|35.26
ramallah|Ramallah|city|PSE|West Bank|31.90|35.20
doha|Doha|city|QAT|Doha|25.29|51.53
amman|Amman|city|JOR|Amman|31.95|35.93
eilat|Eilat|city|ISR|Southern District|29.56|34.95
aden|Aden|city|YEM|Aden|12.79|45.03
hodeidah|Hodeidah|city|YEM|Al Hudaydah|14.80|42.95
sanaa|Sanaa|city|YEM|Amanat Al Asimah|15.37|44.19
marib|Marib|city|YEM|Marib|15.46|45.33
taiz|Taiz|city|YEM|Taiz|13.58|44.02
muscat|Muscat|city|OMN|Muscat|23.61|58.59
djibouti|Djibouti|city|DJI|Djibouti|11.59|43.15
rotterdam|Rotterdam|city|NLD|South Holland|51.92|4.48
the_hague|The Hague|city|NLD|South Holland|52.08|4.30
# ---- Caucasus, Black Sea, Balkans
batumi|Batumi|city|GEO|Adjara|41.64|41.64
adjara|Adjara|admin1|GEO|Adjara|41.6|42.1
kutaisi|Kutaisi|city|GEO|Imereti|42.27|42.70
gori|Gori|city|GEO|Shida Kartli|41.98|44.11
kakheti|Kakheti|admin1|GEO|Kakheti|41.65|45.7
zugdidi|Zugdidi|city|GEO|Samegrelo-Zemo Svaneti|42.51|41.87
bucharest|Bucharest|city|ROU|Bucharest|44.43|26.10
izmail|Izmail|city|UKR|Odesa Oblast|45.35|28.84
plauru|Plauru|locality|ROU|Tulcea|45.33|28.83
reni|Reni|city|UKR|Odesa Oblast|45.46|28.29
constanta|Constanța|city|ROU|Constanța|44.18|28.65
istanbul|Istanbul|city|TUR|Istanbul|41.01|28.98
chornomorsk|Chornomorsk|city|UKR|Odesa Oblast|46.30|30.66
pivdennyi|Pivdennyi|city|UKR|Odesa Oblast|46.62|31.10
giurgiulesti|Giurgiulești|locality|MDA|Cahul|45.48|28.20
chisinau|Chișinău|city|MDA|Chișinău|47.01|28.86
mariupol|Mariupol|city|UKR|Donetsk Oblast|47.10|37.55
berdiansk|Berdiansk|city|UKR|Zaporizhzhia Oblast|46.76|36.79
odesa_obl|Odesa Oblast|admin1|UKR|Odesa Oblast|47.0|30.0
pristina|Pristina|city|XKX|Pristina|42.66|21.17
mitrovica|Mitrovica|city|XKX|Mitrovica|42.89|20.87
zvecan|Zvečan|admin2|XKX|Mitrovica|42.91|20.84
leposavic|Leposavić|admin2|XKX|Mitrovica|43.10|20.80
zubin_potok|Zubin Potok|admin2|XKX|Mitrovica|42.91|20.69
jarinje|Jarinje|locality|XKX|Mitrovica|43.135|20.745
peja|Peja|city|XKX|Peja|42.66|20.29
prizren|Prizren|city|XKX|Prizren|42.21|20.74
belgrade|Belgrade|city|SRB|Belgrade|44.79|20.45
raska|Raška|city|SRB|Raška|43.29|20.62
republika_srpska|Republika Srpska|admin1|BIH|Republika Srpska|44.8|17.5
banja_luka|Banja Luka|city|BIH|Republika Srpska|44.77|17.19
sarajevo|Sarajevo|city|BIH|Federation of Bosnia and Herzegovina|43.86|18.41
# ---- Latin America
cucuta|Cúcuta|city|COL|Norte de Santander|7.89|-72.50
norte_de_santander|Norte de Santander|admin1|COL|Norte de Santander|8.0|-73.0
tibu|Tibú|admin2|COL|Norte de Santander|8.64|-72.73
teorama|Teorama|admin2|COL|Norte de Santander|8.44|-73.29
el_tarra|El Tarra|admin2|COL|Norte de Santander|8.58|-73.10
ocana|Ocaña|city|COL|Norte de Santander|8.24|-73.36
zulia|Zulia|admin1|VEN|Zulia|10.0|-72.3
maracaibo|Maracaibo|city|VEN|Zulia|10.65|-71.64
tachira|Táchira|admin1|VEN|Táchira|7.9|-72.0
san_antonio_tachira|San Antonio del Táchira|city|VEN|Táchira|7.81|-72.44
bogota|Bogotá|city|COL|Bogotá D.C.|4.71|-74.07
caracas|Caracas|city|VEN|Capital District|10.49|-66.88
mexico_city|Mexico City|city|MEX|Mexico City|19.43|-99.13
cauca|Cauca|admin1|COL|Cauca|2.5|-76.8
popayan|Popayán|city|COL|Cauca|2.44|-76.61
jamundi|Jamundí|city|COL|Valle del Cauca|3.26|-76.54
cali|Cali|city|COL|Valle del Cauca|3.45|-76.53
arauca|Arauca|admin1|COL|Arauca|6.6|-71.0
buenaventura|Buenaventura|city|COL|Valle del Cauca|3.88|-77.03
medellin|Medellín|city|COL|Antioquia|6.25|-75.57
georgetown_guy|Georgetown|city|GUY|Demerara-Mahaica|6.80|-58.16
eteringbang|Eteringbang|locality|GUY|Cuyuni-Mazaruni|6.8|-61.1
tumeremo|Tumeremo|city|VEN|Bolívar|7.30|-61.50
bolivar_ven|Bolívar|admin1|VEN|Bolívar|6.5|-64.0
roraima|Roraima|admin1|BRA|Roraima|2.0|-61.4
boa_vista|Boa Vista|city|BRA|Roraima|2.82|-60.67
pacaraima|Pacaraima|city|BRA|Roraima|4.48|-61.15
brasilia|Brasília|city|BRA|Federal District|-15.79|-47.88
bridgetown|Bridgetown|city|BRB|Saint Michael|13.10|-59.62
bartica|Bartica|city|GUY|Cuyuni-Mazaruni|6.40|-58.62
# ---- South Asia
lahore|Lahore|city|PAK|Punjab|31.55|74.34
rawalpindi|Rawalpindi|city|PAK|Punjab|33.60|73.05
karachi|Karachi|city|PAK|Sindh|24.86|67.01
multan|Multan|city|PAK|Punjab|30.20|71.47
colombo|Colombo|city|LKA|Western|6.93|79.85
galle|Galle|city|LKA|Southern|6.03|80.22
ahmedabad|Ahmedabad|city|IND|Gujarat|23.02|72.57
chennai|Chennai|city|IND|Tamil Nadu|13.08|80.27
dharamsala|Dharamsala|city|IND|Himachal Pradesh|32.22|76.32
new_delhi|New Delhi|city|IND|Delhi|28.61|77.21
meghalaya|Meghalaya|admin1|IND|Meghalaya|25.5|91.3
cherrapunji|Cherrapunji|locality|IND|Meghalaya|25.28|91.72
mawsynram|Mawsynram|locality|IND|Meghalaya|25.30|91.58
assam|Assam|admin1|IND|Assam|26.2|92.5
guwahati|Guwahati|city|IND|Assam|26.14|91.74
dubai|Dubai|city|ARE|Dubai|25.20|55.27
sharjah|Sharjah|city|ARE|Sharjah|25.35|55.42
london|London|city|GBR|England|51.507|-0.128
dhaka|Dhaka|city|BGD|Dhaka|23.81|90.41
sylhet|Sylhet|city|BGD|Sylhet|24.90|91.87
sylhet_dist|Sylhet District|admin2|BGD|Sylhet|24.9|91.95
sunamganj|Sunamganj District|admin2|BGD|Sylhet|25.0|91.3
kurigram|Kurigram|city|BGD|Rangpur|25.81|89.64
sirajganj|Sirajganj|city|BGD|Rajshahi|24.45|89.70
chittagong|Chittagong|city|BGD|Chittagong|22.34|91.83
coxs_bazar_city|Cox's Bazar|city|BGD|Chittagong|21.45|91.97
ukhia|Ukhia|locality|BGD|Chittagong|21.28|92.10
# ---- Australia, Oceania
lismore|Lismore|city|AUS|New South Wales|-28.81|153.28
nsw|New South Wales|admin1|AUS|New South Wales|-32.0|147.0
ballina|Ballina|city|AUS|New South Wales|-28.87|153.56
murwillumbah|Murwillumbah|city|AUS|New South Wales|-28.33|153.40
queensland|Queensland|admin1|AUS|Queensland|-22.5|144.5
brisbane|Brisbane|city|AUS|Queensland|-27.47|153.03
gold_coast|Gold Coast|city|AUS|Queensland|-28.02|153.40
gympie|Gympie|city|AUS|Queensland|-26.19|152.67
sydney|Sydney|city|AUS|New South Wales|-33.87|151.21
victoria_au|Victoria|admin1|AUS|Victoria|-37.0|144.5
tasmania|Tasmania|admin1|AUS|Tasmania|-42.0|146.6
south_australia|South Australia|admin1|AUS|South Australia|-30.0|135.5
hobart|Hobart|city|AUS|Tasmania|-42.88|147.33
canberra|Canberra|city|AUS|Australian Capital Territory|-35.28|149.13
# ---- Mali (English document)
sankore|Sankore|locality|MLI|Tombouctou|16.78|-3.005
douentza|Douentza|city|MLI|Mopti|15.00|-2.95
sevare|Sévaré|city|MLI|Mopti|14.53|-4.09
bamba_mli|Bamba|locality|MLI|Gao|17.03|-1.40
fez|Fez|city|MAR|Fès-Meknès|34.03|-5.00
kidal|Kidal|city|MLI|Kidal|18.44|1.41
tessalit|Tessalit|locality|MLI|Kidal|20.20|1.01
essakane|Essakane|locality|MLI|Tombouctou|16.85|-3.55
# ---- Togo, Benin, Ghana, Côte d'Ivoire, Burkina Faso
lome|Lomé|city|TGO|Maritime|6.13|1.22
kpinkankandi|Kpinkankandi|locality|TGO|Savanes|10.95|0.75
savanes_tgo|Savanes Region|admin1|TGO|Savanes|10.6|0.5
kompienga|Kompienga Province|admin2|BFA|Est|11.3|0.7
banikoara|Banikoara|city|BEN|Alibori|11.30|2.44
alibori|Alibori Department|admin1|BEN|Alibori|11.5|2.9
bawku|Bawku|city|GHA|Upper East|11.06|-0.24
kafolo|Kafolo|locality|CIV|Savanes|9.60|-4.34
ouangolodougou|Ouangolodougou|city|CIV|Savanes|9.97|-5.15
accra|Accra|city|GHA|Greater Accra|5.60|-0.19
cotonou|Cotonou|city|BEN|Littoral|6.37|2.39
tema|Tema|city|GHA|Greater Accra|5.67|-0.02
fada_ngourma|Fada N'Gourma|city|BFA|Est|12.06|0.36
dapaong|Dapaong|city|TGO|Savanes|10.86|0.21
"""


def _load():
    g = {}
    for line in RAW.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, name, feat, cc, adm1, lat, lon = [x.strip() for x in line.split("|")]
        if key in g:
            raise ValueError(f"duplicate gazetteer key {key}")
        g[key] = (name, feat, cc, adm1, float(lat), float(lon))
    return g


G = _load()

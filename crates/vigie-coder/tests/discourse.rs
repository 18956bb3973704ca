//! Anaphora, implied targets and the other discourse rules of the coder, each checked
//! on a short text written for this test: the text must yield the listed events
//! (`CAMEO-root SOURCE>TARGET`, optionally `@DATE`), in any order among others, and
//! must not yield those written `!…` as fact. All failures are reported at once.

mod common;

/// (what it shows, text, events it must yield as `root source>target[@date]`, or
/// must not yield as fact when written `!root source>target`)
const CASES: &[(&str, &str, &[&str])] = &[
    (
        "an event noun is coded when a support verb gives it a doer (`annonce une \
         aide`), its target found under the noun's own modifiers; a verb coordinated \
         with another keeps its targets to itself",
        "La Russie a bombardé Odessa dans la nuit. L’Union européenne condamne les \
         frappes et annonce une aide d’urgence de 40 millions d’euros à l’Ukraine.",
        &["07 EU>UKR", "11 EU>RUS", "!11 EU>UKR"],
    ),
    (
        "an act named by a noun with its own agent is coded; `au lendemain de` puts it \
         the day before the clause, and an agent the parser hung on the verb is the \
         noun's",
        "NIAMEY, 12 mars 2026 – Le Niger a fermé jeudi sa frontière avec le Bénin, au \
         lendemain de l’arrestation de deux Nigériens par la police béninoise.",
        &["16 NER>BEN@2026-03-12", "17 BEN>NER@2026-03-11"],
    ),
    (
        "a show of force without a named target aims at whoever the story faces; who \
         tells it (`selon`) is never its target",
        "Le Soudan accuse le Tchad de soutenir les rebelles. Le Tchad a massé des \
         blindés près de la frontière, selon Washington.",
        &["15 TCD>SDN", "!15 TCD>USA"],
    ),
    (
        "a digest tells one story per heading: a show of force aims at the other side \
         of its own item, not at the actors of the next one",
        "LE MONDE EN BREF – samedi 7 février 2026\n\nTAÏWAN – Pékin a déployé vendredi \
         des navires autour de l’île. Taipei a placé ses forces en état d’alerte.\n\n\
         ARMÉNIE – Erevan a accusé jeudi l’Azerbaïdjan d’avoir tiré sur un poste \
         frontalier. Bakou a démenti et accusé l’Arménie de provocation. L’Arménie et \
         l’Azerbaïdjan doivent reprendre leurs pourparlers.",
        &["15 TWN>CHN", "!15 TWN>ARM", "!15 CHN>ARM"],
    ),
    (
        "force with no target named aims at a party to the story, never at a body that \
         only watches (the UN here), however often it is named",
        "The Rwanda Defence Force shelled Sake on Monday. The Rwanda Defence Force later \
         denied the charge. The Security Council met on Tuesday. Kinshasa's envoy accused \
         the Council of silence.",
        &["19 RDF>COD", "!19 RDF>UN"],
    ),
    (
        "unnamed protesters, students or journalists a state's forces arrest are \
         civilians of the country where it happened",
        "Kenyan police arrested 12 protesters in Nairobi on Tuesday.",
        &["17 KEN>KEN"],
    ),
    (
        "a verb that requires a dependent finds it through a noun that counts it \
         (`dozens of rockets`), and its target hung on that noun's modifiers",
        "Hezbollah fired dozens of rockets into northern Israel on Monday.",
        &["19 HEZBOLLAH>ISR"],
    ),
    (
        "where two coordinated parties sign or agree is the venue, not the counterpart",
        "Ethiopia and Eritrea signed a peace agreement in Riyadh on Tuesday.",
        &["05 ETH>ERI", "!05 ETH>SAU", "!05 ERI>SAU"],
    ),
    (
        "a state that protests complains officially; a crowd demonstrates",
        "Pakistan protested to Kabul over cross-border attacks. Hundreds of Afghans \
         protested against Pakistan in Kabul.",
        &["11 PAK>AFG", "!14 PAK>AFG", "14 AFG>PAK"],
    ),
    (
        "force used abroad with no other side named aims at the state where it falls",
        "Des drones russes ont frappé Odessa dans la nuit, selon les autorités \
         ukrainiennes.",
        &["19 RUS>UKR"],
    ),
    (
        "an armed group that takes a place fights the state where it lies, its own too",
        "Le M23 s'est emparé samedi de la ville de Goma. M23 rebels seized the town of \
         Bunia on Sunday.",
        &["19 M23>COD", "!19 M23>-"],
    ),
    (
        "a headline with no function word is read, and its past verb with an object \
         is its main verb",
        "Russian forces shelled Kharkiv. Ukraine protested.",
        &["19 RUS>UKR"],
    ),
    (
        "unnamed victims in a city are that city's country's, even when the story does \
         not name the country",
        "Russian missiles killed 12 civilians in Kharkiv on Monday.",
        &["18 RUS>UKR", "!18 RUS>RUS"],
    ),
    (
        "a headline of five words and more with no function word is read too",
        "Russian troops killed Ukrainian civilians.",
        &["18 RUS>UKR"],
    ),
    (
        "in a headline, who condemns an attack named without its article did not \
         make it, and a destroyer is a ship, not an act",
        "Security Council - Press release\n\nCouncil members condemn deadly attack on \
         peacekeepers near Sake\n\nJapan's defence ministry says two Chinese destroyers \
         sailed between Yonaguni and Iriomote.",
        &["!19 UN>COD", "!19 CHN>JPN"],
    ),
    (
        "a country adjective that leads, flags or runs a noun makes it that country's \
         (`Saudi-led`, `Iranian-flagged`); a state that seizes a ship confiscates it, \
         pirates hijack it",
        "The Saudi-led coalition struck rebel positions in Yemen on Monday. US forces \
         seized an Iranian-flagged tanker on Tuesday. Somali pirates seized an Indian \
         trawler on Friday.",
        &["19 SAU>YEM", "17 USA>IRN", "18 SOM>IND", "!18 USA>IRN"],
    ),
    (
        "an armed group that fights in one state and carries it (the Houthis: YEM) is \
         still the other side of that state's forces",
        "The Houthis attacked Yemeni government forces in Marib on Monday.",
        &["19 HOUTHIS>YEM"],
    ),
    (
        "a warning answers the last hostile act of another state, not of its own",
        "Les autorités dominicaines ont expulsé mardi trois mille Haïtiens. L’armée \
         dominicaine a déployé mille soldats le long de la frontière, et le ministre de \
         la Défense a menacé de fermer celle-ci.",
        &["!13 DOM>DOM"],
    ),
    (
        "a dateline that opens the lead, after a title and with its outlet, dates the \
         report: an act without a date of its own is on the last day the story told",
        "Darfour : le ton monte\n\nADDIS-ABEBA, 24 avril 2026 (Corne Info) – Réuni jeudi, \
         le Conseil de paix et de sécurité de l’Union africaine a condamné le siège \
         d’El-Facher.\n\nInvité à la séance, le représentant soudanais a accusé les \
         Émirats arabes unis d’armer les paramilitaires.",
        &["11 SDN>ARE@2026-04-23"],
    ),
    (
        "a date alone on the line that heads a statement is the day its acts are told",
        "Security Council - Press statement\nNew York, 18 February 2026\n\nThe members of \
         the Security Council condemned the offensive launched by the M23 on 15 February. \
         They urged Rwanda to withdraw its troops from Congolese territory.",
        &["02 UN>RWA@2026-02-18"],
    ),
    (
        "a denial answers the last charge against the one who denies, in the sentence \
         or before it",
        "Sudan accused the RSF of shelling the market in El Obeid. The RSF denied any \
         role. Kenya accused Somalia of arming the militias, a charge Mogadishu rejected. \
         Le Tchad accuse le Soudan de financer des rebelles, ce que Khartoum réfute.",
        &["01 RSF>SDN", "12 SOM>KEN", "12 SDN>TCD"],
    ),
    (
        "a denial that tells the denied act in a clause answers the charge, not the \
         act's target; the rejection and the denial of one charge are one act",
        "Le Tchad accuse le Soudan d’armer les rebelles du FACT. Khartoum a rejeté \
         « des accusations fantaisistes », tout en démentant avoir livré des armes au FACT.",
        &["12 SDN>TCD", "!12 SDN>FACT"],
    ),
    (
        "a reaction to an act its object names without a doer answers the last doer of \
         such an act in the story (here a show of force), not the story's last actor",
        "Washington a annoncé lundi une vente d’armes à Taïwan. Pékin a déployé \
         vendredi trente avions de combat autour de l’île. Taipei a dénoncé une \
         « intimidation ».",
        &["11 TWN>CHN", "!11 TWN>USA"],
    ),
    (
        "a week is told as its days, Monday to Sunday, and an act of the current week \
         ends on the report's day",
        "BAMAKO, 19 novembre 2026 – L’armée malienne a bombardé la semaine dernière des \
         positions du JNIM près de Tombouctou.",
        &["19 MLI>JNIM@2026-11-09..2026-11-15"],
    ),
    (
        "the same in English, for the current week",
        "NIAMEY, November 19, 2026 – Niger expelled two French diplomats earlier this \
         week, the foreign ministry said.",
        &["16 NER>FRA@2026-11-16..2026-11-19"],
    ),
    (
        "`the Council` is the council the story named",
        "The Security Council met on Tuesday. The representative of the Democratic \
         Republic of the Congo accused the Council of silence.",
        &["11 COD>UN"],
    ),
    (
        "a body followed by its state is that state's; named again alone, it is still \
         that state's, whoever spoke in between",
        "Le Mali a fermé sa frontière. Le Gouvernement de la République du Burundi \
         condamne l’incursion rwandaise. Le Rwanda dément. Le Gouvernement a décidé de \
         rappeler pour consultations son ambassadeur à Kigali.",
        &["11 BDI>RWA", "!11 MLI>RWA", "16 BDI>RWA", "!16 RWA>RWA"],
    ),
    (
        "a reaction to violence answers the story's lead act, not the reply to it",
        "Les Forces de soutien rapide ont pilonné samedi plusieurs quartiers d’El-Obeid. \
         L’armée soudanaise a répliqué par des frappes aériennes. Mercredi, le Conseil de \
         sécurité a condamné ces bombardements.",
        &["11 UN>RSF", "!11 UN>SDN"],
    ),
    (
        "an act told without its doer has the doer its victim blames",
        "Drones struck the fuel depot of Port Sudan on Wednesday. The army-led government \
         blamed the Rapid Support Forces. The United Arab Emirates dismissed the charge. \
         Saudi Arabia condemned the strikes.",
        &["11 SDN>RSF", "11 SAU>RSF", "!11 SAU>ARE"],
    ),
    (
        "the frame an act is done in is no party; `appelé à` without auxiliary is passive",
        "Les armées nigérienne et tchadienne ont lancé jeudi une opération contre Boko \
         Haram sous la bannière de la Force multinationale mixte. La Russie a déployé au \
         Mali l’Africa Corps, appelé à remplacer Wagner.",
        &["19 NER>BOKO_HARAM", "19 TCD>BOKO_HARAM", "!19 NER>MNJTF", "!02 AFRICA_CORPS>WAGNER"],
    ),
    (
        "states that condemn together do not condemn each other; what an accord provides \
         for names no party to it",
        "The Rapid Support Forces struck Port Sudan on Wednesday. Khartoum condemned the \
         attack. Qatar and Egypt condemned the strikes. Le Tchad et la Russie ont signé \
         lundi un accord prévoyant l’envoi d’instructeurs de l’Africa Corps.",
        &["11 QAT>RSF", "!11 QAT>EGY", "05 TCD>RUS", "!05 TCD>AFRICA_CORPS"],
    ),
    (
        "`both governments` is a pair even though `governments` is a role noun; a verb \
         after `and` ends the clause of the one before",
        "Chad accused Sudan of arming rebels on Monday. Khartoum rejected the charge. The \
         African Union met on Tuesday and urged both governments to talk.",
        &["02 AU>TCD", "02 AU>SDN"],
    ),
    (
        "a subject with `no` negates the act",
        "Gunmen attacked a police post near Mandera on Monday, Kenya said. No group \
         claimed the attack, but Nairobi blamed al-Shabaab.",
        &["11 KEN>AL_SHABAAB", "!01 AL_SHABAAB>KEN", "!01 KEN>AL_SHABAAB"],
    ),
    (
        "a quoted characterisation is a phrase, not an act",
        "Sudan cut ties with the United Arab Emirates on Friday. The UAE dismissed the \
         move as \"an attempt to shift blame\".",
        &["16 SDN>ARE", "!11 ARE>SDN"],
    ),
    (
        "a participle after a comma is the act of the sentence's subject",
        "ISWAP fighters overran a Chadian army post on Monday 20 April 2026, killing 17 \
         soldiers.",
        &["19 ISWAP>TCD", "!18 TCD>-"],
    ),
    (
        "a violent act dated only to a period holding the day of one told is that act",
        "ISWAP fighters overran a Chadian army post on Monday 20 April 2026. It was the \
         deadliest attack on Chadian troops this year.",
        &["19 ISWAP>TCD@2026-04-20", "!19 ISWAP>TCD@2026"],
    ),
    (
        "force used on a place acts on its state; a country adjective after `près de` \
         is a place, no party",
        "Port-Soudan, 9 février 2026 — Les Forces de soutien rapide ont pilonné samedi \
         plusieurs quartiers d’El-Obeid. Les Émirats arabes unis ont démenti les livrer. \
         Mardi, des frappes attribuées à l’armée tchadienne ont touché la localité de \
         Adré, près de la frontière soudanaise.",
        &["19 RSF>SDN", "!19 RSF>ARE", "19 TCD>TCD", "!19 TCD>SDN"],
    ),
    (
        "the subject's own state further on is not its target",
        "Le Niger a rappelé mardi son ambassadeur à Cotonou, deux jours après la \
         destruction d’un camion de l’armée nigérienne.",
        &["16 NER>BEN"],
    ),
    (
        "rejecting these accusations answers the accuser; a coordinated verb shares the target",
        "Le Ghana a accusé mardi le Togo d’abriter des combattants du JNIM. Lomé a rejeté \
         ces accusations et a dénoncé une manœuvre politique. Le JNIM a revendiqué une \
         attaque près de Dapaong, puis le JNIM a diffusé une vidéo.",
        &["12 TGO>GHA", "11 TGO>GHA", "!11 TGO>JNIM", "!12 TGO>JNIM"],
    ),
    (
        "`depuis` after the act starts a state of its object, not the act's day",
        "Moundou, 8 mai 2026 — Le 4 mai, le Tchad a relâché un opposant. N’Djamena a ensuite \
         promis de libérer deux journalistes camerounais détenus depuis février.",
        &["03 TCD>CMR@2026-05-04"],
    ),
    (
        "the member of a counted series is the act already told",
        "Le Niger a abattu un drone béninois près de Gaya le 3 mai 2025. Niamey a \
         ajouté que c’était la quatrième incursion d’un appareil béninois dans son espace aérien depuis \
         janvier.",
        &["19 NER>BEN", "!15 NER>BEN", "!15 BEN>NER"],
    ),
    (
        "an act named as a cause, without a date of its own, is background",
        "À cause du départ du Niger de la Cedeao, le commerce avec le Nigeria a \
         reculé.",
        &["!16 NER>ECOWAS"],
    ),
    (
        "a joint body of two states is one event, not one each way",
        "Le Maroc et le Niger se rapprochent. D’après des diplomates, le dialogue entre \
         les deux pays progresse, comme le montre en mars 2025 la session inaugurale de \
         la commission militaire conjointe entre le Niger et le Maroc.",
        &["06 MAR>NER", "!06 NER>MAR"],
    ),
    (
        "an act told again with the same verb and a guessed target is not a new one",
        "Les Fama ont repris la ville d’Anéfis aux rebelles du FLA le 7 octobre 2023. \
         L’Algérie a dénoncé l’opération et Alger a convoqué l’ambassadeur malien. Le 7 \
         octobre 2023, les Fama avaient repris la ville sans combat.",
        &["19 FAMA>FLA", "!19 FAMA>DZA"],
    ),
    (
        "after the incident: the incident's day, not the last day told",
        "Le Niger a abattu un drone béninois près de Gaya le 3 mai 2025. Le 6 mai, \
         Cotonou a rappelé son ambassadeur. Peu après l’attaque, le \
         JNIM avait revendiqué la destruction de l’appareil.",
        &["19 JNIM>BEN@2025-05-03"],
    ),
    (
        "victims listed after parmi lesquels are one group",
        "Des frappes de l’armée burkinabè ont tué en juin 2024 plusieurs civils, parmi \
         lesquels des commerçants maliens, nigériens et togolais.",
        &["18 BFA>MLI", "!18 BFA>NER", "!18 BFA>TGO"],
    ),
    (
        "a counted group stands for the states last named together",
        "Le Mali, le Burkina Faso et le Niger ont quitté la Cedeao. En juillet, les trois \
         chefs d’État ont signé le traité instituant la Confédération.",
        &["05 MLI>BFA", "05 MLI>NER", "05 BFA>NER"],
    ),
    (
        "unnamed civilians are of the place's state; a hundred dead is a mass killing",
        "L’EIGS multiplie les attaques dans l’ouest du Niger. Des hommes armés ont \
         attaqué le 1er mai 2026 un village près de Téra. Plus de 150 personnes \
         auraient été tuées, selon des élus locaux.",
        &["20 ISGS>NER", "!18 ISGS>NER"],
    ),
    (
        "unnamed attackers are the story's armed group, not the state named after them",
        "Maroua, 5 juin 2026 — Le JNIM a revendiqué une embuscade contre l’armée \
         burkinabè. Deux kamikazes se sont fait exploser le 4 juin 2026 à Djibo, tuant \
         neuf civils.",
        &["18 JNIM>BFA@2026-06-04", "!18 BFA>BFA"],
    ),
    (
        "a warning answers the last threat; leurs deux pays are the warners' own",
        "Le Bénin a menacé d’intervenir au Burkina Faso. Le Mali et le Niger ont averti \
         qu’une intervention au Burkina Faso serait une agression contre leurs deux pays.",
        &["13 MLI>BEN", "13 NER>BEN", "!13 MLI>NER", "!13 MLI>BFA"],
    ),
    (
        "an arrest without agent or place is the reporting state's; fin février is late",
        "Bamako, 20 mars 2025 — Trois employés maliens d’une société minière française \
         ont été arrêtés fin février 2025.",
        &["17 MLI>FRA@2025-02-21", "!17 FRA>MLI"],
    ),
    (
        "the court is the international court the story names",
        "La Haye, 3 juin 2026 — La Cour internationale de justice a rejeté la requête du \
         Tchad contre le Soudan. Le Soudan a salué la décision de la Cour.",
        &["05 SDN>ICJ"],
    ),
    (
        "an unnamed armed adversary is no reason to guess the story's other state",
        "Le Mali et l’Algérie s’accusent mutuellement. Le 2 mai, l’armée malienne a mené \
         des frappes contre des groupes armés près de Kidal.",
        &["!19 MLI>DZA"],
    ),
    (
        "a bare state body stands for the state the story is about",
        "Le Mali a rompu ses relations avec l’Ukraine. Le gouvernement de transition a \
         dénoncé une ingérence.",
        &["11 MLI>UKR"],
    ),
    (
        "le royaume: the kingdom named just before",
        "L’Algérie a rompu ses relations avec le Maroc, accusant le royaume de mener des \
         actions hostiles.",
        &["11 DZA>MAR"],
    ),
    (
        "three parties that meet give three pairs; the place is not a target",
        "Les ministres du Niger, du Tchad et du Bénin se sont réunis à Niamey.",
        &["04 NER>TCD", "04 NER>BEN", "04 TCD>BEN"],
    ),
    (
        "la même décision repeats the last act with a new actor",
        "Le Mali a rappelé son ambassadeur en Algérie. Le Niger a pris la même décision.",
        &["16 MLI>DZA", "16 NER>DZA"],
    ),
    (
        "a relative with a pronoun subject: the sentence's subject acts on the antecedent",
        "Le Tchad a fermé sa frontière avec le Soudan, qu’il accuse de soutenir des rebelles.",
        &["11 TCD>SDN"],
    ),
    (
        "ce que … démenti: the denial answers the sentence's speaker",
        "Le Mali accuse la Mauritanie d’armer des rebelles, ce que Nouakchott a démenti.",
        &["11 MLI>MRT", "12 MRT>MLI"],
    ),
    (
        "a dual names the two actors the story is about",
        "Le Sénégal et la Gambie s’opposent sur la pêche. L’Union africaine a appelé les \
         deux pays au dialogue.",
        &["02 AU>SEN", "02 AU>GMB"],
    ),
    (
        "the seat of an organisation stands for it",
        "L’Union européenne a critiqué le Niger. Bruxelles a suspendu son aide budgétaire \
         au Niger.",
        &["16 EU>NER"],
    ),
    (
        "a reaction to an earlier act targets its author; a pronoun keeps the subject",
        "Le Niger a rompu avec l’Union européenne. Il a aussi accueilli le ministre russe \
         de la Défense. L’Union européenne a regretté cette décision.",
        &["11 EU>NER"],
    ),
    (
        "an act without a named target acts on the other side of the story",
        "Rabat accuse Alger de soutenir les séparatistes. Alger a dénoncé des propos \
         mensongers.",
        &["11 MAR>DZA", "11 DZA>MAR"],
    ),
    (
        "a hostile act on a condition the other side must meet is also a threat",
        "Le Tchad pourrait expulser des diplomates soudanais si Khartoum ne retire pas \
         ses troupes.",
        &["13 TCD>SDN"],
    ),
    (
        "a coordinated verb shares the first verb's subject",
        "The Chadian government accused Sudan of arming rebels and expelled two Sudanese \
         diplomats.",
        &["11 TCD>SDN", "16 TCD>SDN"],
    ),
];

#[test]
fn discourse_rules_code_as_expected() {
    common::check(CASES);
}

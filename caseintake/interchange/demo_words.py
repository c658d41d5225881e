"""Word lists and text templates for the synthetic demo cases (used by ``demo_data``).

Kept apart so that the generator reads as logic. Real given names, surnames and place names are
combined at random, so no generated person, address or docket points at anyone real. Weights are
rough shares meant to look like a Philippine OSEC caseload (Central Visayas and Metro Manila
first), not statistics.

Free text is built only from the templates at the bottom plus pseudonyms; ``demo_data`` drops any
name that shares a word with them, which is how it guarantees that no vault value leaks into text.
"""

from __future__ import annotations


def _split(text: str) -> tuple[str, ...]:
    """Long lists are written as ``a|b|c`` so that hundreds of names fit in few lines."""
    return tuple(item.strip() for item in text.split("|") if item.strip())


FEMALE_GIVEN = _split(
    "Maria|Jasmine|Angelica|Princess|Mary Joy|Mary Grace|Mary Ann|Mary Rose|Kristine|Kimberly|"
    "Nicole|Angel|Angela|Camille|Charmaine|Cherry|Christine|Clarissa|Daisy|Janelle|Jenny|Jessa|"
    "Jhoanna|Joanna|Julie Ann|Kathleen|Kyla|Lovely|Marites|Marilou|Maricel|Marjorie|Michelle|"
    "Mikaela|Nenita|Nina|Precious|Rhea|Rica|Rochelle|Rowena|Ruby|Sharlene|Shiela|Sheryl|Trisha|"
    "Vanessa|Aileen|Analyn|Andrea|April Joy|Arlene|Bernadette|Carmela|Catherine|Cristina|Danica|"
    "Divina|Elaine|Erlinda|Gemma|Geraldine|Glenda|Hazel|Honeylyn|Irene|Jennifer|Jocelyn|"
    "Josephine|Juvy|Leah|Liezel|Lorna|Luzviminda|Marivic|Melanie|Merlyn|Mylene|Norma|Rosalie|"
    "Rosemarie|Sarah Jane|Teresita|Tessa|Vilma|Wilma|Yvonne|Zenaida|Kristel|Aira|Althea|Ashley|"
    "Bianca|Chloe|Denise|Ella|Hannah|Jamaica|Janine|Jolina|Lyka|Mariel|Rhian|Sofia|Ysabel|"
    "Kristine Joy|Princess Mae|Angel Mae|Rose Ann|Ma. Theresa|Ma. Cristina|Jonalyn|Rizalyn|"
    "Mariz|Cheska|Pauline|Czarina|Jennylyn|Edna|Gloria|Imelda|Corazon|Remedios"
)
MALE_GIVEN = _split(
    "Mark|John Paul|John Mark|Jomar|Jerome|Jayson|Jericho|Joshua|Justin|Kenneth|Kevin|Kyle|"
    "Lance|Carlo|Christian|Ramil|Renato|Ricardo|Rodel|Rolando|Romeo|Ronald|Ruel|Reynaldo|Rommel|"
    "Arnel|Alvin|Angelo|Anthony|Arvin|Benjie|Cesar|Dante|Danilo|Darwin|Dennis|Dindo|Edgar|"
    "Eduardo|Efren|Elmer|Emmanuel|Ernesto|Erwin|Francis|Gerald|Gilbert|Glenn|Harold|Jessie|"
    "Joel|Jonathan|Jose|Joseph|Juan|Junrey|Lito|Manuel|Marlon|Michael|Nestor|Noel|Oscar|Paolo|"
    "Patrick|Raffy|Randy|Raymond|Richard|Roberto|Rodrigo|Ryan|Vincent|Wilfredo|Jhon Lloyd|"
    "Mark Anthony|Kian|Zyrus|Aljon|Ivan|Jairus|Prince|Jun Rey|Ariel|Bernard|Crisanto|Dominador"
)
SURNAMES = _split(
    "dela Cruz|Santos|Reyes|Bautista|Villanueva|Mendoza|Garcia|Ramos|Aquino|Castillo|Flores|"
    "Gonzales|Lopez|Torres|Rivera|Fernandez|Dizon|Mercado|Navarro|Pascual|Soriano|Tolentino|"
    "Valdez|Aguilar|Salazar|Domingo|Manalo|Gutierrez|Marquez|del Rosario|de Guzman|"
    "de los Santos|de Leon|Alcantara|Ocampo|Perez|Panganiban|Pineda|Cabrera|Dimaculangan|"
    "Magbanua|Lacson|Sarmiento|Tan|Lim|Ong|Yap|Chua|Abella|Alonzo|Bacalso|Cabahug|Cañete|"
    "Dayondon|Ybañez|Pepito|Sanchez|Sarona|Cuizon|Alesna|Tabanao|Ouano|Borromeo|Gabuya|Lapitan|"
    "Labra|Montecillo|Nacua|Quijano|Rosales|Tecson|Villamor|Abrenica|Bernal|Cortes|Espinosa|"
    "Estrada|Fuentes|Gallardo|Jimenez|Lagman|Macaraeg|Nepomuceno|Ordoñez|Padilla|Quiambao|"
    "Roque|Sison|Tamayo|Umali|Velasco|Yumul|Zamora|Mangubat|Amores|Caballero|Enriquez|Javier|"
    "Mallari|Nuñez|Paredes|Samonte|Tiongson|Vergara|Dumalagan|Ranara|Arnaiz|Sumalpong|"
    "Bagacay|Cabrillos|Ponce|Climaco|Belarmino|Hermosilla|Santiago|Galang|Manansala|Gatdula"
)
FEMALE_NICKNAMES = _split(
    "Neneng|Inday|Jing|Ging|Bebang|Tata|Lyn|Jhen|Nene|Dang|Mimi|Tin|Ann|Joy|Bea|Kring|Pia|"
    "Ishi|Baby|Girlie|Lala|Pau|Yeye|Tintin|Chacha|Jaja|Mayet|Len|Bing|Weng"
)
MALE_NICKNAMES = _split(
    "Toto|Dodong|Bong|Jun|Jun-Jun|Boboy|Nonoy|Totoy|Dong|Jojo|Ron|Buboy|Inting|Kulot|Pido|"
    "Ambo|Bitoy|Jomjom|Onyok|Botchok|Tonton|Jayjay"
)

# nationality, weight, adjective, given names, surnames: offenders abroad carry a plain name
FOREIGN_NAMES: tuple[tuple[str, int, str, str, str], ...] = (
    ("US", 30, "American", "James|Robert|Michael|William|David|Richard|Thomas|Gary|Steven|Kevin",
     "Johnson|Miller|Thompson|Walker|Harris|Parker|Sullivan|Caldwell|Whitman|Hayes"),
    ("GB", 15, "British", "Paul|Craig|Darren|Wayne|Ian|Neil|Graham|Barry|Stuart|Colin|Trevor",
     "Clarke|Wright|Turner|Hughes|Cooper|Bennett|Fletcher|Barrett|Dawson|Holloway"),
    ("AU", 15, "Australian", "Dale|Shane|Glen|Bruce|Warren|Scott|Brett|Rodney|Kym|Lachlan",
     "Fraser|Kelly|Mitchell|Campbell|Robertson|Henderson|Lawson|Whitfield|Ashby"),
    ("CA", 6, "Canadian", "Kyle|Derek|Gordon|Marc|Denis|Curtis|Shawn",
     "Tremblay|Gagnon|MacDonald|Anderson|Leblanc|Morrison|Fortier"),
    ("DE", 6, "German", "Klaus|Jürgen|Stefan|Uwe|Andreas|Dieter|Markus|Holger",
     "Müller|Schmidt|Becker|Hoffmann|Wagner|Richter|Krüger|Vogel"),
    ("NL", 5, "Dutch", "Jan|Pieter|Willem|Henk|Bas|Ruud|Johan",
     "de Vries|van Dijk|Jansen|Bakker|Visser|de Boer|Mulder|Smit"),
    ("SE", 5, "Swedish", "Lars|Anders|Mikael|Per|Magnus|Henrik|Fredrik",
     "Andersson|Johansson|Karlsson|Nilsson|Lindqvist|Berg|Holm"),
    ("NO", 3, "Norwegian", "Ole|Knut|Bjørn|Espen|Trond", "Hansen|Olsen|Larsen|Haugen|Berge"),
    ("DK", 2, "Danish", "Søren|Jens|Mads|Kasper", "Jensen|Nielsen|Pedersen|Christensen"),
)  # fmt: skip
# how an accused relative is described in text, by relationship and sex
RELATION_WORDS = {
    ("parent", "F"): ("the mother",),
    ("parent", "M"): ("the father", "the stepfather"),
    ("relative", "F"): ("an aunt", "the grandmother", "an older cousin"),
    ("relative", "M"): ("an uncle", "the grandfather", "an older cousin"),
    ("household", "F"): ("a caretaker living in the house",),
    ("household", "M"): ("the live-in partner of the mother", "a boarder living in the house"),
}
# guardian: word in text, sex, youngest age, age spread, weight
GUARDIANS = (
    ("the grandmother", "F", 48, 28, 8), ("an aunt", "F", 24, 30, 6),
    ("an older sister", "F", 18, 12, 2), ("the grandfather", "M", 50, 25, 2),
    ("an uncle", "M", 24, 30, 2),
)  # fmt: skip
POLICE_REFERENCES = ("WCPC", "ACG", "NBI-CCD", "NBI-AHTRAD")
# hearings: the prosecutor's stage, then the court's stages for a pending and a closed case
FIRST_STAGE = ("preliminary_investigation", "preliminary_investigation", "inquest")
IN_COURT_PLAN = ("arraignment", "pre_trial", "trial", "trial", "trial")
CLOSED_PLANS = (  # whole plans: a closed case has at most five hearings
    ("preliminary_investigation", "arraignment", "pre_trial", "trial", "promulgation"),
    ("inquest", "arraignment", "pre_trial", "trial", "promulgation"),
    ("arraignment", "pre_trial", "trial", "trial", "promulgation"),
    ("preliminary_investigation", "arraignment", "promulgation"),  # a plea of guilty
)
# liaison reference prefix, nationality, how a summary names it
LIAISONS = (
    ("HSI-MNL", "US", "US Homeland Security Investigations attaché in Manila"),
    ("FBI-LEGAT", "US", "FBI legal attaché at the US embassy"),
    ("AFP-MNL", "AU", "Australian Federal Police post in Manila"),
    ("NCA-ILO", "GB", "UK National Crime Agency liaison officer"),
    ("RCMP-LO", "CA", "Canadian police liaison officer"),
    ("BKA-LO", "DE", "German Federal Criminal Police liaison officer"),
    ("NPN-LO", "NL", "Dutch police liaison officer"),
    ("SPA-LO", "SE", "Swedish Police Authority liaison officer"),
)

# region, province, weight, municipalities, courts as "city:docket code"
PROVINCES: tuple[tuple[str, str, int, str, str], ...] = (
    ("VII", "Cebu", 22, "Cebu City|Lapu-Lapu City|Mandaue City|Cordova|Talisay City|Consolacion|"
     "Minglanilla|Danao City|Carcar City|Liloan",
     "Cebu City:CEB|Lapu-Lapu City:LLC|Mandaue City:MAN"),
    ("VII", "Bohol", 4, "Tagbilaran City|Panglao|Talibon|Ubay|Tubigon", "Tagbilaran City:TAG"),
    ("NCR", "Metro Manila", 15, "Manila|Quezon City|Caloocan City|Pasay City|Taguig City|"
     "Las Piñas City|Parañaque City|Malabon City|Navotas City|Pasig City", "Manila:MNL|"
     "Quezon City:QZN|Pasay City:PSY|Taguig City:TGG|Caloocan City:CLN|Las Piñas City:LPC"),
    ("III", "Pampanga", 4, "Angeles City|San Fernando City|Mabalacat City|Mexico|Lubao",
     "Angeles City:ANG|San Fernando City:SFP"),
    ("III", "Bulacan", 3, "Malolos City|Meycauayan City|San Jose del Monte City|Marilao|Bocaue",
     "Malolos City:MAL|Meycauayan City:MEY"),
    ("III", "Nueva Ecija", 1, "Cabanatuan City|Gapan City|San Jose City", "Cabanatuan City:CAB"),
    ("III", "Tarlac", 1, "Tarlac City|Concepcion|Capas", "Tarlac City:TAR"),
    ("III", "Zambales", 1, "Olongapo City|Subic|Iba", "Olongapo City:OLO"),
    ("III", "Bataan", 1, "Balanga City|Mariveles|Orani", "Balanga City:BAL"),
    ("IV-A", "Cavite", 3, "Bacoor City|Dasmariñas City|Imus City|General Trias City|Tanza",
     "Bacoor City:BCR|Imus City:IMU"),
    ("IV-A", "Laguna", 3, "Calamba City|Santa Rosa City|San Pablo City|Biñan City|Los Baños",
     "Calamba City:CLB|San Pablo City:SPL"),
    ("IV-A", "Batangas", 2, "Batangas City|Lipa City|Tanauan City|Nasugbu", "Batangas City:BAT|"
     "Lipa City:LIP"),
    ("IV-A", "Rizal", 1, "Antipolo City|Cainta|Taytay|Rodriguez", "Antipolo City:ANT"),
    ("IV-A", "Quezon", 1, "Lucena City|Tayabas City|Sariaya", "Lucena City:LUC"),
    ("XI", "Davao del Sur", 5, "Davao City|Digos City|Santa Cruz|Bansalan", "Davao City:DVO|"
     "Digos City:DIG"),
    ("XI", "Davao del Norte", 2, "Tagum City|Panabo City|Samal", "Tagum City:TGM"),
    ("XI", "Davao de Oro", 1, "Nabunturan|Monkayo|Maco", "Nabunturan:NAB"),
    ("VI", "Iloilo", 4, "Iloilo City|Oton|Pavia|Santa Barbara|Passi City", "Iloilo City:ILO"),
    ("VI", "Capiz", 1, "Roxas City|Panay|Pontevedra", "Roxas City:ROX"),
    ("VI", "Aklan", 1, "Kalibo|Malay|Numancia", "Kalibo:KLB"),
    ("VI", "Antique", 1, "San Jose de Buenavista|Sibalom|Hamtic", "San Jose de Buenavista:SJB"),
    ("NIR", "Negros Occidental", 3, "Bacolod City|Talisay City|Silay City|Bago City|"
     "Kabankalan City", "Bacolod City:BCD"),
    ("NIR", "Negros Oriental", 2, "Dumaguete City|Bais City|Tanjay City|Bayawan City",
     "Dumaguete City:DUM"),
    ("X", "Misamis Oriental", 2, "Cagayan de Oro City|Gingoog City|Opol|El Salvador City",
     "Cagayan de Oro City:CDO"),
    ("X", "Bukidnon", 1, "Malaybalay City|Valencia City|Manolo Fortich", "Malaybalay City:MLY"),
    ("X", "Lanao del Norte", 1, "Iligan City|Kapatagan|Tubod", "Iligan City:ILI"),
    ("VIII", "Leyte", 2, "Tacloban City|Ormoc City|Palo|Baybay City", "Tacloban City:TAC|"
     "Ormoc City:ORM"),
    ("VIII", "Samar", 1, "Catbalogan City|Calbayog City|Basey", "Catbalogan City:CTB"),
    ("V", "Camarines Sur", 2, "Naga City|Iriga City|Pili|Libmanan", "Naga City:NAG"),
    ("V", "Albay", 1, "Legazpi City|Tabaco City|Daraga|Ligao City", "Legazpi City:LEG"),
    ("I", "Pangasinan", 1, "Dagupan City|San Carlos City|Urdaneta City|Lingayen",
     "Dagupan City:DAG|Urdaneta City:URD"),
    ("I", "Ilocos Norte", 1, "Laoag City|Batac City|San Nicolas", "Laoag City:LAO"),
    ("XII", "South Cotabato", 2, "Koronadal City|Polomolok|Tupi|Surallah", "Koronadal City:KOR"),
    ("IX", "Zamboanga del Sur", 1, "Pagadian City|Zamboanga City|Molave", "Zamboanga City:ZAM|"
     "Pagadian City:PAG"),
    ("II", "Cagayan", 1, "Tuguegarao City|Aparri|Gattaran", "Tuguegarao City:TUG"),
    ("XIII", "Agusan del Norte", 1, "Butuan City|Cabadbaran City|Buenavista", "Butuan City:BUT"),
    ("CAR", "Benguet", 1, "Baguio City|La Trinidad|Itogon|Tuba", "Baguio City:BAG"),
    ("MIMAROPA", "Palawan", 1, "Puerto Princesa City|Roxas|Brooke's Point",
     "Puerto Princesa City:PPC"),
    ("BARMM", "Maguindanao del Norte", 1, "Cotabato City|Datu Odin Sinsuat|Parang",
     "Cotabato City:COT"),
)  # fmt: skip
BARANGAYS = _split(
    "Poblacion|San Isidro|San Roque|Santo Niño|Bagong Silang|Mabini|Bonifacio|Magsaysay|"
    "Lahug|Talamban|Pajac|Basak|Tisa|Labangon|Mabolo|Guadalupe|Punta Princesa|Buhangin|Bangkal|"
    "Tambo|Looc|Ibabao|Pusok|Maribago|Agus|Gun-ob|Babag|Marigondon|Tipolo|Subangdaku|Tungkop|"
    "Lawaan|Cansojong|Pakigne|Tulay|Dumlog|Bagumbayan|Katipunan|Maligaya|Masagana|Malinis|"
    "Tabok|Ilaya|Ibaba|Bagong Barrio|Payatas|Tondo|Baclaran|Sampaloc|Bucana|Toril|Matina|"
    "Calumpang|Lapasan|Carmen|Banilad|Kasambagan|Pardo|Inayawan|Cogon|Suba|Lumbia|Mandurriao"
)
SITIOS = _split("Mahayag|Lubi|Kamansi|Tabunok|Kalubihan|Lower Tisa|Riverside|Kahugan|Mangga")

MOBILE_PREFIXES = _split(
    "0917|0918|0919|0920|0921|0927|0928|0929|0905|0906|0915|0916|0926|0935|0936|0945|0947|0949|"
    "0951|0955|0956|0961|0966|0977|0995|0998|0999"
)
LAW_ENFORCEMENT = ("NBI-CCD", "PNP-WCPC", "PNP-ACG", "NBI-AHTRAD", "IACAT")
HOTLINES = (
    ("the 1343 Actionline", "1343"),
    ("Bantay Bata 163", "BB163"),
    ("a DSWD hotline", "DSWD"),
)
AGENCIES: dict[str, tuple[str, ...]] = {
    "shelter": ("Bahay Kanlungan shelter", "DSWD Home for Girls", "Regional Haven for Women "
                "and Girls", "Balay Dangpanan shelter", "Tahanan ng Pag-asa children's home"),
    "medical": ("WCPU of the regional medical center", "WCPU of the provincial hospital",
                "Child Protection Unit, city hospital"),
    "psychosocial": ("DSWD psychosocial team", "trauma counselling program of a partner NGO",
                     "local MSWDO"),
    "legal": ("Public Attorney's Office", "partner NGO legal team", "Office of the Prosecutor"),
    "law_enforcement": ("PNP-WCPC", "NBI-CCD", "PNP-ACG", "IACAT", "NBI-AHTRAD"),
    "social_welfare": ("DSWD Field Office {region}", "local MSWDO", "city social welfare office"),
    "education": ("DepEd Alternative Learning System", "DepEd division office"),
    "livelihood": ("DSWD Sustainable Livelihood Program", "TESDA training center"),
    "other": ("Barangay Council for the Protection of Children", "civil registrar"),
}  # fmt: skip
CUSTODIANS = ("NBI-CCD", "PNP-ACG", "PNP-WCPC", "NBI-AHTRAD", "PNP Forensic Group")
EVIDENCE = (
    "Mobile phone seized at the house", "Laptop seized during the rescue operation",
    "Chat logs exported by the platform", "Remittance records from a money transfer outlet",
    "E-wallet transaction history", "Platform subscriber records (preserved)",
    "Web camera and tripod seized at the house", "SIM cards seized at the house",
    "Tablet computer surrendered by a relative", "Subscriber information from the telco",
)  # fmt: skip

# --- free-text templates -----------------------------------------------------------------------
# Per victim count: {v} all victims' pseudonyms, {v1} the first, {was}/{is}/{has} agree with {v},
# {child}/{Child} "the child(ren)". Per case: {a} and {arel} the first protected accused and how
# related (only in *_REL lists), {g} the guardian, {le} a police unit, {foreign} an offender
# abroad, {liaison}, {hotline}. Never a name, address, school or date.
SOURCE_TEXT: dict[str, tuple[str, ...]] = {
    "cybertipline": ("A CyberTipline report forwarded through {le} flagged payments from abroad "
                     "linked to a local account.", "{le} received a CyberTipline report on "
                     "live-streamed abuse traced to a local internet subscriber."),
    "foreign_referral": ("Referral from the {liaison} after an offender abroad was identified.",
                         "The {liaison} shared chat records of {foreign} with {le}."),
    "hotline": ("A community member called {hotline} about children seen at late-night video "
                "calls.", "Anonymous report received through {hotline}."),
    "walk_in": ("{G} walked in at the barangay hall to report the abuse.",
                "A relative came to the office with {v} to ask for help."),
    "school": ("The class adviser reported frequent absences and signs of distress.",
               "The guidance counselor referred {v} after a disclosure to a teacher."),
    "police": ("Referred by {le} after a rescue operation at the house.",
               "{le} referred {v} after an entrapment operation."),
    "other": ("Referred by the Barangay Council for the Protection of Children.",
              "Referred by a partner NGO doing community outreach."),
}  # fmt: skip
OFFENSE_TEXT: dict[str, tuple[str, ...]] = {
    "osaec_livestream": ("{v} {was} made to perform on live-streamed video calls directed by "
                         "{foreign} for payment.", "Online customers abroad paid to direct "
                         "live-streamed abuse of {v}."),
    "csaem_production": ("Abuse images of {v} were produced and sold to online customers.",),
    "csaem_distribution": ("Abuse material depicting {v} was shared in online groups.",),
    "grooming": ("{v} {was} groomed over social media with gifts and mobile load.",),
    "sextortion": ("{v} {was} threatened with the release of private images unless more "
                   "were sent.",),
    "trafficking_sexual": ("{v} {was} offered to customers for sexual exploitation.",),
    "trafficking_labor": ("{v} {was} recruited for domestic work in the city and kept "
                          "without pay.",),
    "child_abuse": ("{v} also suffered physical abuse in the household.",),
    "other": ("Other offenses against {v} are under review by the prosecutor.",),
}  # fmt: skip
OFFENSE_TEXT_REL: dict[str, tuple[str, ...]] = {
    "osaec_livestream": ("{a}, {arel}, arranged live-streamed shows of {v} for {foreign} and "
                         "received the payments.",),
    "csaem_production": ("{a}, {arel}, took abuse images of {v} and sold them online.",),
    "trafficking_sexual": ("{a}, {arel}, offered {v} to customers for payment.",),
    "child_abuse": ("{a}, {arel}, also hurt {v} at home.",),
    "trafficking_labor": ("{a}, {arel}, handed {v} to a recruiter for domestic work.",),
}  # fmt: skip
STATUS_TEXT: dict[str, tuple[str, ...]] = {
    "intake": ("Intake assessment ongoing; safety planning started.",
               "Initial assessment ongoing; {child} {is} under protective custody."),
    "active": ("{v} {is} in temporary shelter care; case build-up with {le} ongoing.",
               "Case build-up ongoing; {child} {is} receiving counselling."),
    "in_court": ("Information filed in court; {v} will testify with child-witness support.",
                 "Trial ongoing; {child} {is} supported by the shelter and a social worker."),
    "closed": ("Case concluded; {v} reintegrated with family support and aftercare.",
               "Case closed; aftercare plan handed over to the local social "
               "welfare office."),
}  # fmt: skip
NOTE_TEXT: dict[str, tuple[str, ...]] = {
    "intake": ("Intake interview with {v} and {g} at the shelter. {Child} appeared calm but "
               "withdrawn; safety plan discussed.", "Intake at the police station after the "
               "rescue. {Child} {was} given food and rest first.",
               "Initial assessment done; consent forms explained to {g}."),
    "home_visit": ("Home visit with {g}. House conditions assessed; neighbors reportedly aware "
                   "of the case.", "Visited the family. {G} asked about schooling and "
                   "financial help; referred to the livelihood program.",
                   "Home visit: no one at home; left a message with the barangay."),
    "interview": ("Forensic interview of {v1} by a trained interviewer; {v1} described the "
                  "video calls.", "Follow-up interview with {v1}; support person present.",
                  "Prepared {v1} for testimony: court room tour and explanation of live link."),
    "case_conference": ("Case conference with the prosecutor, DSWD and {le}. Agreed to request "
                        "live-link testimony for {v1}.", "Case conference: reintegration not "
                        "advised yet; continue shelter care for {v}."),
    "general": ("Called {g} to confirm the next schedule.", "Transport allowance released for "
                "the hearing.", "{v1} doing well in the shelter; attends classes and sessions."),
}  # fmt: skip
NOTE_TEXT_REL: dict[str, tuple[str, ...]] = {
    "home_visit": ("{G} reports pressure from relatives of {a} to withdraw the complaint.",),
    "case_conference": ("Conference on custody: {a} remains detained; {g} to keep custody.",),
    "general": ("{a} asked to visit {v}; request refused pending the case.",),
}  # fmt: skip
REFERRAL_TEXT: dict[str, tuple[str, ...]] = {
    "shelter": ("Temporary shelter placement for {v}.", "Placement requested; awaiting a slot."),
    "medical": ("Medico-legal examination and follow-up check-up.", "Medical assessment."),
    "psychosocial": ("Weekly trauma-informed counselling.", "Play therapy for {v1}."),
    "legal": ("Help with the complaint-affidavit and preparation for testimony.",),
    "law_enforcement": ("Request to identify the account holder and preserve platform records.",
                        "Case build-up and coordination for the rescue operation."),
    "social_welfare": ("Case management and family assessment.", "Home assessment for possible "
                       "reintegration."),
    "education": ("Enrolment in the Alternative Learning System.", "School transfer for safety."),
    "livelihood": ("Livelihood assistance for the non-offending family.", "Skills training."),
    "other": ("Birth registration and civil documents.", "Community safety coordination."),
}  # fmt: skip
HEARING_OUTCOMES: dict[str, tuple[str, ...]] = {
    "inquest": ("Inquest resolved; information filed in court.",),
    "preliminary_investigation": ("Probable cause found; resolution for filing in court.",
                                  "Counter-affidavit submitted; submitted for resolution."),
    "arraignment": ("Accused pleaded not guilty to all charges.",),
    "pre_trial": ("Pre-trial order issued; stipulations on the seized devices.",
                  "Marking of exhibits completed."),
    "trial": ("Direct examination of {v1} completed via live link.", "Prosecution presented "
              "the arresting officer and the digital forensic examiner.",
              "Cross-examination of {v1} with a support person present."),
    "promulgation": ("Judgment of conviction promulgated; life imprisonment and fine imposed.",
                     "Accused convicted on all counts; damages awarded to {v}.",
                     "Accused acquitted for insufficiency of evidence."),
}  # fmt: skip
TEMPLATES = (
    SOURCE_TEXT, OFFENSE_TEXT, OFFENSE_TEXT_REL, STATUS_TEXT, NOTE_TEXT, NOTE_TEXT_REL,
    REFERRAL_TEXT, HEARING_OUTCOMES,
)  # fmt: skip
POSTPONED_OUTCOMES = (
    "Reset: counsel for the accused was absent.", "Reset: the presiding judge was on leave.",
    "Reset: the accused was not brought from jail.", "Reset: the live-link room was unavailable.",
)  # fmt: skip
HEARING_NOTES = (
    "Prepare {v1} and the support person; arrange transport with the shelter.",
    "Subpoena for the forensic examiner to be confirmed.", "Bring the original exhibits.",
    "Coordinate with {le} for the presence of the arresting officers.",
)  # fmt: skip

# --- weights: "item:weight|..."; "a+b" is a combination --------------------------------------
STATUS_BY_AGE = (  # cases opened fewer than N days ago
    (21, "intake:14|active:6"),
    (120, "intake:2|active:13|in_court:4|closed:1"),
    (365, "active:9|in_court:8|closed:3"),
    (730, "active:5|in_court:9|closed:6"),
    (1 << 30, "active:3|in_court:7|closed:10"),
)
OFFENSES = (
    "osaec_livestream+trafficking_sexual:25|osaec_livestream:10|"
    "osaec_livestream+trafficking_sexual+csaem_production:10|osaec_livestream+csaem_production:6|"
    "osaec_livestream+trafficking_sexual+child_abuse:4|trafficking_sexual:8|"
    "trafficking_sexual+child_abuse:4|csaem_production+csaem_distribution:5|csaem_distribution:4|"
    "grooming+sextortion:6|sextortion:5|grooming:3|grooming+csaem_production:3|"
    "trafficking_labor:3|trafficking_labor+child_abuse:1|child_abuse:2|other:1"
)
# accused relationships by the case's main offense; protected relatives come first
ACCUSED_PLANS = {
    "osaec_livestream": "parent+foreign_online:30|foreign_online:15|relative+foreign_online:12|"
    "parent+relative+foreign_online:8|household+foreign_online:5|parent:10|parent+relative:5|"
    "parent+neighbor:4|relative+neighbor+foreign_online:3|parent+foreign_online+foreign_online:3|"
    "relative:4",
    "trafficking_sexual": "parent:15|relative:10|neighbor:10|stranger_local:12|"
    "relative+stranger_local:8|parent+neighbor:5|household:5|stranger_local+foreign_online:5",
    "csaem_production": "parent:10|relative:8|parent+foreign_online:10|household:5|"
    "stranger_local:8|neighbor:4",
    "online": "stranger_local:20|foreign_online:25|foreign_online+foreign_online:3|"
    "stranger_local+stranger_local:4|neighbor:5|relative:3",
    "trafficking_labor": "stranger_local:15|relative+stranger_local:8|parent+stranger_local:4",
    "child_abuse": "parent:10|relative:6|household:6|parent+household:3",
    "other": "stranger_local:5|neighbor:5|relative:2",
}
SOURCES = "cybertipline:30|foreign_referral:18|police:20|hotline:10|walk_in:10|school:7|other:5"
VICTIM_COUNTS = "1:11|2:6|3:2|4:1"
VICTIM_AGES = "4:1|5:1|6:2|7:2|8:3|9:3|10:4|11:5|12:6|13:7|14:7|15:7|16:6|17:5|18:2|19:1|20:1"
CONSENT = "yes:17|no:2|unknown:1"
ACCOMMODATIONS = (
    "guardian_ad_litem+live_link:3|live_link:2|support_person:2|screen+support_person:1|"
    "guardian_ad_litem+support_person+live_link:2|interpreter+support_person:1|guardian_ad_litem:1"
)
REFERRAL_KINDS = (
    "shelter:20|psychosocial:18|medical:15|social_welfare:15|law_enforcement:10|legal:10|"
    "education:6|livelihood:4|other:2"
)
RECENT_REFERRAL_STATUS = "pending:6|accepted:4"  # referred under two weeks ago
REFERRAL_STATUS = "accepted:35|completed:45|declined:8|pending:12"
NOTE_KINDS = "home_visit:3|interview:2|case_conference:2|general:3"
HEARING_TIMES = "08:30:4|09:00:2|10:00:2|13:30:3"
# how many referrals, notes, evidence items a case has, by status (drawn uniformly)
COUNTS = {
    "intake": ((0, 0, 1), (1, 1, 2), (0, 0, 0, 0, 1)),
    "active": ((0, 1, 1, 2, 2, 3, 4), (1, 2, 2, 3, 3, 4, 5), (0, 0, 1, 1, 2, 3)),
    "in_court": ((0, 1, 2, 2, 3, 3, 4), (2, 3, 3, 4, 5, 6), (0, 1, 1, 2, 2, 3)),
    "closed": ((0, 1, 2, 2, 3, 4), (2, 3, 4, 4, 5, 6), (0, 1, 1, 2, 3)),
}

"""Word lists the rules read: reporting verbs, titles, pronouns and the nouns that head a source.

The reporting verbs are the cue words of the PolNeAR train split that take a
clause or a reported object, with their inflected forms written out so that a
lookup is a set membership test.
"""

from __future__ import annotations

from newsfacts.text import MONTHS, WEEKDAYS, word_set
from newsfacts_quotes.cues import LEARNED_VERBS

# The little words inside a person's name ("Ursula von der Leyen", "Ibn al Rashid").
NAME_CONNECTORS = word_set("of de van von al bin da la le du der del di")

# Each month's full name (the longest of its spellings in the core's table): an abbreviation ("Jan",
# "Mar") is too often a name or a word to be read as a month here.
MONTH_NAMES = frozenset(max((n for n, m in MONTHS.items() if m == month), key=len) for month in set(MONTHS.values()))
WEEKDAY_NAMES = frozenset(WEEKDAYS)


# Verbs that introduce what a source said, wrote or believes (PolNeAR train cues).
REPORTING_VERBS = word_set(
    """
    say says said saying tell tells told telling add adds added adding
    warn warns warned warning insist insists insisted insisting argue argues argued arguing
    claim claims claimed claiming believe believes believed believing suggest suggests suggested suggesting
    reiterate reiterates reiterated reiterating state states stated stating announce announces announced announcing
    expect expects expected expecting note notes noted noting explain explains explained explaining
    acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting
    concede concedes conceded conceding confirm confirms confirmed confirming declare declares declared declaring
    predict predicts predicted predicting report reports reported reporting write writes wrote writing
    tweet tweets tweeted tweeting think thinks thought hope hopes hoped hoping fear fears feared fearing
    assert asserts asserted asserting stress stresses stressed stressing emphasize emphasizes emphasized
    emphasise emphasises emphasised maintain maintains maintained contend contends contended
    allege alleges alleged alleging recall recalls recalled recalling reveal reveals revealed revealing
    indicate indicates indicated indicating agree agrees agreed deny denies denied denying
    estimate estimates estimated promise promises promised promising pledge pledges pledged pledging
    vow vows vowed vowing remark remarks remarked observe observes observed caution cautions cautioned
    testify testifies testified speculate speculates speculated conclude concludes concluded
    complain complains complained complaining boast boasts boasted joke jokes joked
    know knows knew assure assures assured remind reminds reminded reminding inform informs informed
    reply replies replied respond responds responded answer answers answered
    worry worries worried feel feels felt recount recounts recounted disclose discloses disclosed
    ask asks asked asking call calls called calling urge urges urged urging criticize criticizes criticized
    criticise criticises criticised praise praises praised endorse endorses endorsed accuse accuses accused
    blame blames blamed want wants wanted demand demands demanded propose proposes proposed describe describes
    described reject rejects rejected dismiss dismisses dismissed defend defends defended
    questioned show shows showed find finds found support supports supported
    """
) - word_set(
    # Forms read far more often as nouns than as reporting verbs.
    "state states remark remarks stress stresses tweet tweets answer answers joke jokes "
    "estimate estimates report reports"
)

# Verbs that introduce a direct quotation beside it but rarely report a clause ("“Enough!” she shouted").
DIRECT_VERBS = word_set(
    """
    continue continues continued read reads shout shouts shouted shouting yell yells yelled yelling
    chant chants chanted chanting posted mused wondered quipped exclaimed laughed interjected scoffed
    retorted sighed whispered remembered charged
    """
)

# Verbs of intention and refusal that PolNeAR reads as reports only with an infinitive ("declined to comment").
INFINITIVE_ONLY_VERBS = word_set(
    "decline declines declined refuse refuses refused plan plans planned intend intends intended "
    "seek seeks sought decide decides decided"
)
REPORTING_VERBS |= INFINITIVE_ONLY_VERBS

# Verbs whose reported clause follows an addressee ("told reporters that ...").
OBJECT_VERBS = word_set(
    "tell tells told telling assure assures assured remind reminds reminded reminding inform informs informed"
)

# Verbs whose report is an infinitive ("pledged to regain ...").
INFINITIVE_VERBS = (
    word_set(
        "want wants wanted urge urges urged urging ask asks asked asking call calls called calling "
        "pledge pledges pledged pledging vow vows vowed vowing promise promises promised promising "
        "expect expects expected expecting hope hopes hoped hoping threaten threatens threatened threatening "
        "planning aiming agree agrees agreed agreeing offer offers offered offering claim claims claimed claiming"
    )
    | INFINITIVE_ONLY_VERBS
)

# Verbs that report only with a following clause, never on their own at the end of a sentence.
CLAUSE_ONLY_VERBS = (
    word_set(
        "know knows knew feel feels felt worry worries worried hope hopes hoped hoping fear fears feared fearing "
        "agree agrees agreed answer answers answered respond responds responded reply replies replied "
        "think thinks thought believe believes believed believing expect expects expected expecting "
        "call calls called calling urge urges urged urging criticize criticizes criticized criticise criticises "
        "criticised praise praises praised endorse endorses endorsed accuse accuses accused blame blames blamed "
        "want wants wanted demand demands demanded propose proposes proposed describe describes described "
        "reject rejects rejected dismiss dismisses dismissed defend defends defended questioned "
        "show shows showed find finds found support supports supported"
    )
    | INFINITIVE_ONLY_VERBS
)

# Participles that can form a passive report ("It is believed ...").
PARTICIPLES = word_set(
    "said told believed thought understood known expected reported claimed alleged estimated "
    "suggested predicted feared hoped stated announced confirmed revealed"
)

# Words that may stand between a subject and its reporting verb and belong to the cue.
AUXILIARIES = word_set(
    "has have had is are was were will would could can may might should must shall did does do "
    "been be being also not never always repeatedly previously already just later then first once "
    "publicly privately reportedly recently again often still even separately further "
    "long now ever since too initially originally earlier consistently openly frequently"
)
# Verbs after "there" that make it the dummy subject of a reported clause ("said there were ...").
EXISTENTIAL_VERBS = word_set("is are was were will would could can may might must should has have had remains remained")
BE_FORMS = word_set("is are was were been be being")
# Auxiliaries that make a verb group finite: after a noun phrase they show it is a clause's subject.
FINITE_AUXILIARIES = word_set("is was are were would could will can may might should must has had have does did")
# Irregular past forms of verbs that report; regular ones end in -ed ("his bold claim" is no past: a noun).
IRREGULAR_PASTS = word_set(
    "said told wrote thought felt made gave took saw knew heard spoke held found brought sought taught meant "
    "led sent won paid kept got came went began drew swore threw understood"
)

PRONOUNS_MALE = word_set("he him")
PRONOUNS_FEMALE = word_set("she her")
PRONOUNS_PLURAL = word_set("they we")
PRONOUNS = PRONOUNS_MALE | PRONOUNS_FEMALE | PRONOUNS_PLURAL | word_set("i you")

# Titles that stand before a name and are not part of it.
TITLES_MALE = word_set("Mr Mr. Sir Lord King Prince Father Brother Sheikh")
TITLES_FEMALE = word_set("Ms Ms. Mrs Mrs. Miss Dame Lady Queen Princess Sister")
# Common given names that say a person's gender: "Lisa Madigan ... he" is not her. Unambiguous names only
# (no "Jordan", "Kelly", "Leslie").
FIRST_NAMES_MALE = word_set(
    """
    John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
    Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Edward Ronald Timothy Jason Jeffrey Ryan
    Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank
    Alexander Raymond Patrick Jack Dennis Jerry Tyler Aaron Jose Adam Henry Nathan Douglas Zachary Peter Kyle
    Walter Ethan Jeremy Harold Keith Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse
    Dylan Bryan Joe Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene
    Vincent Russell Elijah Louis Bobby Philip Johnny Bill Mike Tom Jim Bob Ted Ben Jeb Chris Marco Bernie
    Barack Mitch Newt Rudy Rick Rand Mitt Tim Jeff Steve Dick Hank Chuck Joel Reince Corey Rex Ed Fred Harry
    Hugh Ian Ivan Karl Martin Max Ned Oliver Pete Reid Sergei Vladimir Xi Luis Carlos Ahmed
    Mohammed Muhammad Omar Ali Hassan Abdul Sherrod Lance Evan Trey Stan Dan Nick Ken Jon Doug Greg Marty
    """
    # More given names, seldom anything else in the news ("Said", "Miles", "Dean", common words, are left out).
    """
    Abdullah Abraham Adrian Ahmad Alberto Alec Alejandro Alexei Alfred Alfredo Allen Alvin
    Amir Andre Andrei Andres Angelo Antonio Archie Armando Arnold Arturo Barry Bart Benny Bernard Bert
    Boris Brad Bradley Brendan Brent Brett Bruno Byron Caleb Calvin Cameron Cecil Cesar Chad Charlie
    Chester Clarence Claude Clayton Clifford Clint Clyde Colin Conrad Craig Curt Curtis Cyrus Dale Damian
    Damon Danny Darrell Darren Darryl Dave Denis Derek Desmond Devin Dexter Diego Dieter Dmitri Dmitry Dominic
    Don Donovan Duane Duncan Dustin Dwight Eddie Edgar Eduardo Elliot Elliott Emanuel Emmanuel Enrique Ernest
    Ernesto Errol Esteban Felix Fernando Floyd Francis Francisco Francois Franklin Franz Fredrick Gavin
    Geoffrey Gilbert Giovanni Giuseppe Glen Glenn Gordon Graham Guillermo Gustavo Hal Hamid Hans Harvey Hector
    Heinz Helmut Herbert Herman Horst Howard Hubert Hugo Hussein Ibrahim Igor Ira Irving Isaac Jacques Jake
    Jamal Jared Javier Jay Jean-Claude Jeffery Jerome Jimmy Joaquin Joey Jorge Josh Julian Julio Jurgen Karim
    Khalid Klaus Kurt Lamar Lars Leo Leon Leonard Leroy Lester Lewis Lloyd Lonnie Lorenzo Lou Lucas Luigi Luke
    Luther Mahmoud Malcolm Manuel Marc Marcus Mario Marvin Mathew Matt Matteo Maurice Melvin Micah Miguel
    Mikhail Milton Mitchell Mohamed Morris Morton Moses Murray Mustafa Nabil Neil Nelson Nigel Nikolai Nils
    Norman Oscar Otto Owen Pablo Pavel Pedro Percy Perry Phil Pierre Piet Preston Rafael Ramon Randall Rashid
    Raul Reggie Reginald Rene Ricardo Richie Robbie Roberto Rodney Rodrigo Roland Ron Ronnie Ross Rupert Sal
    Salvador Saul Sebastian Sergio Seth Sid Simon Solomon Stanley Stefan Stuart Sven Sylvester Tariq
    Terrence Thaddeus Theodore Toby Todd Tony Travis Troy Tyrone Ulysses Vernon Victor Viktor Vince Wallace
    Warren Wesley Wilbur Wilfred Willard Wolfgang Xavier Yasser Yuri Yusuf Zach Zack
    """
)
FIRST_NAMES_FEMALE = word_set(
    """
    Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra
    Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura
    Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine
    Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly
    Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa
    Kathryn Sara Janice Alice Doris Abigail Julia Judy Denise Amber Marilyn Beverly
    Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Alexis Kayla Hillary Chelsea
    Melania Ivanka Michelle Nancy Elizabeth Huma Kellyanne Sarah Carly Condoleezza Madeleine Loretta Debbie
    Dianne Kirsten Tammy Jeanne Katrina Megyn Rachel Gwen Andrea Ayaan Theresa Angela Jill Heidi
    Kelli Patty Claire Susana Ileana Nikki Sheila Lynn Irene Anne Jane Ellen Eva Kate Katie Maxine Sonia
    """
    # More given names, seldom anything else in the news ("Dawn", "Georgia", "Florence" are left out).
    """
    Abby Adele Adriana Agnes Aileen Aisha Alexandra Alicia Alison Allison Alma Alyssa Amelia Ana
    Angelica Angelique Anita Annette Annie Annika Antoinette Arlene Audrey Barbra Beatrice Becky Belinda
    Bernadette Bertha Beth Bethany Betsy Bianca Birgit Blanche Bonnie Brianna Bridget Brigid Brigitte Britney
    Camille Candace Cara Carla Carmen Caroline Carrie Cassandra Cathy Cecilia Celeste Charlene Christy Cindy
    Claudia Colleen Connie Constance Cora Courtney Daphne Darlene Debora Delia Della Dolores Dora Edith Edna
    Eileen Elaine Eleanor Elena Elise Eliza Ella Ellie Eloise Elsa Emilia Erica Erika Erin Esther Ethel
    Eugenia Fatima Felicia Fiona Flora Francesca Gabriela Gabrielle Genevieve Geraldine Gina Giulia Greta
    Gretchen Gwendolyn Harriet Helena Hilda Hélène Ida Ilse Ina Inez Ingeborg Ingrid Irina Irma Isabel
    Isabelle Jackie Janelle Janie Jeannette Jenna Jenny Jessie Joann Joanna Joanne Jocelyn Johanna
    Josephine Juanita Julianne Juliet Justine Karin Karla Katharine Kathy Katy Krista Kristen Kristin Kristina
    Laurie Layla Leah Leila Lena Leona Leticia Lila Lillian Lois Lorraine Louise Lucia Lucille Lucy
    Ludmila Luisa Lydia Mabel Madeline Maggie Marcia Margarita Margo Marian Marianne Marina Marisa
    Marjorie Marlene Marsha Maureen Mavis Meghan Melanie Melinda Mildred Miriam Molly Mona Monica Myra Nadia
    Naomi Natalia Natasha Nellie Nina Nora Norma Olga Paige Paula Pauline Peggy Penelope Phyllis Polly
    Priscilla Rachael Ramona Renee Rhonda Rita Roberta Rosa Rosalind Roxanne Sabrina Sally Selena Serena
    Shelby Sheryl Silvia Sonya Sophie Stacey Stacy Stella Susanne Suzanne Svetlana Sylvia Ségolène Tamara
    Tanya Tara Tatiana Tina Tonya Trisha Ursula Valerie Vanessa Vera Veronica Vicki Vickie Viola Wanda Wendy
    Whitney Wilma Yasmin Yolanda Yvonne Zoe
    """
)
# Ranks and offices written before a name in police, court, council and company reports ("Det Insp Ann
# Lee", "Cllr Ivo Marsh", "Chief Executive Ann Moyo"): titles, never part of the name. One list for the
# tokenizer's titles and for the person titles names.py strips, so the two cannot drift apart.
RANK_TITLES = word_set(
    """
    Cllr Cllr. Councillor Det Det. Insp Insp. Inspector Detective Superintendent Prosecutor Executive Sheriff
    Officer Constable Staff
    """
)
TITLES = (
    TITLES_MALE
    | TITLES_FEMALE
    | word_set(
        """
        Sens Sens. Reps Reps. Govs Govs. Drs Drs.
        Dr Dr. Prof Prof. Professor President Vice Premier Chancellor Minister Secretary General Gen. Admiral Adm.
        Colonel Col. Lieutenant Lt Lt. Major Maj. Captain Capt. Commander Cmdr. Sergeant Sgt. Corporal Private
        Marshal Brigadier Commodore Senator Sen. Representative Rep. Congressman Congresswoman Governor Gov.
        Mayor Judge Justice Ambassador Chief Pope Bishop Archbishop Cardinal Rabbi Imam Rev. Reverend
        Speaker Chairman Chairwoman Chair Director Deputy Attorney Prime Defense Defence Foreign State Interior
        Home Health Treasury Finance Trade Labour Labor Education Energy Transport Homeland
        Former Acting Senior Leader Candidate Presidential Democratic Republican GOP Democrat Councillor
        Councilman Councilwoman Commissioner Secretary-General Field Air Vice-President Crown
        """
    )
    | RANK_TITLES
)

# Nouns that head a person description ("the US secretary of state", "the city's governor").
ROLE_NOUNS = word_set(
    """
    minister secretary diplomat president commander general admiral governor mayor spokesman spokeswoman
    spokesperson chief head leader envoy ambassador chairman chairwoman chair director official officer
    senator congressman congresswoman representative lawmaker adviser advisor aide analyst expert economist
    candidate nominee chancellor premier king queen prince judge prosecutor lawyer attorney professor
    researcher scientist author writer columnist reporter editor founder executive ceo owner manager
    commissioner deputy negotiator strategist pollster historian activist mp mep
    epidemiologist inspector superintendent detective sheriff barrister solicitor councillor engineer
    coach principal treasurer campaigner
    """
)

# Plural or collective heads: a group keeps its mention as its name.
GROUP_NOUNS = word_set(
    """
    officials experts analysts people sources lawmakers leaders diplomats officers critics observers
    residents witnesses authorities aides advisers advisors economists researchers scientists investigators
    prosecutors lawyers democrats republicans members voters supporters opponents activists ministers
    government ministry administration department committee police army military navy campaign
    spokesmen commanders generals allies governments agency council court report reports study survey
    poll data statement
    """
)

# Last words of capitalised runs that name places, organisations, media, events or things, not people:
# the usual heads of such names, grouped by kind so that each group can be read for completeness.
NON_PERSON_LAST = word_set(
    # Places and geographic features.
    """
    Sea Ocean Strait Straits Sound Channel Bay Gulf Lake River Canal Island Islands Peninsula Cape Coast
    Mountains Mountain Hills Valley Desert Plain Plains Basin Delta Falls Forest Park Region Province County
    District City Border Line Front Republic Kingdom States Nations Emirates
    """
    # Streets and built structures.
    """
    Street Road Avenue Boulevard Lane Highway Square Bridge Tunnel Dam Tower Building Palace Castle House Hall
    Church Cathedral Mosque Temple Museum Stadium Airport Port Station Base Hotel Hospital Prison Wall Plaza
    """
    # Public bodies, institutions and organisations.
    """
    Government Parliament Congress Senate Assembly Council Committee Commission Ministry Department Office Agency
    Administration Authority Bureau Service Services Court Tribunal University College Academy School Institute
    Center Centre Foundation Association Society Organization Organisation Union Federation League Alliance
    Coalition Movement Party Club Forum Summit Conference
    """
    # Armed forces and security services.
    """
    Army Navy Fleet Force Forces Corps Guard Guards Marines Command Brigade Battalion Regiment Division Squadron
    Unit Police Patrol Intelligence Security Defence Defense
    """
    # Companies.
    """
    Company Corporation Corp Inc Ltd Group Holdings Partners Capital Bank Fund Systems Technologies Industries
    Motors Airlines Airways Energy Oil Gas Pharmaceuticals Labs Electric
    """
    # News media.
    """
    News Post Times Journal Herald Tribune Gazette Chronicle Telegraph Guardian Observer Express Mail Mirror
    Standard Independent Magazine Review Press Media Network Radio TV Television Broadcasting Reuters
    """
    # Laws, plans, events and weapons.
    """
    Act Bill Treaty Agreement Accord Convention Plan Program Programme Project Initiative Campaign Deal Day War
    Revolution Crisis Debate Festival Games Cup Awards Prize Missile Missiles Rocket Rockets
    """
)

# Last words of capitalised runs that name an organisation that can speak ("it said"): bodies, companies,
# media; not places, structures, laws or weapons.
ORGANISATION_LAST = word_set(
    """
    Government Parliament Congress Senate Assembly Council Committee Commission Ministry Department Office Agency
    Administration Authority Bureau Service Court Tribunal University Institute Foundation Association Society
    Organization Organisation Union Federation League Alliance Coalition Movement Party
    Army Navy Command Police Company Corporation Corp Inc Ltd Group Holdings Bank Fund Airlines
    News Post Times Journal Herald Tribune Gazette Telegraph Guardian Network Radio Television Reuters
    Energy Motors Airways Industries Capital Partners Pharmaceuticals Technologies Rovers United Athletic
    """
)

# Country, regional and ethnic demonyms: they open a capitalised run ("Norwegian Prime Minister ...")
# but do not start a person's name.
DEMONYMS = word_set(
    """
    Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian Austrian
    Azerbaijani Bahamian Bahraini Bangladeshi Barbadian Belarusian Belgian Belizean Beninese Bhutanese Bolivian
    Bosnian Brazilian British Bruneian Bulgarian Burkinabe Burmese Burundian Cambodian Cameroonian Canadian
    Chadian Chilean Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish Djiboutian Dominican Dutch
    Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian Fijian Filipino Finnish French Gabonese
    Gambian Georgian German Ghanaian Greek Grenadian Guatemalan Guinean Guyanese Haitian Honduran Hungarian
    Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh
    Kenyan Korean Kosovar Kuwaiti Kyrgyz Lao Laotian Latvian Lebanese Liberian Libyan Lithuanian Luxembourgish
    Macedonian Malagasy Malawian Malaysian Maldivian Malian Maltese Mauritanian Mauritian Mexican Moldovan
    Monegasque Mongolian Montenegrin Moroccan Mozambican Namibian Nepalese Nepali Nicaraguan Nigerian Nigerien
    Norwegian Omani Pakistani Palestinian Panamanian Papuan Paraguayan Peruvian Polish Portuguese Qatari
    Romanian Russian Rwandan Salvadoran Samoan Saudi Scottish Senegalese Serbian Singaporean Slovak Slovakian
    Slovenian Somali Spanish Sudanese Surinamese Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Tibetan
    Timorese Togolese Tongan Trinidadian Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan
    Vietnamese Welsh Yemeni Zambian Zimbabwean
    African Arab Asian Balkan Baltic Basque Caribbean Catalan Caucasian Chechen Crimean Flemish Kurdish Latin
    Mediterranean Nordic Persian Scandinavian Sikh Soviet Uighur Uyghur European
    US U.S. U.S UK U.K. U.K EU UN NATO
    """
)

# Capitalised words that open a run but cannot start a person's name.
NON_NAME_FIRST = (
    word_set(
        """
        The A An This That These Those But And Or If In On At For With By From Of To As After Before When While
        Since Last Next Earlier Later Meanwhile However Instead It He She They We I You His Her Their Our Its My
        Your So Yet Still Also Then Now There Here What Who Why How Where Which Although Though Because Despite
        During Under Over Into Through Between Among Against Without Within According Nobody Everyone Some Many
        Most Several Both Each Every All Any No Not One Two Three Four Five Six Seven Eight Nine Ten
        North South East West Northern Southern Eastern Western Central New Old Great Greater Upper Lower
        Beyond Amid Amidst Unlike Like Across Around Behind Below Above Toward Towards Upon Via Except
        Outside Inside Near Until Unless Whether Even Only Just Perhaps Maybe Indeed Once Thus Hence Therefore
        Following Including Regarding Asked Told Said Speaking Writing Dear Yes Oh Well Fort Mount Port Camp
        """
    )
    | frozenset(name.capitalize() for name in MONTH_NAMES | WEEKDAY_NAMES)
    | DEMONYMS
)

# Words that open a clause chunk but are not part of the subject.
LEADING_CONNECTIVES = word_set(
    "but and so yet instead however meanwhile still also now then thus hence indeed moreover furthermore "
    "separately earlier later nevertheless nonetheless"
)

# Trailing words of a subject chunk that are time or manner adjuncts, not the subject.
TRAILING_ADJUNCTS = (
    word_set(
        """
    earlier later last this next on yesterday today tonight recently previously also now again then
    week weekend month year morning afternoon evening night spring summer autumn fall winter
    """
    )
    | WEEKDAY_NAMES
)

# Words a reported clause cannot start with: what follows the verb is an adjunct, not a report.
NON_CLAUSE_START = word_set(
    """
    in on at during with by from of for about after before into through to last earlier this yesterday today
    tomorrow tonight later afterwards once when while as so than and or but nor via over under against
    up out off down back here there too also again so
    """
)

PREPOSITIONS = word_set("in on at during with by from of for about after before into through to via over under against")

ARTICLES = word_set("a an the")
# "his lawyer", "her bold claim": the owner, not a new person or a determiner alone.
POSSESSIVE_DETERMINERS = word_set("his her its their my our your")
DETERMINERS = ARTICLES | POSSESSIVE_DETERMINERS | word_set("this that these those some many several two three")

# Cue verbs learned from labelled attributions (see ``cues``): in running text they report only what follows
# them ("blasted the plan", "pointed to the figures"); after a direct quotation they name its speaker.
LEARNED_ONLY_VERBS = LEARNED_VERBS - REPORTING_VERBS - DIRECT_VERBS
REPORTING_VERBS |= LEARNED_ONLY_VERBS
# Their base forms ("oppose", "view", "offer") are as often nouns ("a grim view", "his offer"): a verb only
# after a subject or an auxiliary (see ``indirect``).
LEARNED_BASE_FORMS = frozenset(form for form in LEARNED_ONLY_VERBS if not form.endswith(("ed", "ing", "s")))

# Verbs of reply: after a direct quotation they name its speaker ("“No,” Ms Adeyemi responded."), but
# a bare "…, he replied." after a plain clause is not read as reporting it.
REPLY_VERBS = word_set("reply replies replied respond responds responded answer answers answered")
# Verbs that never report the clause before them ("CLAUSE, X said." is read only for the others).
NO_INVERSION_VERBS = CLAUSE_ONLY_VERBS | REPLY_VERBS | LEARNED_ONLY_VERBS
CLAUSE_ONLY_VERBS -= REPLY_VERBS

# Words after a surname that are no part of it: "Joseph R. Biden Jr.", "Luther Stan Pate IV".
NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
# A company's legal form: "Hewlett-Packard Co." is no person for a pronoun.
COMPANY_FORMS = frozenset({"Co", "Cos", "LLC", "LLP", "Plc", "PLC", "AG", "SA", "NV", "GmbH", "SpA", "AB", "ASA"})
